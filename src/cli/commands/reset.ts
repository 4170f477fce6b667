// `reset [--module NN | --all] [--yes]`: forget progress; the profile (language, plan) is kept.
import { createInterface } from 'node:readline/promises';
import { MODULE_IDS, type ModuleId } from '../../core/types.js';
import type { Context } from '../context.js';
import { saveFailureReason, UsageError, visible } from '../errors.js';
import { resetAllModules, resetModule } from '../../state/transitions/index.js';
import { EXIT_NOT_SAVED, isSaveFailure, storeProblemOf } from '../../state/store.js';

export interface ResetOptions {
  module?: string;
  all?: boolean;
  yes?: boolean;
}

/**
 * Asks on stderr. Ctrl-D and Ctrl-C answer "no": the prompt has no newline of its own, so one is
 * written first and what follows starts on its own line.
 */
async function confirm(ctx: Context, question: string): Promise<'yes' | 'no' | 'interrupted'> {
  const rl = createInterface({ input: process.stdin, output: process.stderr });
  const interrupted = new Promise<'interrupted'>((resolve) => rl.once('SIGINT', () => resolve('interrupted')));
  try {
    const answer = await Promise.race([rl.question(question).then((text) => text.trim().toLowerCase()), interrupted]);
    if (answer === 'interrupted') {
      process.stderr.write('\n');
      return 'interrupted';
    }
    return (ctx.t.cli.yes as readonly string[]).includes(answer) ? 'yes' : 'no';
  } catch {
    // Ctrl-D ends the input before an answer.
    process.stderr.write('\n');
    return 'no';
  } finally {
    rl.close();
  }
}

export function parseModuleId(ctx: Context, value: string): ModuleId {
  const padded = /^\d$/.test(value) ? `0${value}` : value;
  if (!(MODULE_IDS as readonly string[]).includes(padded)) throw new UsageError(ctx.t.cli.badModule(value));
  return padded as ModuleId;
}

export async function runReset(ctx: Context, options: ResetOptions): Promise<number> {
  const { t } = ctx;
  if (options.module !== undefined && options.all) throw new UsageError(t.cli.resetBoth);
  if (options.module === undefined && !options.all) throw new UsageError(t.cli.resetWhat);
  const id = options.module !== undefined ? parseModuleId(ctx, options.module) : undefined;
  if (!options.yes) {
    if (!ctx.terminal.interactive) throw new UsageError(t.cli.resetNeedsYes);
    const answer = await confirm(ctx, id ? t.cli.resetConfirmModule(id) : t.cli.resetConfirmAll);
    if (answer !== 'yes') {
      ctx.out(t.cli.resetCancelled);
      return answer === 'interrupted' ? 130 : 0;
    }
  }
  const store = ctx.store();
  try {
    store.update((state) => (id ? resetModule(state, id) : resetAllModules(state)));
  } catch (error) {
    const problem = storeProblemOf(error);
    if (!problem || !isSaveFailure(error)) throw error;
    ctx.err(visible(t.store.resetNotSaved(saveFailureReason(problem, t))));
    return EXIT_NOT_SAVED;
  }
  ctx.out(id ? t.cli.resetDoneModule(id) : t.cli.resetDoneAll);
  return 0;
}
