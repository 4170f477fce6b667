// Kinds that run the learner's programs: a command with an expected exit code / figure, and
// reproducibility (run twice, compare the bytes of what it wrote).
import { createHash } from 'node:crypto';
import type { CheckItem } from '../../content/check-schema.js';
import { fileExists, inside, readLearnerFile } from '../files.js';
import { runProcess, type RunResult } from '../process.js';
import { fail, pass, type KindContext, type Outcome } from '../types.js';

type Of<K extends CheckItem['kind']> = Extract<CheckItem, { kind: K }>;

/** `{python}` and `{helper}` in an argv, replaced by what this run found. */
export function expandArgv(argv: readonly string[], ctx: Pick<KindContext, 'python' | 'helperDir'>): string[] {
  return argv.map((arg) => arg.replaceAll('{python}', ctx.python ?? 'python3').replaceAll('{helper}', ctx.helperDir));
}

/** Both streams, trimmed, as the learner would have seen them in a terminal. */
export function combinedOutput(result: RunResult, ctx: KindContext): string {
  const out = result.stdout.text(ctx.t.msg.cut).trimEnd();
  const err = result.stderr.text(ctx.t.msg.cut).trimEnd();
  return [out, err].filter(Boolean).join('\n');
}

/** The last lines of the output: where tracebacks and test summaries are. */
function tail(text: string, lines = 3): string {
  const kept = text.split('\n').filter((line) => line.trim()).slice(-lines);
  return kept.length ? `: ${kept.join(' ⏎ ').slice(0, 400)}` : '';
}

/** The failure of a run that did not end normally, or undefined when it exited. */
function abnormal(result: RunResult, argv: string[], ctx: KindContext): Outcome | undefined {
  const output = combinedOutput(result, ctx);
  if (result.notFound) return fail(ctx.t.msg.programMissing(argv[0]!), output);
  if (result.timedOut) return fail(ctx.t.msg.timedOut(Math.round(ctx.timeoutMs / 1000)), output);
  if (result.aborted) return { status: 'error', message: ctx.t.interrupted, output };
  return undefined;
}

async function run(argv: string[], cwd: string | undefined, ctx: KindContext): Promise<RunResult> {
  return runProcess(argv, { cwd: cwd ? (inside(ctx.dir, cwd) ?? ctx.dir) : ctx.dir, timeoutMs: ctx.timeoutMs, env: ctx.env, signal: ctx.signal });
}

export async function command(item: Of<'command'>, ctx: KindContext): Promise<Outcome> {
  const argv = expandArgv(item.argv, ctx);
  const result = await run(argv, item.cwd, ctx);
  const early = abnormal(result, argv, ctx);
  if (early) return early;
  const output = combinedOutput(result, ctx);
  if (result.exitCode !== item.exitCode) return fail(`${ctx.t.msg.exitCode(item.exitCode, String(result.exitCode))}${tail(output)}`, output);
  if (item.output && !new RegExp(item.output.regex, `m${item.output.flags ?? ''}`).test(output))
    return fail(ctx.t.msg.outputMissing(item.output.label ?? `/${item.output.regex}/`), output);
  const notCreated = item.creates.filter((file) => !fileExists(ctx.dir, file));
  if (notCreated.length) return fail(ctx.t.msg.notCreated(notCreated.join(', ')), output);
  if (item.figure) {
    const label = item.figure.label ?? `/${item.figure.regex}/`;
    const match = new RegExp(item.figure.regex, 'm').exec(output);
    const value = match ? Number(match[1]) : NaN;
    if (!Number.isFinite(value)) return fail(ctx.t.msg.figureMissing(label), output);
    const text = ctx.t.msg.figure(label, value, item.figure.min);
    return value >= item.figure.min ? pass(text, output) : fail(text, output);
  }
  return pass(ctx.t.msg.ok, output);
}

function hashOutputs(outputs: readonly string[], ctx: KindContext): Map<string, string | undefined> {
  const hashes = new Map<string, string | undefined>();
  for (const file of outputs) {
    const read = readLearnerFile(ctx.dir, file);
    hashes.set(file, read.ok ? createHash('sha256').update(read.bytes).digest('hex') : undefined);
  }
  return hashes;
}

export async function reproducible(item: Of<'reproducible'>, ctx: KindContext): Promise<Outcome> {
  const argv = expandArgv(item.argv, ctx);
  let first: Map<string, string | undefined> | undefined;
  let output = '';
  for (let runIndex = 0; runIndex < item.runs; runIndex++) {
    const result = await run(argv, item.cwd, ctx);
    const early = abnormal(result, argv, ctx);
    if (early) return early;
    output = combinedOutput(result, ctx);
    if (result.exitCode !== 0) return fail(`${ctx.t.msg.exitCode(0, String(result.exitCode))}${tail(output)}`, output);
    const hashes = hashOutputs(item.outputs, ctx);
    const missing = item.outputs.filter((file) => hashes.get(file) === undefined);
    if (missing.length) return fail(ctx.t.msg.notCreated(missing.join(', ')), output);
    if (!first) first = hashes;
    else {
      const differs = item.outputs.filter((file) => first!.get(file) !== hashes.get(file));
      if (differs.length) return fail(ctx.t.msg.differs(differs.join(', ')), output);
    }
  }
  return pass(ctx.t.msg.identical(item.runs, item.outputs.join(', ')), output);
}
