"""Static questions about a learner's Python file, answered with the standard library's ast only.

Usage: python inspect_ast.py FILE QUERY_JSON
Prints one JSON object: {"ok": bool, "problems": [{"code": str, "args": [...]}], "facts": {...}}.
It never imports or runs the learner's code, so it works without any third-party package.
"""

import ast
import json
import re
import sys


def problem(code, *args):
    return {"code": code, "args": [str(a) for a in args]}


def public_functions(tree):
    """Module-level functions and methods of module-level classes whose names do not start with _."""
    found = []
    for node in tree.body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) and not node.name.startswith("_"):
            found.append((node.name, node, False))
        elif isinstance(node, ast.ClassDef) and not node.name.startswith("_"):
            for item in node.body:
                if isinstance(item, (ast.FunctionDef, ast.AsyncFunctionDef)) and not item.name.startswith("_"):
                    found.append(("%s.%s" % (node.name, item.name), item, True))
    return found


def base_name(node):
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return node.attr
    if isinstance(node, ast.Subscript):
        return base_name(node.value)
    return ""


def call_name(node):
    return base_name(node.func) if isinstance(node, ast.Call) else ""


def find_class(tree, name):
    for node in ast.walk(tree):
        if isinstance(node, ast.ClassDef) and node.name == name:
            return node
    return None


def q_class(tree, query):
    node = find_class(tree, query["name"])
    if node is None:
        return [problem("class-missing", query["name"])]
    problems = []
    bases = {base_name(b) for b in node.bases}
    missing = [b for b in query.get("bases", []) if b not in bases]
    if missing:
        problems.append(problem("class-bases", query["name"], ", ".join(missing)))
    methods = {n.name for n in node.body if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef))}
    missing = [m for m in query.get("methods", []) if m not in methods]
    if missing:
        problems.append(problem("class-methods", query["name"], ", ".join(missing)))
    return problems


def q_typed_functions(tree, query):
    problems = []
    if query.get("moduleDocstring") and not ast.get_docstring(tree):
        problems.append(problem("no-module-docstring"))
    functions = public_functions(tree)
    if len(functions) < query.get("min", 1):
        problems.append(problem("too-few-functions", query.get("min", 1)))
    for name, node, is_method in functions:
        args = node.args
        params = list(getattr(args, "posonlyargs", [])) + list(args.args) + list(args.kwonlyargs)
        if is_method and params and params[0].arg in ("self", "cls"):
            params = params[1:]
        for extra in (args.vararg, args.kwarg):
            if extra is not None:
                params.append(extra)
        untyped = [p.arg for p in params if p.annotation is None]
        if untyped:
            problems.append(problem("untyped-params", name, ", ".join(untyped)))
        if node.returns is None and node.name != "__init__":
            problems.append(problem("untyped-return", name))
        if query.get("docstrings", True) and not ast.get_docstring(node):
            problems.append(problem("no-docstring", name))
    return problems


def q_pydantic_model(tree, query):
    imports_pydantic = False
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and (node.module or "").split(".")[0] == "pydantic":
            imports_pydantic = True
        elif isinstance(node, ast.Import) and any(a.name.split(".")[0] == "pydantic" for a in node.names):
            imports_pydantic = True
    if not imports_pydantic:
        return [problem("no-pydantic-import")]
    node = find_class(tree, query["name"])
    if node is None:
        return [problem("class-missing", query["name"])]
    if "BaseModel" not in {base_name(b) for b in node.bases}:
        return [problem("class-bases", query["name"], "BaseModel")]
    fields = [n for n in node.body if isinstance(n, ast.AnnAssign) and isinstance(n.target, ast.Name)]
    if not fields:
        return [problem("model-no-fields", query["name"])]
    if query.get("fieldConstraints", True):
        constrained = [
            f for f in fields
            if isinstance(f.value, ast.Call) and call_name(f.value) == "Field"
            and any(k.arg in ("gt", "ge", "lt", "le", "min_length", "max_length", "regex", "pattern", "multiple_of") for k in f.value.keywords)
        ]
        if not constrained:
            return [problem("model-no-constraints", query["name"])]
    return []


def q_functions(tree, query):
    defined = {n.name for n in tree.body if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef))}
    missing = [n for n in query["names"] if n not in defined]
    return [problem("functions-missing", ", ".join(missing))] if missing else []


def q_calls(tree, query):
    called = {call_name(n) for n in ast.walk(tree) if isinstance(n, ast.Call)}
    problems = []
    for alternatives in query["names"]:
        if not any(name in called for name in alternatives):
            problems.append(problem("calls-missing", " / ".join(alternatives)))
    return problems


def module_constants(tree):
    values = {}
    for node in tree.body:
        if isinstance(node, ast.Assign) and isinstance(node.value, ast.Constant):
            for target in node.targets:
                if isinstance(target, ast.Name):
                    values[target.id] = node.value.value
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and isinstance(node.value, ast.Constant):
            values[node.target.id] = node.value.value
    return values


def q_keyword_value(tree, query):
    """Every call passing `keyword` must pass `value`, literally or through a module-level constant."""
    constants = module_constants(tree)
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            for kw in node.keywords:
                if kw.arg == query["keyword"]:
                    if isinstance(kw.value, ast.Constant):
                        found.append(kw.value.value)
                    elif isinstance(kw.value, ast.Name):
                        found.append(constants.get(kw.value.id, kw.value.id))
                    else:
                        found.append("<expression>")
    wanted = query.get("value")
    if not found:
        return [problem("keyword-missing", query["keyword"], wanted if wanted is not None else "<seed>")]
    # Without a wanted value any fixed one will do (a literal, a constant, params["seed"]), but not None.
    if wanted is None:
        return [problem("keyword-unset", query["keyword"])] if any(v is None for v in found) else []
    wrong = [v for v in found if v != wanted]
    if wrong:
        return [problem("keyword-wrong", query["keyword"], wanted if wanted is not None else "<seed>", ", ".join(map(repr, wrong)))]
    return []


CONTRACT_NAME = re.compile(r"valid|check|contract|assert|verify|schema|expect", re.I)
CONTRACT_LIBRARIES = {"pandera", "great_expectations", "pydantic", "pointblank", "soda"}


def q_data_contract(tree, query):
    """The file checks a data contract: a function named like one (validate_*, check_*, *_contract…) that
    raises or asserts, or a validation library (pandera, Great Expectations, pydantic) put to work."""
    found = []
    for node in ast.walk(tree):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) and CONTRACT_NAME.search(node.name):
            if any(isinstance(n, (ast.Raise, ast.Assert)) for n in ast.walk(node)):
                found.append("def %s()" % node.name)
    imported = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            imported.update(a.name.split(".")[0] for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            imported.add(node.module.split(".")[0])
    libraries = imported & CONTRACT_LIBRARIES
    # pydantic is everywhere: it counts when the file validates data with it.
    if "pydantic" in libraries and not any(isinstance(n, ast.Call) and call_name(n) in ("model_validate", "parse_obj", "validate_python") for n in ast.walk(tree)):
        libraries.discard("pydantic")
    found.extend(sorted(libraries))
    return ([], {"evidence": found}) if found else ([problem("contract-missing")], {})


def q_json_logging(tree, query):
    """The file emits JSON logs by construct (see index_project.json_logging_evidence)."""
    from index_project import json_logging_evidence  # same folder: sys.path[0]

    found = json_logging_evidence(tree)
    return ([], {"evidence": found}) if found else ([problem("json-logging-missing")], {})


QUERIES = {
    "class": q_class,
    "typed-functions": q_typed_functions,
    "pydantic-model": q_pydantic_model,
    "functions": q_functions,
    "calls": q_calls,
    "keyword-value": q_keyword_value,
    "json-logging": q_json_logging,
    "data-contract": q_data_contract,
}


def answer(path, query):
    """The answer to one question about the file at `path`."""
    with open(path, "rb") as handle:
        source = handle.read()
    try:
        tree = ast.parse(source, filename=path)
    except (SyntaxError, ValueError) as error:
        return {"ok": False, "problems": [problem("syntax-error", getattr(error, "lineno", "?"), getattr(error, "msg", str(error)))]}
    found = QUERIES[query["query"]](tree, query)
    problems, facts = found if isinstance(found, tuple) else (found, {})
    return {"ok": not problems, "problems": problems, "facts": facts}


def main():
    # `--batch '[[path, query], …]'`: the questions a check asks at the same time, one interpreter start
    # for all of them; a question that crashes gets {"error": …} and the others still get their answer.
    if sys.argv[1] == "--batch":
        answers = []
        for path, query in json.loads(sys.argv[2]):
            try:
                answers.append(answer(path, query))
            except Exception as error:  # noqa: BLE001 - reported per question
                answers.append({"error": f"{type(error).__name__}: {error}"})
        print(json.dumps({"answers": answers}))
        return 0
    print(json.dumps(answer(sys.argv[1], json.loads(sys.argv[2]))))
    return 0


if __name__ == "__main__":
    sys.exit(main())
