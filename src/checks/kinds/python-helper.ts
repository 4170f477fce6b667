// Talking to the Python helpers in checks/python (inspect_ast.py, probes.py): their JSON answer
// carries problem codes, turned into sentences here so both languages come from one catalogue.
import { join } from 'node:path';
import { installHint } from '../install-hints.js';
import { runProcess } from '../process.js';
import { unsupervised } from '../supervision.js';
import { fail, pass, type KindContext, type Outcome } from '../types.js';
import { combinedOutput } from './shared.js';

export interface HelperAnswer {
  ok?: boolean;
  skip?: boolean;
  missing?: string;
  problems?: { code: string; args: string[] }[];
  facts?: Record<string, unknown>;
}

export function problemText(code: string, args: string[], ctx: KindContext): string {
  const describe = (ctx.t.problems as Record<string, ((...a: string[]) => string) | undefined>)[code];
  return describe ? describe(...args) : `${code} ${args.join(' ')}`.trim();
}

/**
 * Runs one of the helpers. `learnerCode: false` (inspect_ast.py: the standard library's ast, nothing of
 * the learner's is imported or run) skips the supervisor, whose own Python start would double the cost;
 * the process keeps its group and marker, like the project index.
 */
export async function ask(script: string, args: string[], ctx: KindContext, learnerCode = true): Promise<Outcome | HelperAnswer> {
  // A helper that imports nothing of the learner's needs no site packages: -S skips `site`, half of
  // a Python start (10 of 20 ms with Debian's dist-packages).
  const argv = [ctx.python!, ...(learnerCode ? [] : ['-S']), join(ctx.helperDir, script), ...args];
  const tracking = learnerCode || !ctx.tracking ? ctx.tracking : unsupervised(ctx.tracking);
  const result = await runProcess(argv, { cwd: ctx.dir, timeoutMs: ctx.timeoutMs, env: ctx.env, signal: ctx.signal, tracking });
  const output = combinedOutput(result, ctx);
  if (result.timedOut) return fail(ctx.t.msg.timedOut(Math.round(ctx.timeoutMs / 1000)), output);
  if (result.aborted) return { status: 'error', message: ctx.t.interrupted, output };
  if (result.notFound) return fail(ctx.t.msg.programMissing(ctx.python!), output);
  // The helper prints its answer on the last line; anything before it is the learner's own output.
  const last = result.stdout.text(ctx.t.msg.cut).trimEnd().split('\n').pop() ?? '';
  try {
    return JSON.parse(last) as HelperAnswer;
  } catch {
    return { status: 'error', message: ctx.t.msg.pythonError(output.split('\n').filter(Boolean).slice(-2).join(' ⏎ ').slice(0, 300) || `exit ${result.exitCode}`), output };
  }
}

export function toOutcome(answer: Outcome | HelperAnswer, ctx: KindContext): Outcome {
  if ('status' in answer) return answer;
  if (answer.skip && answer.missing) {
    return { status: 'not-run', message: ctx.t.skip.modules(answer.missing), skipHint: installHint([answer.missing], ctx.t) };
  }
  const problems = (answer.problems ?? []).map((p) => problemText(p.code, p.args, ctx));
  if (answer.ok) {
    const { version, evidence } = answer.facts ?? {};
    if (Array.isArray(evidence) && evidence.length) return pass(evidence.join(', '));
    return pass(typeof version === 'string' ? `Python ${version}` : ctx.t.msg.ok);
  }
  return fail(problems.join('; ') || ctx.t.msg.pythonError('?'));
}

