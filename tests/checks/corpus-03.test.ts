// Corpus for module 03 (feature engineering), every item's verdict: the transformer moved into a package
// (churnfeat/transformers.py, class ChurnFeatures), the project nested in a monorepo and built through
// `make features`, and a transformer that learns from the data it transforms. The src-layout car-price
// transformer on the project's own data is in tests/checks/discovery.test.ts.
import { join } from 'node:path';
import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { TIMEOUT, expectVerdicts, move, rewrite, solutionAt, write } from './corpus.js';

const ALL_PASS = {
  files: 'pass',
  'transformer-class': 'pass',
  'in-pipeline': 'pass',
  'pickle-round-trip': 'pass',
  'build-runs': 'pass',
  'artifact-loads': 'pass',
  'no-leakage': 'pass',
  'features-typed': 'pass',
  readme: 'pass',
  'seeded-split': 'pass',
  'requirements-pinned': 'pass',
  pytest: 'pass',
} as const;

/** Renames a class everywhere a file mentions it. */
function renameClass(path: string, from: string, to: string): void {
  writeFileSync(path, readFileSync(path, 'utf8').replaceAll(from, to));
}

describe('corpus 03: feature engineering', () => {
  it('a package: churnfeat/transformers.py with class ChurnFeatures', { timeout: TIMEOUT }, async () => {
    const place = solutionAt('03', 'feat-package', 'churn-features');
    const { dir } = place;
    move(join(dir, 'features.py'), join(dir, 'churnfeat', 'transformers.py'));
    write(dir, { 'churnfeat/__init__.py': '"""Feature engineering for the churn models."""' });
    for (const file of ['churnfeat/transformers.py', 'build_features.py', 'tests/test_features.py']) renameClass(join(dir, file), 'FeatureEngineer', 'ChurnFeatures');
    rewrite(join(dir, 'build_features.py'), [[/from features import ChurnFeatures/, 'from churnfeat.transformers import ChurnFeatures']]);
    rewrite(join(dir, 'tests', 'test_features.py'), [[/from features import ChurnFeatures/, 'from churnfeat.transformers import ChurnFeatures']]);
    const { item } = await expectVerdicts('03', place, ALL_PASS);
    expect(item('transformer-class').message).toContain('churnfeat/transformers.py');
  });

  it('nested in a monorepo and built with `make features`', { timeout: TIMEOUT }, async () => {
    const place = solutionAt('03', 'feat-monorepo', 'ml/features');
    write(place.dir, { Makefile: ['PYTHON ?= python3', '', 'features:', '\t$(PYTHON) build_features.py'] });
    rewrite(join(place.dir, 'README.md'), [[/python3? build_features\.py/g, 'make features']]);
    await expectVerdicts('03', place, ALL_PASS);
  });

  it('a transformer that fills gaps with the medians of the data it transforms', { timeout: TIMEOUT }, async () => {
    const place = solutionAt('03', 'feat-leak', 'features');
    rewrite(join(place.dir, 'features.py'), [[/\.fillna\(self\.medians_\)/, '.fillna(X[self.numeric_].astype("float64").median())']]);
    const { item } = await expectVerdicts('03', place, { ...ALL_PASS, 'no-leakage': 'fail', pytest: 'fail' });
    expect(item('no-leakage').hint).not.toBe('');
  });
});
