"""Index of a project's Python files, read with the standard library's ast only (nothing is imported).

Usage: python index_project.py ROOT FILES_JSON_PATH
FILES_JSON_PATH holds a JSON list of .py paths relative to ROOT. Prints one JSON object:
{"files": [{"path", "module", "root", "package", "classes": [...], "functions": [...], "calls": [...],
"imports": [...], "fastapi": [...], "script": bool, "lifespan": bool, "jsonLogging": [...],
"loggingSetup": str, "syntaxError": str|null}]}
The checkers use it to find artefacts by what they are (a TransformerMixin class, the FastAPI app, a
pydantic model with constraints) in whatever file the learner put them.
"""

import ast
import json
import os
import sys

CONSTRAINTS = {"gt", "ge", "lt", "le", "min_length", "max_length", "regex", "pattern", "multiple_of", "min_items", "max_items", "strict", "allow_inf_nan"}
CONSTRAINED_TYPES = {"conint", "confloat", "constr", "conlist", "condecimal", "conset", "PositiveInt", "NonNegativeInt", "PositiveFloat", "NonNegativeFloat", "EmailStr", "HttpUrl"}
PYDANTIC_BASES = {"BaseModel", "BaseSettings", "RootModel", "GenericModel"}


def last_name(node):
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return node.attr
    if isinstance(node, ast.Subscript):
        return last_name(node.value)
    if isinstance(node, ast.Call):
        return last_name(node.func)
    return ""


def has_field_constraint(value):
    return isinstance(value, ast.Call) and last_name(value.func) == "Field" and any(k.arg in CONSTRAINTS for k in value.keywords)


def annotation_constrained(node):
    for sub in ast.walk(node):
        if isinstance(sub, ast.Call) and (last_name(sub.func) in CONSTRAINED_TYPES or has_field_constraint(sub)):
            return True
        if isinstance(sub, (ast.Name, ast.Attribute)) and last_name(sub) in CONSTRAINED_TYPES:
            return True
    return False


def module_path(path, root_dir):
    """(module, import root, top package folder) of a file, the way Python would import it."""
    parts = path[:-3].split("/")
    if parts[0] == "src" and len(parts) > 1:
        root_parts = ["src"]
    else:
        # Climb while the folder is a regular package; the import root is where that stops.
        depth = len(parts) - 1
        while depth > 0 and os.path.exists(os.path.join(root_dir, *parts[:depth], "__init__.py")):
            depth -= 1
        root_parts = parts[:depth]
    inner = parts[len(root_parts):]
    if inner and inner[-1] == "__init__":
        inner = inner[:-1]
    root = "/".join(root_parts) or "."
    package = "/".join(root_parts + inner[:1]) if len(inner) > 1 or path.endswith("__init__.py") else path
    return ".".join(inner), root, package


JSON_LOG_LIBRARIES = {"pythonjsonlogger": "python-json-logger", "json_log_formatter": "json-log-formatter", "ecs_logging": "ecs-logging"}
SETUP_NAMES = ("setup_logging", "configure_logging", "init_logging", "setup_logger", "configure_logger", "get_logger", "setup", "configure")


def json_logging_evidence(tree):
    """How a file makes logs JSON, whatever it is called: a logging.Formatter subclass that json-dumps,
    python-json-logger, structlog's JSONRenderer, loguru's serialize=True, or a dictConfig naming a JSON
    formatter. Returns short descriptions (empty when the file emits no JSON logs)."""
    found = []
    strings = [n.value for n in ast.walk(tree) if isinstance(n, ast.Constant) and isinstance(n.value, str)]
    for node in ast.walk(tree):
        if isinstance(node, ast.ClassDef):
            bases = [last_name(b) for b in node.bases]
            if any(b.endswith("Formatter") for b in bases):
                dumps = any(isinstance(n, ast.Call) and last_name(n.func) in ("dumps", "JSONEncoder") for n in ast.walk(node))
                if dumps or any("Json" in b or "JSON" in b for b in bases):
                    found.append("class %s(%s)" % (node.name, ", ".join(bases)))
        elif isinstance(node, ast.Call):
            name = last_name(node.func)
            if name == "JSONRenderer":
                found.append("structlog JSONRenderer()")
            elif any(k.arg == "serialize" and isinstance(k.value, ast.Constant) and k.value.value is True for k in node.keywords):
                found.append("%s(serialize=True)" % name)
            elif name in ("dictConfig", "fileConfig") and any("json" in s.lower() for s in strings):
                found.append("logging.config.%s() with a JSON formatter" % name)
        elif isinstance(node, (ast.Import, ast.ImportFrom)):
            names = [a.name for a in node.names] if isinstance(node, ast.Import) else [node.module or ""]
            for module in names:
                label = JSON_LOG_LIBRARIES.get(module.split(".")[0])
                if label:
                    found.append(label)
    return sorted(set(found))


def setup_function(tree):
    """The function that installs the logging setup: the usual names first, else one whose name says log."""
    names = [n.name for n in tree.body if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef))]
    for name in SETUP_NAMES:
        if name in names:
            return name
    return next((n for n in names if "log" in n.lower() and not n.startswith("_")), "")


def facts_of(tree):
    classes, functions, calls, imports, fastapi = [], [], set(), set(), []
    script = False
    lifespan = False
    pydantic_names = set(PYDANTIC_BASES)
    for node in tree.body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            functions.append(node.name)
        elif isinstance(node, ast.ClassDef):
            bases = [last_name(b) for b in node.bases]
            is_pydantic = any(b in pydantic_names for b in bases)
            if is_pydantic:
                pydantic_names.add(node.name)
            constrained = False
            for item in node.body:
                if isinstance(item, ast.AnnAssign):
                    if (item.value is not None and has_field_constraint(item.value)) or annotation_constrained(item.annotation):
                        constrained = True
            methods = [n.name for n in node.body if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef))]
            classes.append({"name": node.name, "bases": bases, "methods": methods, "pydantic": is_pydantic, "constrained": constrained, "line": node.lineno})
        elif isinstance(node, (ast.Assign, ast.AnnAssign)):
            value = node.value
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            if isinstance(value, ast.Call) and last_name(value.func) == "FastAPI":
                fastapi.extend(t.id for t in targets if isinstance(t, ast.Name))
                if any(k.arg == "lifespan" for k in value.keywords):
                    lifespan = True
        elif isinstance(node, ast.If):
            test = node.test
            if isinstance(test, ast.Compare) and isinstance(test.left, ast.Name) and test.left.id == "__name__":
                script = True
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            name = last_name(node.func)
            if name:
                calls.add(name)
        elif isinstance(node, ast.Import):
            imports.update(a.name.split(".")[0] for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            imports.add(node.module.split(".")[0])
    return {"classes": classes, "functions": functions, "calls": sorted(calls), "imports": sorted(imports), "fastapi": fastapi, "script": script, "lifespan": lifespan,
            "jsonLogging": json_logging_evidence(tree), "loggingSetup": setup_function(tree)}


def main():
    root = sys.argv[1]
    with open(sys.argv[2], encoding="utf-8") as handle:
        paths = json.load(handle)
    out = []
    for path in paths:
        module, import_root, package = module_path(path, root)
        entry = {"path": path, "module": module, "root": import_root, "package": package, "syntaxError": None}
        try:
            with open(os.path.join(root, path), "rb") as handle:
                source = handle.read(2 * 1024 * 1024)
            entry.update(facts_of(ast.parse(source, filename=path)))
        except (SyntaxError, ValueError) as error:
            entry.update({"classes": [], "functions": [], "calls": [], "imports": [], "fastapi": [], "script": False, "lifespan": False, "jsonLogging": [], "loggingSetup": "",
                          "syntaxError": "%s (line %s)" % (getattr(error, "msg", str(error)), getattr(error, "lineno", "?"))})
        except OSError:
            continue
        out.append(entry)
    print(json.dumps({"files": out}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
