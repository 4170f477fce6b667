// command: run one of the learner's programs and judge its exit code, output, parsed figure and the
// files it must leave behind.
import { join, resolve } from 'node:path';
import { locateOutputs } from '../discovery/refs.js';
import { fileExists, inside } from '../files.js';
import { runProcess, type RunResult } from '../process.js';
import { installHint } from '../install-hints.js';
import { describeFinding } from '../parse/messages.js';
import { rootCause } from '../parse/pytest-output.js';
import { inSandbox } from '../sandbox.js';
import { fail, pass, type KindContext, type Outcome } from '../types.js';
import { combinedOutput, expandArgv, isProjectModule, missingModuleIn, tail, type Of } from './shared.js';

/** The failure of a run that did not end normally, or undefined when it exited. */
export function abnormal(result: RunResult, argv: string[], ctx: KindContext): Outcome | undefined {
  const output = combinedOutput(result, ctx);
  if (result.notFound) return fail(ctx.t.msg.programMissing(argv[0]!), output);
  if (result.timedOut) return fail(ctx.t.msg.timedOut(Math.round(ctx.timeoutMs / 1000)), output);
  if (result.aborted) return { status: 'error', message: ctx.t.interrupted, output };
  return undefined;
}

export async function run(argv: string[], cwd: string | undefined, ctx: KindContext): Promise<RunResult> {
  return runProcess(argv, { cwd: cwd ? (inside(ctx.dir, cwd) ?? ctx.dir) : ctx.dir, timeoutMs: ctx.timeoutMs, env: ctx.env, signal: ctx.signal, tracking: ctx.tracking });
}

/** Did the command exit as the item expects? */
const exitMatches = (expected: number | 'non-zero', got: number | null) => (expected === 'non-zero' ? got !== 0 && got !== null : got === expected);

export async function command(item: Of<'command'>, ctx: KindContext): Promise<Outcome> {
  const argv = expandArgv(item.argv, ctx);
  if (item.sandbox) return sandboxed(item, argv, ctx);
  const result = await run(argv, item.cwd, ctx);
  const early = abnormal(result, argv, ctx);
  if (early) return early;
  const output = combinedOutput(result, ctx);
  if (!exitMatches(item.exitCode, result.exitCode)) return pytestOutcome(argv, output, ctx) ?? missingPackage(output, ctx) ?? fail(`${ctx.t.msg.exitCode(String(item.exitCode), String(result.exitCode))}${tail(output)}`, output);
  if (item.output && !new RegExp(item.output.regex, `m${item.output.flags ?? ''}`).test(output))
    return fail(ctx.t.msg.outputMissing(item.output.label ?? `/${item.output.regex}/`), output);
  const created = await locateOutputs(item.creates, ctx.project);
  const notCreated = created.paths.filter((file) => !fileExists(ctx.dir, file));
  if (created.missing.length) return fail(created.missing.join('; '), output);
  if (notCreated.length) return fail(ctx.t.msg.notCreated(notCreated.join(', ')), output);
  if (item.figure) {
    const label = item.figure.label ?? `/${item.figure.regex}/`;
    const match = new RegExp(item.figure.regex, 'm').exec(output);
    const value = match ? Number(match[1]) : NaN;
    if (!Number.isFinite(value)) return pytestOutcome(argv, output, ctx) ?? fail(ctx.t.msg.figureMissing(label), output);
    const text = ctx.t.msg.figure(label, value, item.figure.min);
    return value >= item.figure.min ? pass(text, output) : fail(text, output);
  }
  return pass(ctx.t.msg.ok, output);
}


/** The command run on a copy of the project with some files replaced: it must exit as the item says. */
async function sandboxed(item: Of<'command'>, argv: string[], ctx: KindContext): Promise<Outcome> {
  const replaced = item.sandbox!.replace;
  const what = replaced.map((entry) => `${entry.file} (${entry.label[ctx.lang]})`).join(', ');
  const result = await inSandbox(ctx.dir, ctx.project.files(), ctx.env.TMPDIR ?? join(ctx.dir, '.mlops-tutor-tmp'), replaced, (copy) =>
    runProcess(argv, { cwd: item.cwd ? resolve(copy, item.cwd) : copy, timeoutMs: ctx.timeoutMs, env: ctx.env, signal: ctx.signal, tracking: ctx.tracking }),
  );
  if (!result) return { status: 'error', message: ctx.t.msg.sandboxFailed };
  const early = abnormal(result, argv, ctx);
  if (early) return early;
  const output = combinedOutput(result, ctx);
  const text = ctx.t.msg.sandboxExit(what, String(result.exitCode));
  return exitMatches(item.exitCode, result.exitCode) ? pass(text, output) : fail(`${text}${tail(output)}`, output);
}

/**
 * A script that stopped on `ModuleNotFoundError` for a third-party package (dvc, mlflow) could not run
 * here: "not run" with how to install it, not a failure of the learner's code.
 */
function missingPackage(output: string, ctx: KindContext): Outcome | undefined {
  const last = output.split('\n').filter((line) => line.trim()).at(-1) ?? '';
  const module = /^ModuleNotFoundError: /.test(last.trim()) ? missingModuleIn(last) : undefined;
  if (!module || isProjectModule(ctx, module)) return undefined;
  return { status: 'not-run', message: ctx.t.skip.modules(module), skipHint: installHint([module], ctx.t), output };
}

const runsPytest = (argv: readonly string[]) => argv.some((arg, index) => /(^|\/)pytest$/.test(arg) || (arg === '-m' && argv[index + 1] === 'pytest'));

/**
 * A failed pytest run said by its root cause — the first collection or import error, not "Interrupted:
 * 6 errors". A test module that imports a package this machine lacks (mlflow, say) is "not run here".
 */
export function pytestOutcome(argv: readonly string[], output: string, ctx: KindContext): Outcome | undefined {
  if (!runsPytest(argv)) return undefined;
  const cause = rootCause(output);
  if (!cause) return undefined;
  const module = typeof cause.args.module === 'string' ? cause.args.module : undefined;
  if (module && !isProjectModule(ctx, module) && (cause.code === 'pytest.collection-error' || cause.code === 'pytest.conftest-import-error'))
    return { status: 'not-run', message: ctx.t.skip.modules(module), skipHint: installHint([module], ctx.t), output };
  return fail(describeFinding(ctx.lang, cause), output);
}
