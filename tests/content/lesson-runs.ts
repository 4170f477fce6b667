// What each lesson tells the learner to run after writing its files, and the claims its tests make.
// Commands run with bash in the module's folder (NN-slug/) of a scratch workspace; `python` is the test
// Python. `after` builds those modules first, next to this one, as in a real workspace.
import type { ModuleId } from '../../src/core/types.js';

export interface Command {
  run: string;
  /** Expected exit code (default 0), or any failure. */
  exit?: number | 'nonzero';
  /** A regular expression (Python syntax, multiline) the combined output must match. */
  stdout?: string;
}

export interface ModuleRun {
  after?: ModuleId[];
  /** Python that defines what the lesson's `continues` blocks take as given (X_train, y_train…). */
  given?: string;
  /** The lesson's shell steps that create folders or copy inputs (before any file is written). */
  setup?: string[];
  /** Commands that produce what later modules use; also run when another module depends on this one. */
  build?: Command[];
  /** The lesson's checks: tests, scripts with a documented exit code, outputs the prose quotes. */
  commands?: Command[];
}

export const RUNS: Partial<Record<ModuleId, ModuleRun>> = {
  '00': {
    commands: [
      { run: 'python check_env.py', stdout: '^Python 3\\.' },
      // A dry run: the recipes must parse (tabs, not spaces) without creating a virtual environment here.
      { run: 'make -n setup check', stdout: '-m venv \\.venv' },
    ],
  },
  '01': { commands: [{ run: 'python -m pytest -q -p no:cacheprovider' }, { run: 'python -m mypy' }] },
  '02': {
    build: [{ run: 'python etl.py' }],
    commands: [{ run: 'python -m pytest -q -p no:cacheprovider' }],
  },
  '03': {
    after: ['02'],
    build: [{ run: 'python build_features.py', stdout: '^train=400 test=100 features=10$' }],
    commands: [
      { run: 'python -m pytest -q -p no:cacheprovider' },
      { run: 'python build_features.py ../02-data-engineering/data/processed/customers.csv' },
      {
        run: `python -c "import joblib; print(joblib.load('artifacts/feature_pipeline.pkl'))"`,
        stdout:
          "Pipeline\\(steps=\\[\\('features', FeatureEngineer\\(\\)\\),\\s*\\('scale', StandardScaler\\(\\)\\)\\]\\)",
      },
    ],
  },
  '04': {
    given: `
import os
import numpy as np
import pandas as pd
from sklearn.model_selection import train_test_split

rng = np.random.default_rng(0)
n = 400
X = pd.DataFrame({
    "age": rng.integers(18, 80, n),
    "balance": rng.gamma(2.0, 40000.0, n),
    "country": rng.choice(["France", "Germany", "Spain"], n),
})
y = pd.Series((rng.random(n) < 0.2 + 0.3 * (X["country"] == "Germany")).astype(int))
X_train, X_new, y_train, _ = train_test_split(X, y, stratify=y, random_state=0)
X_sorted, y_sorted = X, y
os.makedirs("outputs", exist_ok=True)
`,
    setup: ['mkdir -p data tests'],
    build: [{ run: 'python train.py' }],
    commands: [{ run: 'python train.py --tune' }, { run: 'python -m pytest -q -p no:cacheprovider' }],
  },
  '05': { setup: ['mkdir -p data'], commands: [{ run: 'python train.py' }] },
  '06': {
    after: ['04'],
    setup: [
      'mkdir -p app models tests',
      'touch app/__init__.py',
      'cp ../04-modeling/outputs/model.pkl models/model.pkl',
    ],
    commands: [{ run: 'python -m pytest -q -p no:cacheprovider' }],
  },
  '08': {
    setup: ['mkdir -p src/churnkit', 'touch src/churnkit/__init__.py'],
    commands: [{ run: 'python -m pytest -p no:cacheprovider --cov=src --cov-report=term-missing --cov-fail-under=80' }],
  },
  '09': { after: ['04'] },
  '10': {
    setup: ['mkdir -p observability', 'touch observability/__init__.py'],
    commands: [
      { run: 'python -m pytest -q -p no:cacheprovider' },
      { run: 'python alerts.py --error-rate 0.2 --threshold 0.05', exit: 1 },
      { run: 'python alerts.py --error-rate 0.01 --threshold 0.05', exit: 0 },
    ],
  },
  '11': {
    after: ['04'],
    setup: [
      'mkdir -p data models scripts',
      'touch scripts/__init__.py',
      'cp ../04-modeling/outputs/model.pkl models/model.pkl',
      'cp ../04-modeling/data/train.csv data/reference.csv',
    ],
    build: [{ run: 'python scripts/make_reference.py' }],
    commands: [
      { run: 'python -m pytest -q -p no:cacheprovider' },
      { run: 'python scripts/validate.py', stdout: '^OK: data, model and metrics checks passed' },
    ],
  },
};

/**
 * A claim a lesson makes about its own tests or scripts ("if someone removes a seed, it fails"): the
 * check must pass on the lesson's files and fail on a copy with one change, as solutions/ mutations do
 * for the checkers. The change is a one-place text edit of a file, or a shell step run after the build.
 */
export interface Mutation {
  name: string;
  module: ModuleId;
  file?: string;
  from?: string;
  to?: string;
  shell?: string;
  /** Whether the check needs the module's build outputs first (default true). */
  build?: boolean;
  check: string;
  /** What the failing check prints (a regular expression, Python syntax). */
  fails: string;
}

export const MUTATIONS: Mutation[] = [
  {
    name: 'transform imputes with the median of the data it transforms',
    module: '03',
    file: 'features.py',
    from: '.fillna(self.medians_)',
    to: '.fillna(X[self.numeric_].astype("float64").median())',
    build: false,
    check: 'python -m pytest -q -p no:cacheprovider tests/test_features.py::test_no_leakage_from_test_data',
    fails: 'FAILED tests/test_features.py::test_no_leakage_from_test_data',
  },
  {
    name: 'transform without check_is_fitted',
    module: '03',
    file: 'features.py',
    from: '        check_is_fitted(self)\n        out = X[self.numeric_]',
    to: '        out = X[self.numeric_]',
    build: false,
    check: 'python -m pytest -q -p no:cacheprovider tests/test_features.py::test_transform_before_fit_raises',
    fails: 'FAILED tests/test_features.py::test_transform_before_fit_raises',
  },
  {
    name: 'the train/test split loses its seed',
    module: '04',
    file: 'train.py',
    from: 'stratify=y, random_state=SEED',
    to: 'stratify=y',
    build: false,
    check: 'python -m pytest -q -p no:cacheprovider tests/test_train.py::test_same_seed_same_metrics',
    fails: 'FAILED tests/test_train.py::test_same_seed_same_metrics',
  },
  {
    name: 'an untested function drops coverage under 80 %',
    module: '08',
    file: 'src/churnkit/scoring.py',
    from: '"""Pure helpers used by the churn service."""\n',
    to: '"""Pure helpers used by the churn service."""\n\n\ndef untested(values: list[float]) -> float:\n    total = 0.0\n    for value in values:\n        if value > 0:\n            total += value\n        elif value < 0:\n            total -= value\n        else:\n            total += 1\n    if total > 100:\n        total = 100\n    return total\n',
    build: false,
    check: 'python -m pytest -p no:cacheprovider --cov=src --cov-report=term-missing --cov-fail-under=80',
    fails: 'FAIL Required test coverage of 80% not reached',
  },
  {
    name: 'a model pickled by another scikit-learn version',
    module: '11',
    // Rewrites the version scikit-learn stored in the pickle, the way a model trained elsewhere looks.
    shell: `python - <<'EOF'
import pickle, re, sklearn
path = "models/model.pkl"
data = open(path, "rb").read()
current = sklearn.__version__.encode()
other = b"0.0.0"[: len(current)].ljust(len(current), b"0")
assert data.count(current) > 0, "no version string in the pickle"
open(path, "wb").write(data.replace(current, other))
EOF`,
    check: 'python scripts/validate.py',
    fails: 'FAIL model: .*(version|unpickle)',
  },
  {
    name: 'the regression tests load a model pickled by another scikit-learn version',
    module: '11',
    // The approved file, as if approved under another version: same hash in the reference, new library.
    shell: `python - <<'EOF'
import hashlib, json, sklearn
path = "models/model.pkl"
data = open(path, "rb").read()
current = sklearn.__version__.encode()
data = data.replace(current, b"0.0.0"[: len(current)].ljust(len(current), b"0"))
open(path, "wb").write(data)
metrics = json.load(open("reference/metrics.json"))
metrics["model_sha256"] = hashlib.sha256(data).hexdigest()
json.dump(metrics, open("reference/metrics.json", "w"))
EOF`,
    check: 'python -m pytest -q -p no:cacheprovider tests/test_regression.py',
    fails: 'Trying to unpickle estimator',
  },
  {
    name: 'the released model is swapped for a retrained one',
    module: '11',
    shell: `python - <<'EOF'
import joblib, pandas as pd
model = joblib.load("models/model.pkl")
data = pd.read_csv("data/reference.csv")
X, y = data.drop(columns=["exited"]), data["exited"]
model.set_params(**{name: 0.001 for name in model.get_params() if name.endswith("__C")})
joblib.dump(model.fit(X.iloc[: len(X) // 3], y.iloc[: len(X) // 3]), "models/model.pkl")
EOF`,
    check: 'python -m pytest -q -p no:cacheprovider tests/test_regression.py',
    fails: 'FAILED tests/test_regression.py::',
  },
];
