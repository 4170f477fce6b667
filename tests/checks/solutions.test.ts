// The real engine, a real Python: every reference solution scores at least 90, and a broken copy
// loses exactly the items that grade what was broken.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ModuleId } from '../../src/core/types.js';
import { check, definition, notPassed, solutionWorkspace, testPython } from './helpers.js';

const MODULES: ModuleId[] = ['00', '01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11'];
const TIMEOUT = 240_000;

function edit(dir: string, file: string, from: string | RegExp, to: string): void {
  const path = join(dir, file);
  const before = readFileSync(path, 'utf8');
  const after = before.replace(from, to);
  if (after === before) throw new Error(`mutation did not apply to ${file}: ${String(from)}`);
  writeFileSync(path, after);
}

describe('reference solutions', () => {
  it('has a Python with every package the solutions need', () => {
    expect(testPython()).toBeTruthy();
  });

  for (const id of MODULES) {
    it(`solution ${id} scores at least 90 on its checker`, { timeout: TIMEOUT }, async () => {
      const { workspace, dir } = solutionWorkspace(id);
      const result = await check(definition(id), dir, workspace);
      const problems = result.items.filter((item) => item.status === 'fail' || item.status === 'error').map((item) => `${item.id}: ${item.message}`);
      expect(problems).toEqual([]);
      expect(result.score).toBeGreaterThanOrEqual(90);
      expect(result.passed).toBe(true);
      // DVC and Streamlit are not in Debian: only their items are "not run here", with an install hint,
      // and the score is computed over what ran.
      expect(result.items.filter((item) => item.status === 'skip').map((item) => item.id)).toEqual([]);
      for (const item of result.items.filter((item) => item.status === 'not-run')) {
        expect(['05:dvc-repro', '07:starts']).toContain(`${id}:${item.id}`);
        expect(item.hint).toMatch(/pip install (dvc|streamlit)/);
      }
      const notRun = result.items.filter((item) => item.status === 'not-run').reduce((sum, item) => sum + item.points, 0);
      expect(result.verifiedPoints).toBe(100 - notRun);
    });
  }
});

// Multi-line edits of solutions/MUTATIONS-06-11.md.
const UNTESTED = `

def retention_budget(customers: list[tuple[float, float]], cost_per_call: float) -> float:
    """Expected balance saved minus the cost of calling every high-risk customer."""
    total = 0.0
    for balance, p in customers:
        if risk_band(p) == "high":
            total += expected_loss(balance, p) - cost_per_call
    return round(total, 2)
`;
const NO_FIGURES =
  '## Evaluation\n\nThe model was evaluated with stratified cross-validation on the training split and then once on a held-out test set that it never saw. ROC AUC was chosen because the classes are imbalanced and the model ranks customers. It is clearly better than a trivial baseline, recall is acceptable at the service threshold, and results were also broken down by country and by age band.\n\n';
const PLAIN_METRICS = `"""Metrics without prometheus_client."""

from contextlib import contextmanager

COUNTS = {"requests": 0, "errors": 0}


@contextmanager
def track(endpoint):
    COUNTS["requests"] += 1
    yield
`;

const mutations: { id: ModuleId; what: string; apply: (dir: string) => void; fails: string[] }[] = [
  { id: '00', what: '.gitignore forgets mlruns/', apply: (dir) => edit(dir, '.gitignore', 'mlruns/\n', ''), fails: ['gitignore'] },
  { id: '00', what: 'check_env.py accepts any version', apply: (dir) => edit(dir, 'check_env.py', 'if sys.version_info < MIN_VERSION:', 'if False:'), fails: ['check-env-gate'] },
  { id: '01', what: 'mean() loses its return type', apply: (dir) => edit(dir, 'utils/mathops.py', 'def mean(values: Sequence[float]) -> float:', 'def mean(values: Sequence[float]):'), fails: ['mathops-typed', 'mypy'] },
  { id: '01', what: 'safe_divide divides by zero', apply: (dir) => edit(dir, 'utils/mathops.py', '    if denominator == 0:\n        return default\n', ''), fails: ['mathops-behaviour', 'pytest'] },
  {
    id: '02',
    what: 'the ETL keeps duplicated ids',
    apply: (dir) => {
      edit(dir, 'etl.py', '    df = df.drop_duplicates(subset="customer_id", keep="first")\n', '');
      edit(dir, 'etl.py', '    validate(df)\n', '');
    },
    fails: ['pytest', 'unique-ids'],
  },
  { id: '03', what: 'transform imputes with the medians of its own input', apply: (dir) => edit(dir, 'features.py', '.fillna(self.medians_)', '.fillna(X[self.numeric_].astype("float64").median())'), fails: ['no-leakage', 'pytest'] },
  { id: '04', what: 'the seed is 7, not 42', apply: (dir) => edit(dir, 'train.py', 'SEED = 42', 'SEED = 7'), fails: ['fixed-seed'] },
  { id: '05', what: 'dvc.yaml declares no metrics', apply: (dir) => edit(dir, 'dvc.yaml', /    metrics:\n      - reports\/metrics.json:\n          cache: false\n/, ''), fails: ['dvc-pipeline'] },
  // 06–11: the rows of solutions/MUTATIONS-06-11.md.
  { id: '06', what: '/predict raises', apply: (dir) => edit(dir, 'app/main.py', '    features = pd.DataFrame([as_dict(customer)])\n', '    raise RuntimeError("boom")\n'), fails: ['predict-valid', 'pytest'] },
  {
    id: '06',
    what: '/predict takes any JSON',
    apply: (dir) => {
      edit(dir, 'app/main.py', 'def predict(customer: Customer, model', 'def predict(customer: dict, model');
      edit(dir, 'app/main.py', 'pd.DataFrame([as_dict(customer)])', 'pd.DataFrame([customer])');
    },
    fails: ['predict-invalid-422', 'pytest'],
  },
  {
    id: '06',
    what: '/docs disabled and its test deleted',
    apply: (dir) => {
      edit(dir, 'app/main.py', 'description="Churn probability for one bank customer.")', 'description="Churn probability for one bank customer.", docs_url=None)');
      edit(dir, 'tests/test_api.py', /def test_docs_and_openapi[\s\S]*?(?=def test_missing_model)/, '');
    },
    fails: ['docs'],
  },
  { id: '06', what: '/health answers 500', apply: (dir) => edit(dir, 'app/main.py', '    get_model()  # the first health check', '    raise HTTPException(status_code=500, detail="down")  # the first health check'), fails: ['health', 'pytest'] },
  { id: '06', what: 'no USER', apply: (dir) => edit(dir, 'Dockerfile', 'USER appuser\n', ''), fails: ['dockerfile-non-root'] },
  { id: '06', what: 'USER root', apply: (dir) => edit(dir, 'Dockerfile', 'USER appuser\n', 'USER root\n'), fails: ['dockerfile-non-root'] },
  { id: '06', what: 'python:latest', apply: (dir) => edit(dir, 'Dockerfile', 'FROM python:3.12-slim\n', 'FROM python:latest\n'), fails: ['dockerfile-pinned'] },
  { id: '06', what: 'copies .env', apply: (dir) => edit(dir, 'Dockerfile', 'USER appuser\n', 'COPY .env ./\nUSER appuser\n'), fails: ['dockerfile-no-secrets'] },
  { id: '06', what: 'CMD without uvicorn', apply: (dir) => edit(dir, 'Dockerfile', 'CMD ["uvicorn", "app.main:app", "--host", "0.0.0.0", "--port", "8000"]', 'CMD ["python", "-m", "http.server", "8000"]'), fails: ['dockerfile-cmd'] },
  {
    id: '07',
    what: 'no cache',
    apply: (dir) => {
      edit(dir, 'dashboard.py', '@st.cache_data(ttl=30, show_spinner=False)\n', '');
      edit(dir, 'dashboard.py', '@st.cache_data(ttl=600, show_spinner=False)\n', '');
    },
    fails: ['cache'],
  },
  { id: '07', what: 'hard-coded URL', apply: (dir) => edit(dir, 'dashboard.py', 'clean_api_url(os.getenv("API_URL", "http://localhost:8000"))', 'clean_api_url("http://localhost:8000")'), fails: ['api-url'] },
  { id: '07', what: 'wrong default URL', apply: (dir) => edit(dir, 'dashboard.py', 'os.getenv("API_URL", "http://localhost:8000")', 'os.getenv("API_URL", "http://127.0.0.1:9999")'), fails: ['api-url'] },
  {
    id: '07',
    what: 'no charts',
    apply: (dir) => {
      edit(dir, 'dashboard.py', 'st.line_chart(curve)', 'st.dataframe(curve)');
      edit(dir, 'dashboard.py', 'st.bar_chart(mean_by_country(batch))', 'st.dataframe(mean_by_country(batch))');
    },
    fails: ['charts'],
  },
  { id: '08', what: 'unquoted matrix', apply: (dir) => edit(dir, '.github/workflows/ci.yml', '["3.10", "3.11", "3.12"]', '[3.10, 3.11, 3.12]'), fails: ['matrix'] },
  { id: '08', what: 'one Python only', apply: (dir) => edit(dir, '.github/workflows/ci.yml', '["3.10", "3.11", "3.12"]', '["3.12"]'), fails: ['matrix'] },
  { id: '08', what: 'no pull_request trigger', apply: (dir) => edit(dir, '.github/workflows/ci.yml', 'on: [push, pull_request]', 'on: [push]'), fails: ['triggers'] },
  { id: '08', what: 'gate at 50', apply: (dir) => edit(dir, '.github/workflows/ci.yml', '--cov-fail-under=80', '--cov-fail-under=50'), fails: ['coverage-gate'] },
  { id: '08', what: 'no gate', apply: (dir) => edit(dir, '.github/workflows/ci.yml', ' --cov-fail-under=80', ''), fails: ['coverage-gate'] },
  { id: '08', what: 'no gitleaks step', apply: (dir) => edit(dir, '.github/workflows/ci.yml', '      - name: Scan for secrets (gitleaks)\n        uses: gitleaks/gitleaks-action@v3\n        env:\n          GITHUB_TOKEN: ${{ secrets.GITHUB_TOKEN }}\n', ''), fails: ['secret-scan'] },
  { id: '08', what: 'no pip-audit step', apply: (dir) => edit(dir, '.github/workflows/ci.yml', '      - name: Audit dependencies (pip-audit)\n        run: |\n          python -m pip install pip-audit\n          pip-audit -r requirements.txt\n', ''), fails: ['dependency-audit'] },
  {
    id: '08',
    what: 'the workflow is not YAML',
    apply: (dir) => edit(dir, '.github/workflows/ci.yml', 'name: CI\n', 'name: CI\nbad: [unclosed\n'),
    // The items that read the parsed workflow are skipped ("needs workflow-parses"), not failed.
    fails: ['workflow-parses', 'triggers', 'matrix', 'coverage-gate', 'secret-scan', 'dependency-audit'],
  },
  { id: '08', what: 'untested code (77 % coverage)', apply: (dir) => edit(dir, 'src/churnkit/scoring.py', '    return round(balance * validate_probability(p), 2)\n', '    return round(balance * validate_probability(p), 2)\n' + UNTESTED), fails: ['coverage-measured'] },
  { id: '08', what: 'a failing test', apply: (dir) => edit(dir, 'tests/test_scoring.py', 'assert expected_loss(1000.0, 0.25) == 250.0', 'assert expected_loss(1000.0, 0.25) == 251.0'), fails: ['pytest'] },
  { id: '09', what: 'model card loses Limitations', apply: (dir) => edit(dir, 'MODEL_CARD.md', '## Limitations\n', '## Appendix\n'), fails: ['model-card-sections'] },
  // "Caveats and recommendations" is Model Cards' own name for limitations: a renamed section still counts.
  { id: '09', what: 'limitations under Model Cards\' name', apply: (dir) => edit(dir, 'MODEL_CARD.md', '## Limitations\n', '## Caveats and recommendations\n'), fails: [] },
  { id: '09', what: 'dataset card loses Distribution', apply: (dir) => edit(dir, 'DATASET_CARD.md', /## Distribution\n[\s\S]*?(?=## Maintenance)/, ''), fails: ['dataset-card-sections'] },
  { id: '09', what: 'a TODO left', apply: (dir) => edit(dir, 'MODEL_CARD.md', '- **Date:** 2026-11-26.', '- **Date:** TODO.'), fails: ['model-facts', 'no-placeholders'] },
  { id: '09', what: 'a template field left', apply: (dir) => edit(dir, 'MODEL_CARD.md', '- **License:** MIT, like the rest of the course material.', '- **License:** <license>'), fails: ['no-placeholders'] },
  { id: '09', what: 'evaluation without figures', apply: (dir) => edit(dir, 'MODEL_CARD.md', /## Evaluation\n[\s\S]*?(?=## Ethical)/, NO_FIGURES), fails: ['evaluation-figures'] },
  { id: '09', what: 'a one-word section', apply: (dir) => edit(dir, 'DATASET_CARD.md', /## Maintenance\n[\s\S]*$/, '## Maintenance\n\nYes.\n'), fails: ['substance'] },
  { id: '10', what: 'plain-text logs', apply: (dir) => edit(dir, 'observability/logging_config.py', '        return json.dumps(payload, default=str, ensure_ascii=False)', "        return f\"{payload['timestamp']} {payload['level']} {payload['message']}\""), fails: ['json-logs', 'pytest'] },
  { id: '10', what: 'no timestamp', apply: (dir) => edit(dir, 'observability/logging_config.py', '            "timestamp": datetime.fromtimestamp(record.created, tz=timezone.utc).isoformat(),\n', ''), fails: ['json-logs', 'pytest'] },
  { id: '10', what: 'alert never fires', apply: (dir) => edit(dir, 'alerts.py', '    return 1 if breached else 0', '    return 0'), fails: ['alert-breach', 'pytest'] },
  { id: '10', what: 'alert always fires', apply: (dir) => edit(dir, 'alerts.py', '    breached = args.error_rate > args.threshold', '    breached = True'), fails: ['alert-no-breach', 'pytest'] },
  { id: '10', what: 'drift never flagged', apply: (dir) => edit(dir, 'drift.py', '    return 1 if any(r["drift"] for r in results) else 0', '    return 0'), fails: ['drift-shifted', 'pytest'] },
  { id: '10', what: 'drift always flagged', apply: (dir) => edit(dir, 'drift.py', '            drift = psi >= psi_threshold and p_value < alpha', '            drift = True'), fails: ['drift-unshifted', 'pytest'] },
  {
    id: '10',
    what: 'no Prometheus metrics and no /metrics',
    apply: (dir) => {
      edit(dir, 'observability/metrics.py', /[\s\S]+/, PLAIN_METRICS);
      edit(dir, 'app.py', /\n\n@app\.get\("\/metrics"\)[\s\S]*$/, '\n');
      edit(dir, 'app.py', 'from prometheus_client import CONTENT_TYPE_LATEST, generate_latest\n', '');
      edit(dir, 'app.py', '   (then GET /metrics)', '');
    },
    fails: ['metrics', 'pytest'],
  },
  { id: '11', what: 'calendar loses quarterly', apply: (dir) => edit(dir, 'MAINTENANCE_GUIDE.md', /### Quarterly[\s\S]*?(?=## Model release process)/, ''), fails: ['maintenance-guide'] },
  { id: '11', what: 'no dependency update process', apply: (dir) => edit(dir, 'MAINTENANCE_GUIDE.md', /## Dependency update process[\s\S]*?(?=## Review calendar)/, ''), fails: ['maintenance-guide'] },
  { id: '11', what: 'runbook without escalation', apply: (dir) => edit(dir, 'RUNBOOK.md', /[Ee]scalat\w*/g, 'Follow-up'), fails: ['runbook'] },
  { id: '11', what: 'a reference prediction edited', apply: (dir) => edit(dir, 'reference/predictions.csv', '4,0.40110405137743194', '4,0.50110405137743194'), fails: ['regression-tests', 'pytest'] },
  { id: '11', what: 'validate.py demands ROC AUC 0.90', apply: (dir) => edit(dir, 'scripts/validate.py', 'MIN_ROC_AUC = 0.70', 'MIN_ROC_AUC = 0.90'), fails: ['validate-runs', 'pytest'] },
  // A validator that checks nothing exits 0 like a good one: only behaviour on broken data tells them apart.
  { id: '11', what: 'a validate.py that checks nothing', apply: (dir) => writeFileSync(join(dir, 'scripts', 'validate.py'), '"""Validation."""\nimport sys\n\nif __name__ == "__main__":\n    sys.exit(0)\n'), fails: ['regression-tests', 'validate-refuses-bad-data', 'pytest'] },
  { id: '11', what: 'bad data (age 150)', apply: (dir) => edit(dir, 'data/reference.csv', '4,45,France,155664.82,8,1,0,0', '4,150,France,155664.82,8,1,0,0'), fails: ['validate-runs', 'regression-tests', 'pytest'] },
];

describe('broken copies of the solutions', () => {
  for (const mutation of mutations) {
    it(`${mutation.id}: ${mutation.what} → fails ${mutation.fails.join(', ')}`, { timeout: TIMEOUT }, async () => {
      const { workspace, dir } = solutionWorkspace(mutation.id);
      mutation.apply(dir);
      const result = await check(definition(mutation.id), dir, workspace);
      // dvc and streamlit are not on the test machine: their items are "not run", nothing else may be.
      const optional = (id: string) => (id === 'dvc-repro' || id === 'starts') && result.items.find((item) => item.id === id)?.status === 'not-run';
      const lost = notPassed(result).filter((id) => !optional(id));
      expect(lost).toEqual([...mutation.fails].sort());
      for (const id of mutation.fails) expect(result.items.find((item) => item.id === id)?.hint).not.toBe('');
    });
  }
});
