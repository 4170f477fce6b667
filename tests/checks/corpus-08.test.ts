// Corpus for module 08 (CI/CD), every item's verdict: a monorepo with CI and the gitleaks config at the
// git root, a workflow whose coverage threshold is an env variable and whose scans cannot fail the
// build, and a project with no workflow anywhere up to its git root.
import { join } from 'node:path';
import { rmSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { TIMEOUT, expectVerdicts, move, rewrite, solutionAt } from './corpus.js';

const ALL_PASS = {
  files: 'pass',
  'workflow-parses': 'pass',
  triggers: 'pass',
  matrix: 'pass',
  'coverage-gate': 'pass',
  'secret-scan': 'pass',
  'dependency-audit': 'pass',
  'workflow-setup': 'pass',
  'gitleaks-config': 'pass',
  pyproject: 'pass',
  readme: 'pass',
  'requirements-pinned': 'pass',
  'actions-pinned': 'pass',
  pytest: 'pass',
  'coverage-measured': 'pass',
} as const;

describe('corpus 08: CI/CD', () => {
  it('a monorepo: .github/workflows and .gitleaks.toml at the git root, the project in projects/churn-ci', { timeout: TIMEOUT }, async () => {
    const place = solutionAt('08', 'ci-monorepo', 'projects/churn-ci');
    move(join(place.dir, '.github'), join(place.root, '.github'));
    move(join(place.dir, '.gitleaks.toml'), join(place.root, '.gitleaks.toml'));
    const { item } = await expectVerdicts('08', place, ALL_PASS);
    expect(item('gitleaks-config').message).toContain('../../.gitleaks.toml');
  });

  it('the coverage threshold in env: COV_MIN, gitleaks with continue-on-error and pip-audit || true', { timeout: TIMEOUT }, async () => {
    const place = solutionAt('08', 'ci-soft', 'svc');
    rewrite(join(place.dir, '.github', 'workflows', 'ci.yml'), [
      [/^jobs:/m, 'env:\n  COV_MIN: 85\n\njobs:'],
      [/--cov-fail-under=80/, '--cov-fail-under=${{ env.COV_MIN }}'],
      [/        uses: gitleaks\/gitleaks-action@v3\n/, "        uses: gitleaks/gitleaks-action@v3\n        continue-on-error: true\n"],
      [/pip-audit -r requirements\.txt/, 'pip-audit -r requirements.txt || true'],
    ]);
    const { item } = await expectVerdicts('08', place, { ...ALL_PASS, 'secret-scan': 'fail', 'dependency-audit': 'fail' });
    expect(item('coverage-gate').message).toMatch(/85 %/);
  });

  it('no workflow up to the git root: the CI items fail or are skipped, the rest still earn their points', { timeout: TIMEOUT }, async () => {
    const place = solutionAt('08', 'ci-none', 'svc');
    rmSync(join(place.dir, '.github'), { recursive: true });
    const { result } = await expectVerdicts('08', place, {
      ...ALL_PASS,
      files: 'fail',
      'workflow-parses': 'fail',
      triggers: 'skip',
      matrix: 'skip',
      'coverage-gate': 'skip',
      'secret-scan': 'skip',
      'dependency-audit': 'skip',
      // These read the workflow file itself: not found is their own failure, said with where it was looked for.
      'workflow-setup': 'fail',
      'actions-pinned': 'fail',
    });
    expect(result.score).toBeGreaterThan(0);
  });
});
