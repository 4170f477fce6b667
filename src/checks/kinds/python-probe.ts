// python-probe: checks/python/probes.py imports and runs the learner's code the way the lesson uses it.
// The probes that only import and call the learner's code (probes.py's BATCHABLE) and start in the
// same turn of the event loop go to one process: the scheduler starts them together (schedule.ts,
// sharesSlot), and each would otherwise pay its own interpreter start and imports (pydantic, sklearn),
// while the check's tool commands need the cores. A batch that fails as a whole (the learner's code
// exited the interpreter, or it ran out of time) is asked again probe by probe, each with its own
// limit, so one probe's fault never becomes its neighbours'.
import type { KindContext, Outcome } from '../types.js';
import { ask, toOutcome, type HelperAnswer } from './python-helper.js';
import type { Of } from './shared.js';

/** The probes that may share a process (probes.py's BATCHABLE says the same). */
export const BATCHABLE_PROBES: ReadonlySet<string> = new Set(['call-functions', 'load-config', 'transformer', 'artifact-transform']);

interface Question {
  probe: string;
  args: unknown;
  ctx: KindContext;
  settle: (answer: Outcome | HelperAnswer) => void;
  fault: (error: unknown) => void;
}

/** The probes waiting for the next turn, per check run (its project). */
const waiting = new WeakMap<object, Question[]>();

const alone = (question: Question) => ask('probes.py', [question.probe, JSON.stringify(question.args)], question.ctx);

function askBatched(probe: string, args: unknown, ctx: KindContext): Promise<Outcome | HelperAnswer> {
  return new Promise((settle, fault) => {
    let batch = waiting.get(ctx.project);
    if (!batch) {
      batch = [];
      waiting.set(ctx.project, batch);
      const key = ctx.project;
      setImmediate(() => void send(key));
    }
    batch.push({ probe, args, ctx, settle, fault });
  });
}

async function send(key: object): Promise<void> {
  const batch = waiting.get(key) ?? [];
  waiting.delete(key);
  try {
    if (batch.length === 1) return batch[0]!.settle(await alone(batch[0]!));
    // One process for all: their time limits added up, the first one's folder and signal (one check);
    // each probe gets its own temporary folder, as alone.
    const ctx = { ...batch[0]!.ctx, timeoutMs: batch.reduce((sum, question) => sum + question.ctx.timeoutMs, 0) };
    const probes = JSON.stringify(batch.map((question) => [question.probe, question.args, question.ctx.env?.TMPDIR ?? '']));
    const reply = await ask('probes.py', ['--batch', probes], ctx);
    const answers = 'status' in reply ? undefined : (reply as { answers?: HelperAnswer[] }).answers;
    // Stopped: every probe of it says so, none is asked again.
    if (!answers && ctx.signal?.aborted) return batch.forEach((question) => question.settle(reply));
    if (!answers || answers.length !== batch.length) {
      // One after another: they share one slot of the scheduler.
      for (const question of batch) question.settle(await alone(question));
      return;
    }
    batch.forEach((question, index) => question.settle(answers[index]!));
  } catch (error) {
    for (const question of batch) question.fault(error);
  }
}

export async function pythonProbe(item: Of<'python-probe'>, ctx: KindContext): Promise<Outcome> {
  const answer = BATCHABLE_PROBES.has(item.probe) ? askBatched(item.probe, item.args, ctx) : ask('probes.py', [item.probe, JSON.stringify(item.args)], ctx);
  return toOutcome(await answer, ctx);
}
