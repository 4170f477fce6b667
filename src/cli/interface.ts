// Opening the interface: the TUI in a terminal, the plain status otherwise. Shared by the bare
// `mlops-tutor` start (which never loads commander) and the parsed command line.
import type { Painted } from '../ui/first-paint/paint.js';
import type { Context } from './context.js';

/** What `mlops-tutor` with no command does; `early`: home as the launcher painted it (quick-start.ts). */
export async function openInterface(ctx: Context, early?: Painted): Promise<number> {
  if (ctx.terminal.interactive) {
    // Home first, from the store, while Ink and React load (they take longer than the learner should wait).
    const painted = early ?? (await import('../ui/first-paint/index.js')).paintFirstFrame(ctx);
    const { runTui } = await import('../ui/run.js');
    return runTui(ctx, undefined, painted);
  }
  const { runStatus } = await import('./commands/status.js');
  return runStatus(ctx, {});
}
