// Helpers every item kind shares: the item type of a kind, reading a learner's file into text or a
// failing outcome, and the output of a run as the learner would have seen it.
import { relative, resolve } from 'node:path';
import type { CheckItem } from '../../content/check-schema.js';
import { readLearnerFile, type ReadResult } from '../files.js';
import type { RunResult } from '../process.js';
import { fail, type KindContext, type Outcome } from '../types.js';

export type Of<K extends CheckItem['kind']> = Extract<CheckItem, { kind: K }>;

/** Reads `file` (relative to the module folder; `../` is allowed up to the boundary, the git root). */
export function readProjectFile(ctx: Pick<KindContext, 'dir' | 'boundary'>, file: string): ReadResult {
  return readLearnerFile(ctx.boundary, relative(ctx.boundary, resolve(ctx.dir, file)));
}

/** The text of `file` (relative to the module folder), or the failing outcome that says why not. */
export function readOr(ctx: KindContext, file: string): { text: string; bytes: Buffer } | Outcome {
  const read = readProjectFile(ctx, file);
  if (read.ok) return { text: read.text, bytes: read.bytes };
  return fail(readProblem(ctx, file, read));
}

export function readProblem(ctx: KindContext, file: string, read: Extract<ReadResult, { ok: false }>): string {
  if (read.reason === 'missing') return ctx.t.msg.fileMissing(file);
  if (read.reason === 'not-file') return ctx.t.msg.notAFile(file);
  if (read.reason === 'outside') return ctx.t.msg.outsideLink(file);
  return ctx.t.msg.fileUnreadable(file, read.code);
}

export const isOutcome = (value: object): value is Outcome => 'status' in value;

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
export function tail(text: string, lines = 3): string {
  const kept = text.split('\n').filter((line) => line.trim()).slice(-lines);
  return kept.length ? `: ${kept.join(' ⏎ ').slice(0, 400)}` : '';
}

/** Is `module` the project's own code (a file or package of that name), rather than a third-party package? */
export function isProjectModule(ctx: KindContext, module: string): boolean {
  return ctx.project.files().files.some((file) => file === `${module}.py` || file.startsWith(`${module}/`) || file.includes(`/${module}/`) || file.endsWith(`/${module}.py`));
}

/** "mlflow" from the last "No module named 'mlflow.sklearn'" of a traceback. */
export const missingModuleIn = (output: string): string | undefined => [...output.matchAll(/No module named '([^'.]+)/g)].at(-1)?.[1];
