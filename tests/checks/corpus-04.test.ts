// Corpus for module 04 (modelling): a src-layout training module (make_pipeline, make_column_transformer,
// repeated stratified CV, SEED = 7, models/ and reports/), a project that keeps its script in
// scripts/ and its data in data/raw/ (tests/checks/discovery.test.ts), and a training run that is
// neither seeded nor better than chance.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TIMEOUT, expectVerdicts, repository, rewrite, solutionAt, write } from './corpus.js';

/** Telecom-style customers with a real signal: churn follows support calls and a short tenure. */
function telecomCsv(rows: number): string {
  const plans = ['basic', 'plus', 'family'];
  const lines = Array.from({ length: rows }, (_, i) => {
    const tenure = (i * 13) % 60;
    const calls = (i * 7) % 8;
    const charges = 25 + ((i * 29) % 70);
    const plan = plans[i % 3]!;
    const risk = calls * 0.5 + (tenure < 12 ? 1.5 : 0) + (plan === 'basic' ? 0.5 : 0) + ((i * 31) % 10) / 5;
    return `${1000 + i},${tenure},${calls},${charges},${plan},${risk > 3.2 ? 1 : 0}`;
  });
  return `customer_id,tenure_months,support_calls,monthly_charges,plan,churned\n${lines.join('\n')}\n`;
}

const trainModule = [
  '"""Fit the churn model on data/processed/churn.csv; save it to models/ and its CV metrics to reports/."""',
  'from __future__ import annotations',
  '',
  'import json',
  'from pathlib import Path',
  '',
  'import joblib',
  'import pandas as pd',
  'from sklearn.compose import make_column_transformer',
  'from sklearn.linear_model import LogisticRegression',
  'from sklearn.model_selection import RepeatedStratifiedKFold, cross_validate',
  'from sklearn.pipeline import make_pipeline',
  'from sklearn.preprocessing import OneHotEncoder, StandardScaler',
  '',
  'SEED = 7',
  'NUMERIC = ["tenure_months", "support_calls", "monthly_charges"]',
  'CATEGORICAL = ["plan"]',
  '',
  '',
  'def model():',
  '    features = make_column_transformer((StandardScaler(), NUMERIC), (OneHotEncoder(handle_unknown="ignore"), CATEGORICAL))',
  '    return make_pipeline(features, LogisticRegression(max_iter=500))',
  '',
  '',
  'def main(data: Path = Path("data/processed/churn.csv"), models: Path = Path("models"), reports: Path = Path("reports")) -> dict:',
  '    frame = pd.read_csv(data)',
  '    X, y = frame[NUMERIC + CATEGORICAL], frame["churned"]',
  '    splits = RepeatedStratifiedKFold(n_splits=4, n_repeats=2, random_state=SEED)',
  '    scores = cross_validate(model(), X, y, cv=splits, scoring="roc_auc")["test_score"]',
  '    metrics = {"metric": "roc_auc", "cv_mean": round(float(scores.mean()), 4), "cv_std": round(float(scores.std()), 4)}',
  '    fitted = model().fit(X, y)',
  '    models.mkdir(exist_ok=True)',
  '    reports.mkdir(exist_ok=True)',
  '    joblib.dump(fitted, models / "churn.joblib")',
  '    (reports / "metrics.json").write_text(json.dumps(metrics, indent=2, sort_keys=True) + "\\n")',
  '    return metrics',
  '',
  '',
  'if __name__ == "__main__":',
  '    print(main())',
];

const ALL_PASS = {
  files: 'pass',
  'train-runs': 'pass',
  'metrics-shape': 'pass',
  'cv-score': 'pass',
  'pipeline-structure': 'pass',
  'fixed-seed': 'pass',
  readme: 'pass',
  reproducible: 'pass',
  'requirements-pinned': 'pass',
  pytest: 'pass',
} as const;

describe('corpus 04: modelling', () => {
  it('src-layout: src/churn_model/train.py run as a module, make_pipeline, repeated stratified CV, SEED = 7', { timeout: TIMEOUT }, async () => {
    const place = repository('model-src', 'churn-model');
    write(place.dir, {
      'data/processed/churn.csv': telecomCsv(400),
      'src/churn_model/__init__.py': '',
      'src/churn_model/train.py': trainModule,
      'tests/test_train.py': [
        'import json',
        '',
        'from churn_model.train import main',
        '',
        '',
        'def test_training_writes_model_and_metrics(tmp_path):',
        '    metrics = main(models=tmp_path / "m", reports=tmp_path / "r")',
        '    assert (tmp_path / "m" / "churn.joblib").exists()',
        '    assert json.loads((tmp_path / "r" / "metrics.json").read_text()) == metrics',
        '',
        '',
        'def test_same_seed_same_metrics(tmp_path):',
        '    assert main(models=tmp_path / "a", reports=tmp_path / "a") == main(models=tmp_path / "b", reports=tmp_path / "b")',
      ],
      'pyproject.toml': ['[tool.pytest.ini_options]', 'pythonpath = ["src"]'],
      'requirements.txt': ['pandas==2.2.3', 'scikit-learn==1.6.1', 'joblib==1.4.2', 'pytest==8.3.4'],
      'README.md': [
        '# Telecom churn model',
        '',
        'Trained on a synthetic telecom table (data/processed/churn.csv) to try the pipeline before the real',
        'export arrives: `PYTHONPATH=src python -m churn_model.train`. Cross-validated ROC AUC (4 folds,',
        'repeated twice) is reported as cv_mean in reports/metrics.json; the model goes to models/. Every',
        'split uses SEED, so two runs give the same file and a change in the score means a change in the code.',
      ],
    });
    const { item } = await expectVerdicts('04', place, ALL_PASS);
    expect(item('metrics-shape').message).toContain('reports/metrics.json');
    expect(item('fixed-seed').message).toContain('src/churn_model/train.py');
  });

  it('an unseeded run on labels with no signal: the seed, the score and reproducibility fail', { timeout: TIMEOUT }, async () => {
    const place = solutionAt('04', 'model-unseeded', 'model');
    const train = join(place.dir, 'train.py');
    rewrite(train, [
      [/random_state=SEED\n/, 'random_state=None\n'],
      [/StratifiedKFold\(n_splits=5, shuffle=True, random_state=SEED\)/, 'StratifiedKFold(n_splits=5, shuffle=True)'],
      [/df = pd\.read_csv\(args\.data\)\n/, 'df = pd.read_csv(args.data)\n    df["exited"] = df["exited"].sample(frac=1.0).to_numpy()\n'],
    ]);
    const { item } = await expectVerdicts('04', place, { ...ALL_PASS, 'cv-score': 'fail', 'fixed-seed': 'fail', reproducible: 'fail', pytest: 'fail' });
    expect(item('fixed-seed').message).toBe('train.py: random_state=None: the seed is not fixed');
  });
});
