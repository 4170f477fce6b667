// python-ast: static questions about one of the learner's Python files (stdlib ast, nothing imported).
// The questions a check asks in the same turn of the event loop (they wait for the same project index,
// so most do) go to one Python process: an interpreter start costs about as much CPU as the questions
// themselves, and a check asks up to five while its tool commands need the cores.
import { resolve } from 'node:path';
import { isFile } from '../files.js';
import { fail, type KindContext, type Outcome } from '../types.js';
import { ask, toOutcome, type HelperAnswer } from './python-helper.js';
import type { Of } from './shared.js';

interface Question {
  path: string;
  assert: unknown;
  ctx: KindContext;
  settle: (answer: Outcome | HelperAnswer) => void;
  fault: (error: unknown) => void;
}

/** The questions waiting for the next turn, per check run (its project). */
const waiting = new WeakMap<object, Question[]>();

function askBatched(path: string, assert: unknown, ctx: KindContext): Promise<Outcome | HelperAnswer> {
  return new Promise((settle, fault) => {
    let batch = waiting.get(ctx.project);
    if (!batch) {
      batch = [];
      waiting.set(ctx.project, batch);
      const key = ctx.project;
      setImmediate(() => void send(key));
    }
    batch.push({ path, assert, ctx, settle, fault });
  });
}

async function send(key: object): Promise<void> {
  const batch = waiting.get(key) ?? [];
  waiting.delete(key);
  try {
    if (batch.length === 1) {
      const [only] = batch as [Question];
      only.settle(await ask('inspect_ast.py', [only.path, JSON.stringify(only.assert)], only.ctx, false));
      return;
    }
    // One process for all: the longest time limit of them, the first one's folder and signal (one check).
    const ctx = { ...batch[0]!.ctx, timeoutMs: Math.max(...batch.map((question) => question.ctx.timeoutMs)) };
    const questions = JSON.stringify(batch.map((question) => [question.path, question.assert]));
    const reply = await ask('inspect_ast.py', ['--batch', questions], ctx, false);
    if ('status' in reply) {
      for (const question of batch) question.settle(reply);
      return;
    }
    const answers = (reply as { answers?: (HelperAnswer & { error?: string })[] }).answers ?? [];
    batch.forEach((question, index) => {
      const answer = answers[index];
      if (answer && answer.error === undefined) question.settle(answer);
      else question.settle({ status: 'error', message: question.ctx.t.msg.pythonError(answer?.error ?? '?') });
    });
  } catch (error) {
    for (const question of batch) question.fault(error);
  }
}

export async function pythonAst(item: Of<'python-ast'>, ctx: KindContext): Promise<Outcome> {
  const path = resolve(ctx.dir, item.file);
  if (!isFile(path)) return fail(ctx.t.msg.fileMissing(item.file));
  const outcome = toOutcome(await askBatched(path, item.assert, ctx), ctx);
  // Say which file was read: discovery may have found it elsewhere than the lesson's name.
  return { ...outcome, message: `${item.file}: ${outcome.message}` };
}
