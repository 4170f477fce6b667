// coverage: line coverage measured for real with pytest-cov.
import { join } from 'node:path';
import { isDir, readLearnerFile } from '../files.js';
import { runProcess } from '../process.js';
import { fail, pass, type KindContext, type Outcome } from '../types.js';
import { combinedOutput, type Of } from './shared.js';

/**
 * Coverage measured for real: pytest with pytest-cov into a data file in the scratch folder, then
 * `coverage json` (Debian 12's pytest-cov 4.0 has no --cov-report=json) and totals.percent_covered.
 * Failing tests do not stop the measurement (the pytest item grades them).
 */
export async function coverage(item: Of<'coverage'>, ctx: KindContext): Promise<Outcome> {
  const scratch = ctx.env.TMPDIR ?? ctx.dir;
  const dataFile = join(scratch, 'mlops-tutor.coverage');
  const jsonFile = join(scratch, 'mlops-tutor-coverage.json');
  const env = { ...ctx.env, COVERAGE_FILE: dataFile };
  const deadline = Date.now() + ctx.timeoutMs;
  const options = () => ({ cwd: ctx.dir, timeoutMs: Math.max(1000, deadline - Date.now()), env, signal: ctx.signal, tracking: ctx.tracking });
  // A project without the lesson's src/ folder is measured as a whole (flat layout).
  const source = isDir(join(ctx.dir, item.source)) ? item.source : '.';
  const tests = await runProcess([ctx.python!, '-m', 'pytest', '-q', `--cov=${source}`, '--cov-report=', ...item.args], options());
  const output = combinedOutput(tests, ctx);
  if (tests.aborted) return { status: 'error', message: ctx.t.interrupted, output };
  if (tests.timedOut) return fail(ctx.t.msg.timedOut(Math.round(ctx.timeoutMs / 1000)), output);
  // 0: passed, 1: some tests failed; anything else (no tests, usage error) measured nothing useful.
  if (tests.exitCode !== 0 && tests.exitCode !== 1) return fail(ctx.t.msg.coverageNotRun(String(tests.exitCode), output.split('\n').filter(Boolean).slice(-2).join(' ⏎ ').slice(0, 300)), output);
  const report = await runProcess([ctx.python!, '-m', 'coverage', 'json', '-o', jsonFile], options());
  if (report.aborted) return { status: 'error', message: ctx.t.interrupted, output };
  const got = readLearnerFile(scratch, 'mlops-tutor-coverage.json');
  let percent: number | undefined;
  try {
    percent = got.ok ? Number((JSON.parse(got.text) as { totals?: { percent_covered?: number } }).totals?.percent_covered) : undefined;
  } catch {
    percent = undefined;
  }
  if (percent === undefined || !Number.isFinite(percent)) return fail(ctx.t.msg.coverageNotRun(String(report.exitCode), combinedOutput(report, ctx).split('\n').filter(Boolean).slice(-1).join('').slice(0, 300)), output);
  const rounded = Math.round(percent * 10) / 10;
  return percent >= item.min ? pass(ctx.t.msg.coverage(rounded, item.min), output) : fail(ctx.t.msg.coverage(rounded, item.min), output);
}
