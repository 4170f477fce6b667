// python-probe: checks/python/probes.py imports and runs the learner's code the way the lesson uses it.
import type { KindContext, Outcome } from '../types.js';
import { ask, toOutcome } from './python-helper.js';
import type { Of } from './shared.js';

export async function pythonProbe(item: Of<'python-probe'>, ctx: KindContext): Promise<Outcome> {
  return toOutcome(await ask('probes.py', [item.probe, JSON.stringify(item.args)], ctx), ctx);
}
