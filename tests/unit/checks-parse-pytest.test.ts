import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { failedCount, passedCount, rootCause, summaryCounts } from '../../src/checks/parse/pytest-output.js';

// Fixtures named *-pytest7.txt are real pytest 7.2 output of small test files written for this suite
// (paths rewritten); the pytest 8/9 ones are written by hand in those versions' format.
const out = (name: string): string =>
  readFileSync(new URL(`../fixtures/parse/pytest/${name}.txt`, import.meta.url), 'utf8');

describe('rootCause', () => {
  it('gives the first collection error\'s E line and the missing module, not "Interrupted: 6 errors"', () => {
    expect(rootCause(out('collect-src-layout-pytest8'))).toEqual({
      code: 'pytest.collection-error',
      args: {
        file: 'tests/test_api.py',
        error: "ModuleNotFoundError: No module named 'mlflow'",
        count: 6,
        module: 'mlflow',
      },
      excerpt: "ModuleNotFoundError: No module named 'mlflow'",
    });
  });

  it('reads collection errors in pytest 7 output, default and -q', () => {
    for (const name of ['collect-pytest7', 'collect-q-pytest7']) {
      expect(rootCause(out(name))).toMatchObject({
        code: 'pytest.collection-error',
        args: { file: 'test_api.py', count: 2, module: 'mlflow_tracking_missing_pkg' },
      });
    }
  });

  it('takes the exception line of a SyntaxError, not the File "…" line above it', () => {
    const onlySyntax = out('collect-pytest7').replace(
      /_+ ERROR collecting test_api\.py _+[\s\S]*?(?=_+ ERROR collecting test_syntax)/,
      '',
    );
    expect(rootCause(onlySyntax)).toMatchObject({
      code: 'pytest.collection-error',
      args: { file: 'test_syntax.py', error: 'SyntaxError: invalid syntax' },
    });
  });

  it('says pytest-cov is missing when pytest rejects --cov options', () => {
    expect(rootCause(out('usage-cov-missing-pytest8'))).toMatchObject({
      code: 'pytest.cov-plugin-missing',
      args: { arguments: '--cov=src/fraud_service --cov-report=term-missing --cov-fail-under=80' },
    });
    expect(rootCause(out('usage-pytest7'))).toMatchObject({
      code: 'pytest.usage-error',
      args: { message: 'unrecognized arguments: --frobnicate=1' },
    });
  });

  it('reports a test path that does not exist before "no tests ran"', () => {
    expect(rootCause(out('notfound-pytest7'))).toEqual({
      code: 'pytest.path-not-found',
      args: { path: 'tests/' },
      excerpt: 'ERROR: file or directory not found: tests/',
    });
  });

  it('reports a conftest that fails to import, with the module', () => {
    expect(rootCause(out('conftest-pytest7'))).toEqual({
      code: 'pytest.conftest-import-error',
      args: {
        file: '/home/ana/churn-api/tests/conftest.py',
        error: "ModuleNotFoundError: No module named 'app'",
        module: 'app',
      },
      excerpt: "ModuleNotFoundError: No module named 'app'",
    });
  });

  it('tells a missing fixture from a fixture that raised', () => {
    const fixture = out('fixture-pytest7');
    expect(rootCause(fixture)).toMatchObject({
      code: 'pytest.fixture-error',
      args: {
        test: 'test_predicts',
        error: 'FileNotFoundError: models/model.joblib not found; run `make train` first',
      },
    });
    const onlyMissing = fixture.replace(
      /_+ ERROR at setup of test_predicts _+[\s\S]*?(?=_+ ERROR at setup of test_uses_missing)/,
      '',
    );
    expect(rootCause(onlyMissing)).toEqual({
      code: 'pytest.fixture-not-found',
      args: { fixture: 'client', test: 'test_uses_missing' },
      excerpt: "fixture 'client' not found",
    });
  });

  it('reports an interrupted session with its reason', () => {
    expect(rootCause(out('interrupt-pytest7'))).toMatchObject({
      code: 'pytest.interrupted',
      args: { reason: 'dataset not downloaded' },
    });
  });

  it('names the first failing test, its error and place, and how many failed', () => {
    expect(rootCause(out('mixed-pytest7'))).toEqual({
      code: 'pytest.test-failed',
      args: { test: 'test_f1', error: 'AssertionError: f1 below threshold', location: 'test_metrics.py:8', count: 1 },
      excerpt: 'AssertionError: f1 below threshold',
    });
    expect(rootCause(out('xdist-pytest8'))).toMatchObject({
      code: 'pytest.test-failed',
      args: {
        test: 'test_model_quality',
        error: 'assert 31250.4 < 25000',
        location: 'tests/test_quality.py:18',
        count: 2,
      },
    });
  });

  it('falls back to the short summary when tracebacks are off (--tb=no)', () => {
    const tbNo =
      '..F\n=========================== short test summary info ============================\nFAILED tests/test_api.py::test_predict_422 - assert 200 == 422\n1 failed, 2 passed in 0.52s\n';
    expect(rootCause(tbNo)).toMatchObject({
      code: 'pytest.test-failed',
      args: { test: 'tests/test_api.py::test_predict_422', error: 'assert 200 == 422', count: 1 },
    });
  });

  it('reports a missed coverage threshold when every test passed', () => {
    expect(rootCause(out('cov-pytest7'))).toEqual({
      code: 'pytest.coverage-below',
      args: { required: '90', total: '66.67' },
      excerpt: 'FAIL Required test coverage of 90% not reached. Total coverage: 66.67%',
    });
  });

  it('reports a run that collected nothing, a crash inside a plugin, and nothing for a clean run', () => {
    expect(rootCause(out('none-pytest7'))).toMatchObject({ code: 'pytest.no-tests', excerpt: 'no tests ran in 0.01s' });
    expect(rootCause(out('internal-error-pytest8'))).toMatchObject({
      code: 'pytest.internal-error',
      args: { error: 'TypeError: The only supported seed types are: None, int, float, str, bytes, and bytearray.' },
    });
    expect(rootCause(out('passed-q-pytest9'))).toBeUndefined();
  });

  it('ignores colour codes', () => {
    expect(rootCause('\u001b[31mE   ModuleNotFoundError\u001b[0m\n') ?? null).toBeNull();
    const coloured = out('collect-src-layout-pytest8').replace(
      'ERROR collecting tests/test_api.py',
      '\u001b[31m\u001b[1mERROR collecting tests/test_api.py\u001b[0m',
    );
    expect(rootCause(coloured)?.args.file).toBe('tests/test_api.py');
  });
});

describe('summary counts', () => {
  it('reads pytest 7–9 summary lines with and without rules, and -q', () => {
    expect(summaryCounts(out('mixed-pytest7'))).toEqual({
      passed: 2,
      failed: 1,
      errors: 0,
      skipped: 1,
      xfailed: 0,
      xpassed: 0,
      warnings: 1,
      deselected: 0,
      rerun: 0,
      noTests: false,
      seconds: 0.04,
    });
    expect(summaryCounts(out('mixed-q-pytest7'))).toMatchObject({ passed: 2, failed: 1, skipped: 1, warnings: 1 });
    expect(summaryCounts(out('xdist-pytest8'))).toMatchObject({
      passed: 44,
      failed: 2,
      skipped: 1,
      xfailed: 1,
      warnings: 12,
      seconds: 75.12,
    });
    expect(summaryCounts(out('collect-src-layout-pytest8'))).toMatchObject({ errors: 6, passed: 0 });
    expect(summaryCounts(out('none-pytest7'))).toMatchObject({ noTests: true, passed: 0 });
    expect(summaryCounts('5 passed, 1 warning in 0.3s')).toMatchObject({ passed: 5, warnings: 1, seconds: 0.3 });
    expect(summaryCounts('=== 3 failed, 2 passed ===')).toMatchObject({ failed: 3, passed: 2 });
    expect(summaryCounts('===== 1 passed, 2 deselected, 1 rerun, 1 xpassed in 2.10s =====')).toMatchObject({
      passed: 1,
      deselected: 2,
      rerun: 1,
      xpassed: 1,
    });
  });

  it('passedCount and failedCount come from the last summary line; no summary is undefined', () => {
    expect(passedCount(out('passed-q-pytest9'))).toBe(8);
    expect(failedCount(out('passed-q-pytest9'))).toBe(0);
    expect(failedCount(out('xdist-pytest8'))).toBe(2);
    expect(passedCount(out('usage-cov-missing-pytest8'))).toBeUndefined();
    expect(passedCount('test 5 passed by hand\n')).toBeUndefined();
  });
});
