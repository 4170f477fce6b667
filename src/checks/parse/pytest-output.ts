// Reading a pytest run the way a reviewer does: the first thing that went wrong, not the last line.
// "Interrupted: 6 errors during collection" says little; the `E   ModuleNotFoundError: No module named
// 'mlflow'` line inside the first collection error says what to install. Formats of pytest 7, 8 and 9.
import type { FindingArgs } from './finding.js';

/**
 * Root-cause codes, most fundamental first (args in braces):
 * - `pytest.cov-plugin-missing` {arguments}: pytest rejected `--cov…` options: pytest-cov is not installed.
 * - `pytest.usage-error` {message}: pytest rejected its command line (another unknown option, bad ini).
 * - `pytest.path-not-found` {path}: a test path given to pytest does not exist.
 * - `pytest.conftest-import-error` {file, error, module?}: a conftest.py failed to import.
 * - `pytest.internal-error` {error}: pytest or a plugin crashed (INTERNALERROR).
 * - `pytest.collection-error` {file, error, count, module?}: the first of {count} test files that failed
 *   to import; error is its `E` line (ModuleNotFoundError, SyntaxError…).
 * - `pytest.interrupted` {reason}: the session stopped early (`pytest.exit(…)`, KeyboardInterrupt, -x after
 *   an error) without a collection error to blame.
 * - `pytest.fixture-not-found` {fixture, test}: a test asks for a fixture nobody defines.
 * - `pytest.fixture-error` {test, error}: a fixture raised while setting a test up.
 * - `pytest.test-failed` {test, error, location, count}: the first of {count} failing tests, its first `E`
 *   line and where (`tests/test_quality.py:18`).
 * - `pytest.coverage-below` {required, total}: every test passed but pytest-cov's threshold was missed.
 * - `pytest.no-tests` {}: pytest collected nothing (exit code 5).
 * {module} is set when the error is `ModuleNotFoundError: No module named 'x'` (the top-level package,
 * e.g. "mlflow" for 'mlflow.sklearn'), so a checker can call the item "not run here" with an install hint.
 */
export type RootCauseCode =
  | 'pytest.cov-plugin-missing'
  | 'pytest.usage-error'
  | 'pytest.path-not-found'
  | 'pytest.conftest-import-error'
  | 'pytest.internal-error'
  | 'pytest.collection-error'
  | 'pytest.interrupted'
  | 'pytest.fixture-not-found'
  | 'pytest.fixture-error'
  | 'pytest.test-failed'
  | 'pytest.coverage-below'
  | 'pytest.no-tests';

export interface RootCause {
  code: RootCauseCode;
  args: FindingArgs;
  /** The output line that says it, as pytest printed it (without the `E   ` prefix). */
  excerpt: string;
}

const stripAnsi = (text: string): string => text.replace(/\u001b\[[0-9;]*[A-Za-z]/g, '');
const eLine = (line: string): string => line.replace(/^E\s+/, '').trim();

/** An `E` line that names an exception (`ModuleNotFoundError: …`, `SyntaxError: …`), else the first `E` line. */
function firstError(lines: string[]): string | undefined {
  const errors = lines.filter((line) => /^E\s/.test(line));
  const named = errors.find((line) => /^E\s+([\w.]+(Error|Exception|Exit|Interrupt|Warning)|Failed|[\w.]+Error):?/.test(line) && !/^E\s+File "/.test(line));
  const chosen = named ?? errors[0];
  return chosen === undefined ? undefined : eLine(chosen);
}

/** "mlflow" from "ModuleNotFoundError: No module named 'mlflow.sklearn'". */
const missingModule = (error: string | undefined): string | undefined => /No module named '([^'.]+)/.exec(error ?? '')?.[1];

const withModule = (args: FindingArgs, error: string | undefined): FindingArgs => {
  const module = missingModule(error);
  return module ? { ...args, module } : args;
};

/** Sections of the report: the lines between a `____ title ____` header and the next header or `====` rule. */
function sections(lines: string[]): Array<{ title: string; body: string[] }> {
  const out: Array<{ title: string; body: string[] }> = [];
  let current: { title: string; body: string[] } | undefined;
  for (const line of lines) {
    const header = /^_{3,}\s+(.+?)\s+_{3,}$/.exec(line);
    if (header) {
      current = { title: header[1]!, body: [] };
      out.push(current);
    } else if (/^={3,}/.test(line)) current = undefined;
    else current?.body.push(line);
  }
  return out;
}

/** The first meaningful error of a pytest run, or undefined when it passed cleanly. */
export function rootCause(output: string): RootCause | undefined {
  const text = stripAnsi(output).replace(/\r\n?/g, '\n');
  const lines = text.split('\n');

  const unrecognised = lines.find((line) => /error: unrecognized arguments:/.test(line));
  if (unrecognised) {
    const args = unrecognised.replace(/^.*unrecognized arguments:\s*/, '').trim();
    if (/(^|\s)--(no-)?cov\b/.test(args)) return { code: 'pytest.cov-plugin-missing', args: { arguments: args }, excerpt: unrecognised.trim() };
    return { code: 'pytest.usage-error', args: { message: unrecognised.replace(/^[^:]*:\s*error:\s*/, '').trim() }, excerpt: unrecognised.trim() };
  }
  const usage = lines.findIndex((line) => /^ERROR: usage:/.test(line));
  if (usage >= 0) {
    const message = lines.slice(usage + 1).find((line) => /error:/.test(line)) ?? lines[usage]!;
    return { code: 'pytest.usage-error', args: { message: message.replace(/^[^:]*:\s*error:\s*/, '').trim() }, excerpt: message.trim() };
  }
  const notFound = lines.find((line) => /^ERROR: (file or directory not found|file not found|module or package not found):/.test(line));
  if (notFound) return { code: 'pytest.path-not-found', args: { path: notFound.replace(/^ERROR: [^:]+:\s*/, '').trim() }, excerpt: notFound.trim() };

  const conftest = lines.findIndex((line) => /^ImportError while loading conftest/.test(line));
  if (conftest >= 0) {
    const file = /conftest '([^']+)'/.exec(lines[conftest]!)?.[1] ?? 'conftest.py';
    const error = firstError(lines.slice(conftest + 1)) ?? lines[conftest]!.trim();
    return { code: 'pytest.conftest-import-error', args: withModule({ file, error }, error), excerpt: error };
  }
  const internal = lines.filter((line) => line.startsWith('INTERNALERROR>'));
  if (internal.length) {
    const error = internal.map((line) => line.replace(/^INTERNALERROR>\s?/, '')).reverse().find((line) => /^[\w.]+(Error|Exception)\b/.test(line.trim()))?.trim() ?? internal.at(-1)!.replace(/^INTERNALERROR>\s?/, '').trim();
    return { code: 'pytest.internal-error', args: { error }, excerpt: error };
  }

  const all = sections(lines);
  const collecting = all.filter((s) => /^ERROR collecting /.test(s.title));
  if (collecting.length) {
    const first = collecting[0]!;
    const file = first.title.replace(/^ERROR collecting /, '');
    const error = firstError(first.body) ?? first.body.find((line) => line.trim())?.trim() ?? first.title;
    const interrupted = /Interrupted: (\d+) errors? during collection/.exec(text)?.[1];
    const count = interrupted ? Number(interrupted) : collecting.length;
    return { code: 'pytest.collection-error', args: withModule({ file, error, count }, error), excerpt: error };
  }

  const exit = lines.find((line) => /^!{3,}.*!{3,}$/.test(line) && !/Interrupted: \d+ errors? during collection/.test(line));
  if (exit) {
    const reason = exit.replace(/^!+\s*|\s*!+$/g, '').replace(/^_pytest\.outcomes\.Exit:\s*/, '').trim();
    // `-x` / --maxfail prints "stopping after 1 failures": the failure below is the cause, not the stop.
    if (!/stopping after \d+ failures?/.test(reason)) return { code: 'pytest.interrupted', args: { reason }, excerpt: exit.trim() };
  }

  const setupErrors = all.filter((s) => /^ERROR at (setup|teardown) of /.test(s.title));
  if (setupErrors.length) {
    const first = setupErrors[0]!;
    const test = first.title.replace(/^ERROR at (setup|teardown) of /, '');
    const missing = first.body.map((line) => /^E\s+fixture '([^']+)' not found/.exec(line)?.[1]).find((name) => name !== undefined);
    if (missing) return { code: 'pytest.fixture-not-found', args: { fixture: missing, test }, excerpt: `fixture '${missing}' not found` };
    const error = firstError(first.body) ?? first.title;
    return { code: 'pytest.fixture-error', args: withModule({ test, error }, error), excerpt: error };
  }

  const failures = all.filter((s) => !/^ERROR /.test(s.title) && s.body.some((line) => /^E\s/.test(line)));
  const failedCountTotal = failedCount(text);
  if (failures.length || failedCountTotal) {
    const first = failures[0];
    const summary = lines.find((line) => /^FAILED /.test(line));
    const test = first?.title ?? summary?.replace(/^FAILED\s+/, '').replace(/\s+-\s+.*$/, '') ?? '';
    const error = (first && firstError(first.body)) ?? summary?.replace(/^FAILED\s+\S+\s+-\s+/, '') ?? '';
    const location = first?.body.map((line) => /^([\w./\\-]+\.py):(\d+):\s/.exec(line)?.slice(1, 3).join(':')).find((l) => l !== undefined) ?? '';
    return { code: 'pytest.test-failed', args: { test, error, location, count: failedCountTotal ?? failures.length }, excerpt: error };
  }

  const coverage = lines.find((line) => /^FAIL Required test coverage of/.test(line));
  if (coverage) {
    const match = /coverage of ([\d.]+)% not reached\. Total coverage: ([\d.]+)%/.exec(coverage);
    return { code: 'pytest.coverage-below', args: { required: match?.[1] ?? '', total: match?.[2] ?? '' }, excerpt: coverage.trim() };
  }
  const counts = summaryCounts(text);
  if ((counts && counts.noTests) || /^collected 0 items\s*$/m.test(text)) {
    if (!counts || counts.passed + counts.failed + counts.errors === 0) return { code: 'pytest.no-tests', args: {}, excerpt: lines.find((line) => /no tests ran/.test(line))?.replace(/=+/g, '').trim() ?? 'collected 0 items' };
  }
  return undefined;
}

export interface SummaryCounts {
  passed: number;
  failed: number;
  errors: number;
  skipped: number;
  xfailed: number;
  xpassed: number;
  warnings: number;
  deselected: number;
  rerun: number;
  /** "no tests ran". */
  noTests: boolean;
  seconds?: number | undefined;
}

const SUMMARY = /^(?:=+\s+)?((?:\d+\s+(?:passed|failed|errors?|skipped|xfailed|xpassed|warnings?|deselected|rerun)(?:,\s*)?)+|no tests ran)(?:\s+in\s+([\d.]+)s(?:\s+\([\d:]+\))?)?(?:\s+=+)?\s*$/;

/** The counts of pytest's final summary line (`=== 3 failed, 2 passed in 0.3s ===`, `-q`'s bare line). */
export function summaryCounts(output: string): SummaryCounts | undefined {
  const lines = stripAnsi(output).split(/\r?\n/);
  for (let i = lines.length - 1; i >= 0; i--) {
    const match = SUMMARY.exec(lines[i]!.trim());
    if (!match) continue;
    const counts: SummaryCounts = { passed: 0, failed: 0, errors: 0, skipped: 0, xfailed: 0, xpassed: 0, warnings: 0, deselected: 0, rerun: 0, noTests: match[1] === 'no tests ran' };
    for (const part of match[1]!.matchAll(/(\d+)\s+(passed|failed|errors?|skipped|xfailed|xpassed|warnings?|deselected|rerun)/g)) {
      const n = Number(part[1]);
      const key = part[2]!.startsWith('error') ? 'errors' : part[2]!.startsWith('warning') ? 'warnings' : (part[2] as keyof SummaryCounts);
      (counts[key as 'passed'] as number) += n;
    }
    if (match[2]) counts.seconds = Number(match[2]);
    return counts;
  }
  return undefined;
}

/** Tests that passed, from the summary line; undefined when there is no summary line. */
export const passedCount = (output: string): number | undefined => summaryCounts(output)?.passed;
/** Tests that failed (errors are counted apart, see {@link summaryCounts}). */
export const failedCount = (output: string): number | undefined => summaryCounts(output)?.failed;
