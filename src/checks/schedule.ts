// When each item of a checker may run. Items used to run one after another, so a check cost the sum of
// every item (its tool commands, plus a Python start per probe or AST question); most of them are
// independent, and the machine has more than one core. They now overlap where that cannot change what
// an item sees, and their results are still reported in the definition's order:
//
// - an item that may write into the project (a command that `creates` files, a reproducibility run,
//   coverage) is a barrier: it starts once every earlier item has finished, and every later item
//   waits for it — what it writes is read exactly as in a sequential run;
// - an item waits for the earlier items it `requires`;
// - the items that start a server run one after another (they share the started server, http-probe);
// - items that run programs (tool commands, probes, servers) share a few slots, so a cohort's CI
//   machine is not flooded; the longest kind (tool commands) is started first;
// - items that only read files (their own, or an AST question) start as soon as they may.
import { availableParallelism } from 'node:os';
import type { CheckItem } from '../content/check-schema.js';

export type Lane = 'barrier' | 'server' | 'program' | 'reader';

export function laneOf(item: CheckItem): Lane {
  if (item.kind === 'reproducible' || item.kind === 'coverage') return 'barrier';
  if (item.kind === 'command') return item.creates.length > 0 ? 'barrier' : 'program';
  if (item.kind === 'http-probe') return 'server';
  if (item.kind === 'python-probe') return 'program';
  return 'reader';
}

/** Tool commands first: they are the long poles (pytest, mypy); probes fill the other slots. */
const priority = (lane: Lane, item: CheckItem) => (lane === 'barrier' || item.kind === 'command' ? 0 : lane === 'server' ? 1 : 2);

export interface ScheduleOptions<T> {
  items: readonly CheckItem[];
  /** Runs item `index`; called at most once per item, never after `stopped()` is true. */
  run: (index: number) => Promise<T>;
  /** True once the run is interrupted: items not started yet are left out. */
  stopped: () => boolean;
  /** Item `index` started / finished, called in the definition's order whatever the real order was. */
  onStart?: (index: number) => void;
  onDone?: (index: number, result: T) => void;
  /**
   * How many program items may run at once (default: the cores, at least two). One more than the cores
   * did not pay on a 2-core machine: 12 interleaved rounds with the cores alone, median wall of
   * `check 01` 556 → 509 ms, `check 10` 3681 → 3172 ms, 06 and 03 within 1 % either way (a third Python
   * beside pytest and mypy lengthened the long pole more than it overlapped).
   */
  slots?: number;
  /**
   * Reader items start once this settles (default: at once). The runner holds them until the first
   * programs have started: their file walks and parsing are quick, but done first they delayed the
   * start of the long poles (pytest, mypy) by ~20 ms.
   */
  readersAfter?: Promise<void>;
  /**
   * Program items that ride along when one of them gets a slot: they start in the same turn and take
   * no slot of their own, because their kind runs them in one process (python-probe's batches).
   */
  sharesSlot?: (item: CheckItem) => boolean;
}

/** Runs the items under the rules above; the results of the items that ran, by index. */
export async function runScheduled<T>(options: ScheduleOptions<T>): Promise<Map<number, T>> {
  const { items } = options;
  const lanes = items.map(laneOf);
  const results = new Map<number, T>();
  const started = new Set<number>();
  let crash: { error: unknown } | undefined;
  const finished: Promise<void>[] = [];
  let free = options.slots ?? Math.max(2, availableParallelism());
  // Slots go by priority, not by who asked first: items become ready in the definition's order, and a
  // probe listed before `pytest` would otherwise take the slot the long pole needs. Granting waits for
  // the current turn to end (setImmediate), so every item ready at the same moment has asked by then.
  const waiting: { rank: number; index: number; go: (rider: boolean) => void }[] = [];
  const shares = (index: number) => options.sharesSlot?.(items[index]!) ?? false;
  let dispatchQueued = false;
  const dispatch = () => {
    dispatchQueued = false;
    waiting.sort((a, b) => a.rank - b.rank || a.index - b.index);
    while (free > 0 && waiting.length > 0) {
      free--;
      const granted = waiting.shift()!;
      granted.go(false);
      if (!shares(granted.index)) continue;
      for (const rider of waiting.filter((entry) => shares(entry.index))) {
        waiting.splice(waiting.indexOf(rider), 1);
        rider.go(true);
      }
    }
  };
  /** Resolves once the item may start: true when it rides on another item's slot. */
  const acquire = (index: number) =>
    new Promise<boolean>((go) => {
      waiting.push({ rank: priority(lanes[index]!, items[index]!), index, go });
      if (!dispatchQueued) {
        dispatchQueued = true;
        setImmediate(dispatch);
      }
    });
  const release = () => {
    free++;
    dispatch();
  };

  // Events in the definition's order: item i is announced once every item before it is done.
  let cursor = 0;
  let announced = -1;
  const flush = () => {
    while (cursor < items.length && started.has(cursor)) {
      if (announced < cursor) {
        announced = cursor;
        options.onStart?.(cursor);
      }
      if (!results.has(cursor)) return;
      options.onDone?.(cursor, results.get(cursor)!);
      cursor++;
    }
  };

  const indexOf = new Map(items.map((item, index) => [item.id, index]));
  let lastBarrier: Promise<void> = Promise.resolve();
  let lastServer: Promise<void> = Promise.resolve();
  for (const [index, item] of items.entries()) {
    const lane = lanes[index]!;
    const before =
      lane === 'barrier'
        ? finished.slice()
        : [
            lastBarrier,
            ...(item.requires ?? []).flatMap((id) => {
              const at = indexOf.get(id);
              return at !== undefined && at < index ? [finished[at]!] : [];
            }),
            ...(lane === 'server' ? [lastServer] : []),
          ];
    const done = (async () => {
      await Promise.all(before);
      const slotted = lane !== 'reader';
      let rider = false;
      if (slotted) rider = await acquire(index);
      else await options.readersAfter;
      try {
        if (options.stopped() || crash) return;
        started.add(index);
        flush();
        results.set(index, await options.run(index));
        flush();
      } catch (error) {
        // A bug of ours, not the learner's: nothing new starts, what runs finishes, then it is thrown.
        crash ??= { error };
      } finally {
        if (slotted && !rider) release();
      }
    })();
    finished.push(done);
    if (lane === 'barrier') lastBarrier = done;
    if (lane === 'server') lastServer = done;
  }
  await Promise.all(finished);
  if (crash) throw crash.error;
  return results;
}
