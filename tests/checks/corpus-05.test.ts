// Corpus for module 05 (MLflow + DVC): a DVC "get started"-style repository (src/, prepare → train
// stages, tracking URI from MLFLOW_TRACKING_URI, autolog), a monorepo project whose script reads its
// params through dvc.api (neither dvc nor mlflow is installed here: what needs them is not run), and a
// project whose seeds, metrics and pipeline are not reproducible. The dvc program is missing here, so
// "dvc repro --dry" is not run in all three.
import { join } from 'node:path';
import { rmSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { TIMEOUT, expectVerdicts, repository, rewrite, solutionAt, write } from './corpus.js';

/** A small synthetic churn table: numbers only, the label last. */
function churnCsv(rows: number): string {
  const lines = Array.from({ length: rows }, (_, i) => {
    const tenure = (i * 7) % 11;
    const calls = (i * 5) % 9;
    const charges = 20 + ((i * 37) % 90);
    const churn = calls > 5 || (tenure < 2 && charges > 80) ? 1 : i % 17 === 0 ? 1 : 0;
    return `${tenure},${calls},${charges},${churn}`;
  });
  return `tenure,support_calls,monthly_charges,churn\n${lines.join('\n')}\n`;
}

/** MLflow's file store after one run, as `mlflow.sklearn.autolog()` leaves it. */
function mlrunsOf(base: string): Record<string, string | string[]> {
  const run = `${base}/271828/0f1e2d3c4b5a69788796a5b4c3d2e1f0`;
  return {
    [`${base}/0/meta.yaml`]: ['artifact_location: file:./mlruns/0', 'experiment_id: "0"', 'lifecycle_stage: active', 'name: Default'],
    [`${base}/271828/meta.yaml`]: ['artifact_location: file:./mlruns/271828', 'experiment_id: "271828"', 'lifecycle_stage: active', 'name: churn-rf'],
    [`${run}/meta.yaml`]: ['run_id: 0f1e2d3c4b5a69788796a5b4c3d2e1f0', 'experiment_id: "271828"', 'lifecycle_stage: active', 'status: 3'],
    [`${run}/params/n_estimators`]: '60',
    [`${run}/params/max_depth`]: '4',
    [`${run}/metrics/training_roc_auc`]: '1733000000000 0.91 0',
  };
}

const trainScript = (paramsRead: string[], tracking: string[]) => [
  '"""Train the churn forest; every hyper-parameter and seed comes from params.yaml."""',
  'from __future__ import annotations',
  '',
  'import argparse',
  'import json',
  'import os',
  'from pathlib import Path',
  '',
  'import joblib',
  'import pandas as pd',
  'from sklearn.ensemble import RandomForestClassifier',
  'from sklearn.metrics import roc_auc_score',
  'from sklearn.model_selection import train_test_split',
  '',
  ...paramsRead,
  '',
  '',
  'def main() -> None:',
  '    parser = argparse.ArgumentParser(description=__doc__)',
  '    parser.add_argument("--data", default="data/prepared/churn.csv")',
  '    parser.add_argument("--model", default="model.pkl")',
  '    parser.add_argument("--metrics", default="eval/metrics.json")',
  '    args = parser.parse_args()',
  '    params = load_params()',
  '    frame = pd.read_csv(args.data)',
  '    X, y = frame.drop(columns=["churn"]), frame["churn"]',
  '    X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=params["test_size"], stratify=y, random_state=params["seed"])',
  ...tracking,
  '    forest = RandomForestClassifier(n_estimators=params["n_estimators"], max_depth=params["max_depth"], random_state=params["seed"])',
  '    forest.fit(X_train, y_train)',
  '    auc = roc_auc_score(y_test, forest.predict_proba(X_test)[:, 1])',
  '    joblib.dump(forest, args.model)',
  '    Path(args.metrics).parent.mkdir(parents=True, exist_ok=True)',
  '    Path(args.metrics).write_text(json.dumps({"roc_auc": round(float(auc), 4), "rows": len(frame)}, indent=2) + "\\n")',
  '',
  '',
  'if __name__ == "__main__":',
  '    main()',
];

const README = [
  '# Churn forest',
  '',
  'Install with `pip install -r requirements.txt`, then `dvc repro` runs the pipeline (prepare, then',
  'train) and only re-runs the stages whose inputs or params changed. Runs are tracked with MLflow:',
  '`mlflow ui --backend-store-uri ./mlruns` shows them; the best one so far is n_estimators=60 and',
  'max_depth=4, with a test ROC AUC of 0.91.',
];

const ALL_PASS = {
  files: 'pass',
  mlruns: 'pass',
  'train-runs': 'pass',
  outputs: 'pass',
  'dvc-repro': 'not-run',
  'mlflow-usage': 'pass',
  'params-from-yaml': 'pass',
  readme: 'pass',
  'dvc-pipeline': 'pass',
  'params-file': 'pass',
  'same-metrics': 'pass',
} as const;

describe('corpus 05: MLflow and DVC', () => {
  it('a DVC get-started layout: src/train.py, prepare → train stages, MLFLOW_TRACKING_URI and autolog', { timeout: TIMEOUT }, async () => {
    const place = repository('dvc-get-started', '.');
    write(place.dir, {
      '.dvc/config': '',
      '.dvcignore': '',
      'data/prepared/churn.csv': churnCsv(240),
      'data/raw.csv.dvc': ['outs:', '- md5: 3f1c0a0b7e0d4bb1a2f4c0d1e2f3a4b5', '  path: raw.csv'],
      'src/prepare.py': ['"""Split the raw export into the prepared table."""', 'import shutil', '', 'if __name__ == "__main__":', '    shutil.copy("data/raw.csv", "data/prepared/churn.csv")'],
      'src/train.py': trainScript(
        ['import yaml', '', '', 'def load_params() -> dict:', '    return yaml.safe_load(Path("params.yaml").read_text())["train"]', '', '', 'try:', '    import mlflow', '    import mlflow.sklearn', 'except ImportError:  # tracking is optional for a local run', '    mlflow = None'],
        ['    if mlflow is not None:', '        mlflow.set_tracking_uri(os.environ.get("MLFLOW_TRACKING_URI", "file:./mlruns"))', '        mlflow.sklearn.autolog()'],
      ),
      'dvc.yaml': [
        'stages:',
        '  prepare:',
        '    cmd: python src/prepare.py',
        '    deps: [src/prepare.py, data/raw.csv]',
        '    outs: [data/prepared/churn.csv]',
        '  train:',
        '    cmd: python src/train.py',
        '    deps: [src/train.py, data/prepared/churn.csv]',
        '    params: [train]',
        '    outs: [model.pkl]',
        '    metrics:',
        '      - eval/metrics.json:',
        '          cache: false',
      ],
      'params.yaml': ['train:', '  seed: 7', '  test_size: 0.25', '  n_estimators: 60', '  max_depth: 4'],
      'requirements.txt': ['pandas==2.2.3', 'scikit-learn==1.6.1', 'joblib==1.4.2', 'PyYAML==6.0.2', 'mlflow==3.1.1', 'dvc==3.59.1'],
      'README.md': README,
      ...mlrunsOf('mlruns'),
    });
    const { item } = await expectVerdicts('05', place, ALL_PASS);
    expect(item('outputs').message).toContain('eval/metrics.json');
    expect(item('dvc-repro').hint).toMatch(/dvc/);
  });

  it('a monorepo project whose script reads params through dvc.api: what needs dvc or mlflow is not run', { timeout: TIMEOUT }, async () => {
    const place = repository('dvc-monorepo', 'projects/churn');
    write(place.root, { '.dvc/config': ['[core]', '    autostage = true'], '.dvcignore': '' });
    write(place.dir, {
      'data/prepared/churn.csv': churnCsv(200),
      'pipelines/train_model.py': trainScript(
        ['import dvc.api', 'import mlflow', '', '', 'def load_params() -> dict:', '    return dvc.api.params_show()["train"]'],
        ['    mlflow.set_tracking_uri(os.environ.get("MLFLOW_TRACKING_URI", "file:./mlruns"))', '    mlflow.sklearn.autolog()'],
      ),
      'dvc.yaml': [
        'stages:',
        '  train:',
        '    cmd: python pipelines/train_model.py',
        '    deps: [pipelines/train_model.py, data/prepared/churn.csv]',
        '    params: [train]',
        '    outs: [model.pkl]',
        '  evaluate:',
        '    cmd: python pipelines/train_model.py --metrics eval/metrics.json',
        '    deps: [model.pkl]',
        '    metrics: [eval/metrics.json]',
      ],
      'params.yaml': ['train:', '  seed: 11', '  test_size: 0.2', '  n_estimators: 60', '  max_depth: 4'],
      'requirements.txt': ['pandas==2.2.3', 'scikit-learn==1.6.1', 'joblib==1.4.2', 'mlflow==3.1.1', 'dvc==3.59.1'],
      'README.md': README,
      ...mlrunsOf('mlruns'),
    });
    const { result, item } = await expectVerdicts('05', place, { ...ALL_PASS, 'train-runs': 'not-run', outputs: 'not-run', 'same-metrics': 'not-run' });
    expect(item('files').message).toContain('../../.dvc');
    expect(item('train-runs').message).toMatch(/dvc|mlflow/);
    // 32 of 100 points could not run here: too little verified for a pass, whatever was earned.
    expect(result.verifiedPoints).toBe(68);
    expect(result.passed).toBe(false);
  });

  it('a project that is not reproducible: literal seeds, a timestamp in the metrics, a pipeline without params', { timeout: TIMEOUT }, async () => {
    const place = solutionAt('05', 'dvc-broken', 'churn');
    const train = join(place.dir, 'train.py');
    rewrite(train, [
      [/random_state=train_p\["seed"\]\n {4}\)\n/, 'random_state=42\n    )\n'],
      [/"metric": "roc_auc",/, '"metric": "roc_auc",\n            "trained_at": __import__("time").time(),'],
    ]);
    rewrite(join(place.dir, 'dvc.yaml'), [[/ {4}params:\n {6}- data\n {6}- train\n/, '']]);
    rewrite(join(place.dir, 'params.yaml'), [[/ {2}seed: 42\n/, '']]);
    rmSync(join(place.dir, 'mlruns'), { recursive: true });
    // The seed left params.yaml but the code still reads it: give it a value where the code looks.
    rewrite(train, [[/cv = StratifiedKFold\(/, 'train_p.setdefault("seed", 0)\n    cv = StratifiedKFold(']]);
    await expectVerdicts('05', place, { ...ALL_PASS, mlruns: 'fail', 'params-from-yaml': 'fail', 'dvc-pipeline': 'fail', 'params-file': 'fail', 'same-metrics': 'fail' });
  });
});
