// One full garbage collection once Ink has drawn its first frame. Start-up leaves garbage behind (the
// early paint's copy of the store and catalogues, dist/start.cjs, the parsed lessons index, module
// loading), and V8 sizes the old generation's next limit from the heap it has seen so far: left to
// itself it let the scripted session's heap grow 10–15 MiB further before its first full collection.
// Collected once, at the first idle moment, the limit follows what is really alive: peak RSS of the
// bench's scripted run 89 → 78 MiB on Node 20, 104 → 92 MiB on Node 24 (bench/rss-trace.mts), with
// the same key latencies. `gc` exists only with --expose-gc, which no launcher can pass portably; set
// at run time it applies to contexts made afterwards, hence the new context to fetch it from.
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

export function collectStartUpGarbage(): void {
  try {
    setFlagsFromString('--expose-gc');
    (runInNewContext('gc') as () => void)();
  } catch {
    // Only an optimisation: a runtime without it (or a changed flag) collects when V8 decides.
  }
}
