"""Dynamic probes: import and run a learner's code the way the lessons use it.

Usage: python probes.py PROBE ARGS_JSON   (run with the module folder as the working directory)
       python probes.py --batch '[[PROBE, ARGS, TMPDIR], ...]'   (several probes, {"answers": [...]})
Prints one JSON object: {"ok": bool, "problems": [{"code", "args"}], "facts": {...}} or, when a
third-party package is not installed, {"skip": true, "missing": "name"}.
"""

import contextlib
import importlib
import importlib.util
import io
import json
import os
import pickle
import sys
import traceback
import warnings

sys.path.insert(0, os.getcwd())
warnings.simplefilter("ignore")


class Missing(Exception):
    pass


def problem(code, *args):
    return {"code": code, "args": [str(a) for a in args]}


def short_error(error):
    return ("%s: %s" % (type(error).__name__, error)).strip()[:300]


def require(*names):
    for name in names:
        if importlib.util.find_spec(name) is None:
            raise Missing(name)


def import_learner(name):
    """Import the learner's module; a missing third-party package is a skip, not their bug."""
    try:
        with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
            return importlib.import_module(name)
    except ModuleNotFoundError as error:
        top = (error.name or "").split(".")[0]
        local = os.path.exists(top + ".py") or os.path.isdir(top)
        if top and not local and top != name.split(".")[0]:
            raise Missing(top)
        raise


def quiet_call(function, *args, **kwargs):
    with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
        return function(*args, **kwargs)


# ----------------------------------------------------------------------------- 00

def probe_python_env(args):
    version = "%d.%d.%d" % sys.version_info[:3]
    problems = []
    if sys.version_info < (3, 10):
        problems.append(problem("python-old", version))
    if importlib.util.find_spec("venv") is None or importlib.util.find_spec("ensurepip") is None:
        problems.append(problem("no-venv", version))
    return problems, {"version": version, "executable": sys.executable}


def run_gate(module_name, function_name, fake_version):
    real = sys.version_info
    sys.version_info = fake_version
    try:
        sys.modules.pop(module_name, None)
        module = import_learner(module_name)
        function = getattr(module, function_name, None)
        if function is None:
            return None
        try:
            result = quiet_call(function)
        except SystemExit as stop:
            result = stop.code
        return 0 if result in (None, 0, False) else 1
    finally:
        sys.version_info = real


def probe_version_gate(args):
    module, function = args.get("module", "check_env"), args.get("function", "main")
    old = run_gate(module, function, (3, 9, 18, "final", 0))
    if old is None:
        return [problem("functions-missing", function)], {}
    problems = []
    if old == 0:
        problems.append(problem("gate-passes-old"))
    if run_gate(module, function, tuple(sys.version_info)) != 0:
        problems.append(problem("gate-fails-current"))
    return problems, {}


# ----------------------------------------------------------------------------- 01

def probe_call_functions(args):
    problems = []
    for case in args["cases"]:
        module = import_learner(case["module"])
        label = "%s(%s)" % (case["function"], ", ".join(json.dumps(a) for a in case.get("args", [])))
        function = getattr(module, case["function"], None)
        if function is None:
            problems.append(problem("functions-missing", case["function"]))
            continue
        try:
            got = quiet_call(function, *case.get("args", []), **case.get("kwargs", {}))
        except Exception as error:
            if case.get("raises") and type(error).__name__ == case["raises"]:
                continue
            problems.append(problem("call-failed", label, short_error(error)))
            continue
        if case.get("raises"):
            problems.append(problem("call-no-raise", label, case["raises"]))
        elif not close(got, case["expect"]):
            problems.append(problem("call-wrong", label, repr(got), json.dumps(case["expect"])))
    return problems, {}


def close(got, expected):
    if isinstance(expected, list):
        return isinstance(got, (list, tuple)) and len(got) == len(expected) and all(close(g, e) for g, e in zip(got, expected))
    if isinstance(expected, (int, float)) and isinstance(got, (int, float)):
        return abs(got - expected) <= 1e-9 * max(1.0, abs(expected))
    return got == expected


def sample_value(annotation):
    text = getattr(annotation, "__name__", str(annotation)).lower()
    if "list" in text or "sequence" in text:
        return []
    if "dict" in text:
        return {}
    if "bool" in text:
        return True
    if "int" in text:
        return 1
    if "float" in text:
        return 0.5
    return "probe"


def model_fields(model):
    fields = getattr(model, "model_fields", None)  # pydantic 2
    if fields is not None:
        return {name: (f.is_required(), f.annotation) for name, f in fields.items()}
    return {name: (f.required, f.outer_type_) for name, f in model.__fields__.items()}  # pydantic 1


def probe_load_config(args):
    require("pydantic")
    module = import_learner(args.get("module", "utils.config"))
    model = getattr(module, args.get("model", "AppConfig"), None)
    function, load = first_attr(module, [args.get("function", "load_config"), "load_config", "load_settings", "get_config", "get_settings", "read_config", "from_yaml", "load"])
    if model is None or load is None:
        return [problem("functions-missing", "%s, %s" % (args.get("model", "AppConfig"), function))], {}
    data = {name: sample_value(annotation) for name, (required, annotation) in model_fields(model).items() if required}
    problems = []
    tmp = os.environ.get("TMPDIR") or "."
    for suffix in (".yaml", ".json"):
        path = os.path.join(tmp, "mlops-tutor-probe-config" + suffix)
        with open(path, "w", encoding="utf-8") as handle:
            json.dump(data, handle)  # JSON is valid YAML too, so no YAML writer is needed
        try:
            loaded = quiet_call(load, path)
            if not isinstance(loaded, model):
                problems.append(problem("config-not-model", suffix, type(loaded).__name__))
        except Exception as error:
            problems.append(problem("config-failed", suffix, short_error(error)))
        finally:
            os.remove(path)
    return problems, {}


# ----------------------------------------------------------------------------- 03

def customers(n, seed):
    import numpy as np
    import pandas as pd
    rng = np.random.default_rng(seed)
    df = pd.DataFrame({
        "customer_id": np.arange(1, n + 1),
        "age": rng.integers(18, 80, n).astype("float64"),
        "country": rng.choice(["France", "Spain", "Germany"], n),
        "balance": rng.gamma(2.0, 40000.0, n).round(2),
        "tenure": rng.integers(0, 11, n).astype("float64"),
        "num_products": rng.integers(1, 5, n),
        "is_active": rng.integers(0, 2, n),
    })
    df.loc[rng.random(n) < 0.15, "tenure"] = np.nan
    df.loc[rng.random(n) < 0.1, "age"] = np.nan
    y = pd.Series((df["age"].fillna(40) + rng.normal(0, 10, n) > 50).astype(int), name="exited")
    return df.drop(columns=["customer_id"]), y


def as_array(frame):
    import numpy as np
    return np.asarray(frame, dtype="float64")


def same(a, b):
    import numpy as np
    a, b = as_array(a), as_array(b)
    return a.shape == b.shape and np.allclose(a, b, equal_nan=True)


TARGET_NAMES = ["exited", "churn", "churned", "target", "label", "y", "price", "selling_price", "is_ultra", "outcome", "default", "fraud", "is_fraud"]


def project_frame(args):
    """(X, y) from the project's own data (a CSV or Parquet file), or None to use the lesson's customers."""
    path = args.get("data")
    if not path or not os.path.isfile(path):
        return None
    import pandas as pd
    try:
        frame = pd.read_parquet(path) if path.endswith(".parquet") else pd.read_csv(path, nrows=5000)
    except Exception:
        return None
    if len(frame) < 50 or frame.shape[1] < 2:
        return None
    wanted = [args.get("target")] if args.get("target") else []
    lower = {c.lower(): c for c in frame.columns}
    target = next((lower[n.lower()] for n in wanted + TARGET_NAMES if n and n.lower() in lower), frame.columns[-1])
    frame = frame.sample(frac=1.0, random_state=7).reset_index(drop=True).iloc[:1000]
    return frame.drop(columns=[target]), frame[target]


def estimator_for(y):
    """A classifier for a label with few values, a regressor for a continuous target."""
    if y.nunique() <= 10:
        from sklearn.linear_model import LogisticRegression
        return LogisticRegression(max_iter=1000)
    from sklearn.linear_model import Ridge
    return Ridge()


def after_features(cls, X, y):
    """What a pipeline puts after the learner's transformer: numbers scaled, any text one-hot encoded."""
    import numpy as np
    import pandas as pd
    from sklearn.impute import SimpleImputer
    from sklearn.pipeline import make_pipeline
    from sklearn.preprocessing import StandardScaler
    sample = quiet_call(cls().fit, X, y)
    out = quiet_call(sample.transform, X.iloc[:5])
    if isinstance(out, pd.DataFrame) and any(not pd.api.types.is_numeric_dtype(out[c]) for c in out.columns):
        from sklearn.compose import ColumnTransformer, make_column_selector
        from sklearn.preprocessing import OneHotEncoder
        return [("prepare", ColumnTransformer([
            ("num", make_pipeline(SimpleImputer(), StandardScaler()), make_column_selector(dtype_include=np.number)),
            ("cat", OneHotEncoder(handle_unknown="ignore"), make_column_selector(dtype_exclude=np.number)),
        ]))]
    return [("impute", SimpleImputer()), ("scale", StandardScaler())]


def probe_transformer(args):
    require("numpy", "pandas", "sklearn")
    import pandas as pd
    module = import_learner(args.get("module", "features"))
    cls = getattr(module, args.get("class", "FeatureEngineer"), None)
    if cls is None:
        return [problem("class-missing", args.get("class", "FeatureEngineer"))], {}
    own = project_frame(args)
    X, y = own if own is not None else customers(300, 7)
    cut = int(len(X) * 0.8)
    X_train, X_test, y_train = X.iloc[:cut], X.iloc[cut:], y.iloc[:cut]
    aspect = args["aspect"]
    try:
        if aspect == "pipeline":
            from sklearn.pipeline import Pipeline
            model = Pipeline([("features", cls()), *after_features(cls, X_train, y_train), ("model", estimator_for(y))])
            quiet_call(model.fit, X_train, y_train)
            predictions = quiet_call(model.predict, X_test)
            if len(predictions) != len(X_test):
                return [problem("pipeline-wrong-rows", len(predictions), len(X_test))], {}
            return [], {}
        if aspect == "pickle":
            fitted = quiet_call(cls().fit, X_train, y_train)
            restored = pickle.loads(pickle.dumps(fitted))
            if not same(quiet_call(fitted.transform, X_test), quiet_call(restored.transform, X_test)):
                return [problem("pickle-differs")], {}
            return [], {}
        if aspect == "leakage":
            fitted = quiet_call(cls().fit, X_train, y_train)
            before = pickle.dumps(fitted)
            alone = quiet_call(fitted.transform, X_test.iloc[:20])
            # Other rows, far from the training data (a number ×1000, an unseen category), must not change
            # how the first 20 are transformed: transform may only use what fit learned.
            other = X_test.copy()
            numeric = [c for c in other.columns if pd.api.types.is_numeric_dtype(other[c])]
            text = [c for c in other.columns if not pd.api.types.is_numeric_dtype(other[c])]
            if numeric:
                other[numeric[0]] = other[numeric[0]] * 1000 + 1000
            if text:
                other[text[0]] = "Narnia"
            mixed = quiet_call(fitted.transform, pd.concat([X_test.iloc[:20], other]))
            problems = []
            if pickle.dumps(fitted) != before:
                problems.append(problem("leak-state-changed"))
            if not same(alone, as_array(mixed)[:20]):
                problems.append(problem("leak-transform-uses-input"))
            return problems, {}
    except Missing:
        raise
    except Exception as error:
        return [problem("transformer-failed", aspect, short_error(error))], {}
    raise ValueError("unknown aspect " + aspect)


def probe_artifact_transform(args):
    require("joblib", "numpy", "pandas", "sklearn")
    import joblib
    path = args["path"]
    try:
        pipeline = quiet_call(joblib.load, path)
    except Missing:
        raise
    except Exception as error:
        return [problem("artifact-load-failed", path, short_error(error))], {}
    own = project_frame(args)
    X = own[0].iloc[:50] if own is not None else customers(50, 11)[0]
    try:
        out = quiet_call(pipeline.transform, X)
    except Exception as error:
        return [problem("artifact-transform-failed", path, short_error(error))], {}
    if len(out) != len(X):
        return [problem("pipeline-wrong-rows", len(out), len(X))], {}
    return [], {}


# ----------------------------------------------------------------------------- 10

def probe_json_logs(args):
    """Run the learner's logging setup, log through it, and parse what it wrote (stdout and stderr)."""
    import logging
    keys = args.get("keys", ["level", "message", "timestamp"])
    out, err = io.StringIO(), io.StringIO()
    real_out, real_err = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = out, err  # handlers created now write here
    try:
        module = importlib.import_module(args.get("module", "observability.logging_config"))
        names = [args.get("function"), "setup_logging", "configure_logging", "init_logging", "setup_logger", "configure_logger", "setup", "configure"]
        function, setup = first_attr(module, names)
        configured_on_import = bool(logging.getLogger().handlers)
        if setup is None and not configured_on_import:
            return [problem("functions-missing", function or "setup_logging()")], {}
        if setup is not None:
            # A setup that returns a logger (structlog, get_logger-style) is the logger to use.
            returned = setup()
            logger = returned if isinstance(returned, logging.Logger) else logging.getLogger("mlops_tutor_probe")
        else:
            logger = logging.getLogger("mlops_tutor_probe")
        logger.warning("mlops-tutor probe warning")
        logger.error("mlops-tutor probe error")
        for handler in logging.getLogger().handlers:
            with contextlib.suppress(Exception):
                handler.flush()
    except ModuleNotFoundError as error:
        top = (error.name or "").split(".")[0]
        if top and not (os.path.exists(top + ".py") or os.path.isdir(top)):
            raise Missing(top)
        raise
    finally:
        sys.stdout, sys.stderr = real_out, real_err
    lines = [line for line in (out.getvalue() + "\n" + err.getvalue()).splitlines() if line.strip()]
    ours = [line for line in lines if "mlops-tutor probe" in line]
    if not ours:
        return [problem("logs-none")], {}
    missing = set()
    for line in ours:
        try:
            record = json.loads(line)
        except ValueError:
            return [problem("logs-not-json", line.strip()[:80])], {}
        if not isinstance(record, dict):
            return [problem("logs-not-json", line.strip()[:80])], {}
        missing.update(key for key in keys if key not in record)
    if missing:
        return [problem("logs-keys", ", ".join(sorted(missing)))], {}
    return [], {"lines": len(ours)}


def probe_prometheus_metrics(args):
    """Import the learner's metrics (and app) modules and look for their collectors in the registry."""
    require("prometheus_client")
    from prometheus_client import REGISTRY
    for name in args.get("modules", ["observability.metrics"]):
        spec_path = name.replace(".", os.sep)
        bases = [".", args.get("root") or "."]
        if not any(os.path.exists(os.path.join(b, spec_path + ".py")) or os.path.isdir(os.path.join(b, spec_path)) for b in bases):
            continue
        import_learner(name)
    found = set()
    for family in REGISTRY.collect():
        if family.name.startswith(("python_", "process_", "platform_")):
            continue  # the default collectors are not the learner's
        found.add(family.type)
    wanted = args.get("types", ["histogram", "counter"])
    missing = [kind for kind in wanted if kind not in found and not (kind == "histogram" and "summary" in found)]
    if missing:
        return [problem("metrics-missing", ", ".join(missing))], {}
    return [], {"types": sorted(found)}


def write_customers_csv(path, rows, seed, shift):
    import csv
    import random
    rng = random.Random(seed)
    with open(path, "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["customer_id", "age", "country", "balance", "tenure", "num_products", "is_active"])
        for i in range(rows):
            age = min(92, max(18, int(rng.gauss(39 + (18 if shift else 0), 9))))
            country = rng.choices(["France", "Spain", "Germany"], weights=[0.2, 0.2, 0.6] if shift else [0.5, 0.25, 0.25])[0]
            balance = round(max(0.0, rng.gauss(76000 * (1.6 if shift else 1.0), 25000)), 2)
            writer.writerow([i + 1, age, country, balance, rng.randint(0, 10), rng.randint(1, 4), rng.randint(0, 1)])


def probe_drift_script(args):
    """Write a reference sample and a current one (shifted or not) and run the learner's drift script."""
    import subprocess
    script = args.get("script", "drift.py")
    tmp = os.environ.get("TMPDIR") or "."
    reference = os.path.join(tmp, "mlops-tutor-reference.csv")
    current = os.path.join(tmp, "mlops-tutor-current.csv")
    write_customers_csv(reference, 1000, 1, False)
    write_customers_csv(current, 1000, 2, bool(args.get("shifted")))
    try:
        result = subprocess.run([sys.executable, script, reference, current], stdin=subprocess.DEVNULL,
                                stdout=subprocess.PIPE, stderr=subprocess.STDOUT, timeout=args.get("timeout", 100))
    except subprocess.TimeoutExpired:
        return [problem("script-timeout", script)], {}
    finally:
        for path in (reference, current):
            with contextlib.suppress(OSError):
                os.remove(path)
    code = result.returncode
    tail = result.stdout.decode("utf-8", "replace").strip().splitlines()[-3:]
    if args.get("shifted") and code != 1:
        return [problem("drift-missed", code)], {"output": tail}
    if not args.get("shifted") and code != 0:
        return [problem("drift-false-alarm", code)], {"output": tail}
    return [], {"output": tail}


PROBES = {
    "python-env": probe_python_env,
    "version-gate": probe_version_gate,
    "call-functions": probe_call_functions,
    "load-config": probe_load_config,
    "transformer": probe_transformer,
    "artifact-transform": probe_artifact_transform,
    "json-logs": probe_json_logs,
    "prometheus-metrics": probe_prometheus_metrics,
    "drift-script": probe_drift_script,
}


def first_attr(module, names):
    """The first of `names` the module defines: the lesson's name, then the names real projects use."""
    for name in names:
        if name and callable(getattr(module, name, None)):
            return name, getattr(module, name)
    return names[0], None


# Probes that only import the learner's code and call it, writing nothing but their own temporary
# files: several of one check can share a process (--batch), which saves an interpreter start and
# the imports they have in common (pydantic, sklearn) per probe.
BATCHABLE = ("call-functions", "load-config", "transformer", "artifact-transform")


def run_probe(name, args):
    """One probe's answer. The import root discovery found (".", "src", …) comes first on the path."""
    root = args.get("root")
    if root and root != ".":
        sys.path.insert(0, os.path.abspath(root))
    try:
        problems, facts = PROBES[name](args)
        return {"ok": not problems, "problems": problems, "facts": facts}
    except Missing as missing:
        return {"skip": True, "missing": str(missing)}
    except Exception as error:
        trace = traceback.format_exc(limit=-3)
        return {"ok": False, "problems": [problem("import-error", short_error(error))], "trace": trace[-1500:]}


def run_batch(probes):
    """Each probe as if it ran alone: its own temporary folder, the working directory and the import
    path as they were at the start (a learner's module may change them when imported)."""
    import tempfile

    folder, path = os.getcwd(), list(sys.path)
    answers = []
    for name, args, tmp in probes:
        if name not in BATCHABLE:
            raise ValueError("probe %s cannot share a process" % name)
        os.chdir(folder)
        sys.path[:] = path
        for variable in ("TMPDIR", "TEMP", "TMP"):
            if tmp:
                os.environ[variable] = tmp
        tempfile.tempdir = None
        answers.append(run_probe(name, args))
    return {"answers": answers}


def main():
    if sys.argv[1] == "--batch":
        result = run_batch(json.loads(sys.argv[2]))
    else:
        result = run_probe(sys.argv[1], json.loads(sys.argv[2]))
    # The learner's code may have printed; the result is the last line.
    sys.stdout.write("\n" + json.dumps(result) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
