// Full garbage collections at the TUI's quiet moments, so the heap (and the peak RSS of a session)
// follows what is really alive. `gc` exists only with --expose-gc, which no launcher can pass
// portably; set at run time it applies to contexts made afterwards, hence the new context to fetch it.
import { getHeapStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

type Collect = () => void;

function fetchGc(): Collect | undefined {
  try {
    setFlagsFromString('--expose-gc');
    return runInNewContext('gc') as Collect;
  } catch {
    // Only an optimisation: a runtime without it (or a changed flag) collects when V8 decides.
    return undefined;
  }
}

/**
 * How far the heap may grow past what the last collection left before the next frame collects. Every
 * frame builds a new element tree that lives until the next one: with the young generation kept at its
 * start size (bin/tui-flags.js) it survives two scavenges and is promoted, so reading a lesson left
 * about 1 MiB of dead objects in the old generation per page. V8 collects them once the old generation
 * has grown by its regular step, 8 MiB past the live heap; its memory-saving step, 2 MiB, is for
 * embedders that ask for it (Node cannot). Collected at that step after a frame instead, the scripted
 * run's peak RSS fell 71 → 65 / 72 → 68 / 74 → 71 MiB on Node 20 / 22 / 24, key latencies unchanged
 * (bench/rss-trace.mts; a 4 MiB step saved half as much).
 */
export const HEAP_STEP_BYTES = 2 * 1024 * 1024;

/**
 * A larger heap waits for a proportionally larger step (an eighth of what is alive): a full collection
 * costs in proportion to the live heap, so its cost per byte allocated stays bounded whatever the
 * session holds (the TUI's own heap, ~12 MiB, collects at the 2 MiB step).
 */
const LIVE_SHARE = 1 / 8;

export interface HeapKeeper {
  /** Ink's onRender option: called before each frame is written. */
  onRender(): void;
  /**
   * The first collection, once Ink has drawn its first frame. Start-up leaves garbage behind (the early
   * paint's copy of the store and catalogues, dist/start.cjs, the parsed lessons index, module loading),
   * and V8 sizes the old generation's next limit from the heap it has seen so far: left to itself it let
   * the scripted session's heap grow 10–15 MiB further before its first full collection (peak RSS of the
   * bench's scripted run 89 → 78 MiB on Node 20, 104 → 92 MiB on Node 24, when it came in).
   */
  startUp(): void;
}

/**
 * After the start-up collection, a frame drawn once the heap has grown by the step is followed by a full
 * collection right after it is out (a few milliseconds at this heap's size, at a moment the learner is
 * reading what was just drawn); the next step counts from what it left.
 */
export function heapKeeper({
  step = HEAP_STEP_BYTES,
  used = () => getHeapStatistics().used_heap_size,
  gc = fetchGc,
}: { step?: number; used?: () => number; gc?: () => Collect | undefined } = {}): HeapKeeper {
  let collect: Collect | undefined;
  // No collection by step before the start-up one has fetched `gc` and measured the live heap.
  let floor = Infinity;
  let queued = false;
  const run = () => {
    collect?.();
    floor = used();
  };
  return {
    onRender() {
      if (queued || used() < floor + Math.max(step, floor * LIVE_SHARE)) return;
      queued = true;
      setImmediate(() => {
        queued = false;
        run();
      });
    },
    startUp() {
      collect = gc();
      if (collect) run();
    },
  };
}
