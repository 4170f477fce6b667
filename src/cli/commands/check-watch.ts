// `check NN --watch`: run the checker, then again whenever a file of the mini-project is saved,
// saying what changed since the last run. Ctrl-C stops it (during a run, check.ts's handler kills
// every process the checker started).
import type { CheckResult } from '../../checks/runner.js';
import {
  changeLine,
  savedList,
  scoreChanges,
  waitForChange,
  wantsPolling,
  type WatchOptions,
} from '../../checks/watch.js';
import type { Context } from '../context.js';

/** The loop: `run` is one `check` (its results pushed into the array), repeated after every save. */
export async function watchChecks(
  ctx: Context,
  run: (collect: CheckResult[]) => Promise<number>,
  options: WatchOptions = {},
): Promise<number> {
  const t = ctx.t.watch;
  let previous: CheckResult[] | undefined;
  for (;;) {
    const results: CheckResult[] = [];
    await run(results);
    if (previous) {
      for (const change of scoreChanges(previous, results)) ctx.out(changeLine(change, t));
    }
    previous = results;
    const dirs = [...new Set(results.map((result) => result.dir))];
    const poll = options.poll ?? wantsPolling(dirs, process.env);
    const changed = await waitForChange(dirs, {
      ...options,
      poll,
      stopOnSignals: true,
      onWatching: () => ctx.out(t.watching(dirs.join(', '), poll)),
    });
    if (changed === 'stop') {
      ctx.err(t.stopped);
      return 130;
    }
    ctx.out(t.saved(savedList(changed)));
  }
}
