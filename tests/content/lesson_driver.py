"""Run one lesson's actions in order and report each as JSON (used by tests/content/lesson-harness.ts).

stdin: {"dir": module folder, "actions": [...]}; each action is one of
  {"kind": "write", "path", "content", "where"}           a mini-project file
  {"kind": "exec", "code", "where", "expect"?, "continues"?, "given"?}
                                                          a concept block, run in this process
  {"kind": "shell", "code", "where", "exit"?, "stdout"?}  a command, run with bash in the folder
stdout: a JSON list with {"where", "ok", "detail"} per action.

Concept blocks share this process so that scikit-learn and pandas are imported once, but each gets a
fresh namespace, its own working directory and its own captured output.
"""

import ast
import contextlib
import io
import json
import os
import re
import subprocess
import sys
import traceback
import warnings

# Warnings raised by the lesson's own line (not deep inside a library) that announce an API going away.
OUTDATED = (DeprecationWarning, PendingDeprecationWarning, FutureWarning)


def tail(text, lines=25):
    return "\n".join(text.rstrip().splitlines()[-lines:])


SHARED = {}


# What a `print(...)  # comment` promises: the comment is the printed text when it reads like a value
# (a literal, a list or dict, a repr like Name(...), one word), optionally followed by "(explanation)".
def is_value(text):
    try:
        ast.literal_eval(text)
        return True
    except (ValueError, SyntaxError):
        return bool(re.fullmatch(r"\w+\(.*\)|\[.*\]|\{.*\}|\w+", text))


def promised_prints(code):
    promises = {}
    lines = code.splitlines()
    for node in ast.walk(ast.parse(code)):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "print":
            line = lines[node.end_lineno - 1]
            if "#" not in line[node.end_col_offset:]:
                continue
            comment = line[node.end_col_offset:].split("#", 1)[1].strip()
            value = re.sub(r"\s+\([^()]*\)$", "", comment)
            if is_value(value):
                promises[node.lineno] = value
    return promises


def checking_print(filename, promises, broken):
    real = print

    def lesson_print(*args, **kwargs):
        frame = sys._getframe(1)
        if frame.f_code.co_filename == filename and frame.f_lineno in promises:
            text = kwargs.get("sep", " ").join(str(a) for a in args)
            wanted = promises[frame.f_lineno]
            if text != wanted:
                broken.append(f"line {frame.f_lineno}: prints {text!r}, the comment says {wanted!r}")
        real(*args, **kwargs)

    return lesson_print


def run_exec(action, folder):
    filename = f"<{action['where']}>"
    namespace = {"__name__": "__main__", "__file__": os.path.join(folder, "lesson_block.py")}
    if action.get("continues"):
        # One namespace for a lesson's chain of blocks, seeded once with the data the prose assumes.
        if not SHARED:
            SHARED.update(namespace)
            os.chdir(folder)
            exec(compile(action.get("given") or "", "<given>", "exec"), SHARED)
        namespace = SHARED
    out = io.StringIO()
    expected = action.get("expect")
    broken = []
    namespace["print"] = checking_print(filename, promised_prints(action["code"]), broken)
    os.chdir(folder)
    saved_argv, saved_path = sys.argv, list(sys.path)
    sys.argv = ["lesson_block.py"]
    sys.path.insert(0, folder)
    try:
        with warnings.catch_warnings(record=True) as caught, contextlib.redirect_stdout(out), contextlib.redirect_stderr(out):
            warnings.simplefilter("always")
            try:
                exec(compile(action["code"], filename, "exec"), namespace)
            except SystemExit as exit_:
                if exit_.code not in (None, 0):
                    raise
    except BaseException as error:  # noqa: BLE001 - every failure of a lesson block is reported
        name = type(error).__name__
        if expected and expected in [cls.__name__ for cls in type(error).__mro__]:
            return {"ok": True, "detail": f"raised {name} as the lesson says: {error}"}
        return {"ok": False, "detail": tail(out.getvalue() + "\n" + "".join(traceback.format_exception(error)))}
    finally:
        sys.argv, sys.path[:] = saved_argv, saved_path
    if expected:
        return {"ok": False, "detail": f"the lesson says this raises {expected}, but it ran without an exception\n{tail(out.getvalue())}"}
    if broken:
        return {"ok": False, "detail": "output differs from what the lesson shows:\n" + "\n".join(broken)}
    outdated = [w for w in caught if issubclass(w.category, OUTDATED) and w.filename == filename]
    if outdated:
        lines = [f"line {w.lineno}: {w.category.__name__}: {w.message}" for w in outdated]
        return {"ok": False, "detail": "uses an API that is going away:\n" + "\n".join(lines)}
    return {"ok": True, "detail": tail(out.getvalue(), 5)}


def run_shell(action, folder):
    try:
        done = subprocess.run(["bash", "-c", action["code"]], cwd=folder, capture_output=True, text=True, timeout=240)
    except subprocess.TimeoutExpired:
        return {"ok": False, "detail": "did not finish in 240 s"}
    output = done.stdout + done.stderr
    wanted = action.get("exit", 0)
    if wanted == "nonzero":
        if done.returncode == 0:
            return {"ok": False, "detail": f"exited 0, expected a failure\n{tail(output)}"}
    elif done.returncode != wanted:
        return {"ok": False, "detail": f"exited {done.returncode}, expected {wanted}\n{tail(output, 40)}"}
    pattern = action.get("stdout")
    if pattern and not re.search(pattern, output, re.M):
        return {"ok": False, "detail": f"output does not match /{pattern}/\n{tail(output)}"}
    return {"ok": True, "detail": tail(output, 5)}


def main():
    request = json.load(sys.stdin)
    folder = request["dir"]
    os.makedirs(folder, exist_ok=True)
    results = []
    for action in request["actions"]:
        if action["kind"] == "write":
            path = os.path.join(folder, action["path"])
            os.makedirs(os.path.dirname(path), exist_ok=True)
            with open(path, "w", encoding="utf-8") as handle:
                handle.write(action["content"])
            result = {"ok": True, "detail": "written"}
        elif action["kind"] == "exec":
            result = run_exec(action, folder)
        else:
            result = run_shell(action, folder)
        results.append({"where": action["where"], **result})
    sys.stdout = sys.__stdout__
    print(json.dumps(results))


if __name__ == "__main__":
    main()
