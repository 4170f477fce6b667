// The real engine, a real Python: every reference solution scores at least 90, and a broken copy
// loses exactly the items that grade what was broken.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ModuleId } from '../../src/core/types.js';
import { check, definition, notPassed, solutionWorkspace, testPython } from './helpers.js';

const MODULES: ModuleId[] = ['00', '01', '02', '03', '04', '05'];
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
      expect(result.level.en).toBe('Staff/Principal');
    });
  }
});

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
  { id: '03', what: 'transform imputes with the medians of its own input', apply: (dir) => edit(dir, 'features.py', '.fillna(self.medians_)', '.fillna(X[self.numeric_].astype("float64").median())'), fails: ['no-leakage'] },
  { id: '04', what: 'the seed is 7, not 42', apply: (dir) => edit(dir, 'train.py', 'SEED = 42', 'SEED = 7'), fails: ['fixed-seed'] },
  { id: '05', what: 'dvc.yaml declares no metrics', apply: (dir) => edit(dir, 'dvc.yaml', /    metrics:\n      - reports\/metrics.json:\n          cache: false\n/, ''), fails: ['dvc-pipeline'] },
];

describe('broken copies of the solutions', () => {
  for (const mutation of mutations) {
    it(`${mutation.id}: ${mutation.what} → fails ${mutation.fails.join(', ')}`, { timeout: TIMEOUT }, async () => {
      const { workspace, dir } = solutionWorkspace(mutation.id);
      mutation.apply(dir);
      const result = await check(definition(mutation.id), dir, workspace);
      // dvc is optional on the test machine: its item may skip, nothing else may.
      const lost = notPassed(result).filter((id) => !(id === 'dvc-repro' && result.items.find((item) => item.id === id)?.status === 'skip'));
      expect(lost).toEqual([...mutation.fails].sort());
      for (const id of mutation.fails) expect(result.items.find((item) => item.id === id)?.hint).not.toBe('');
    });
  }
});
