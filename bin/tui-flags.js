// The V8 flags of the TUI, all set at one point of the bare start: after home's early paint and after
// the code caches are saved (bin/code-cache.js). V8 accepts cached code only under the flags it was
// made with, and every flag change counts: when src/cli/quick-start.ts set one flag after painting,
// the cache written at exit was rejected by every next start, so home's first paint compiled from
// source each time. Set here, in the same order on every start, the flags are the same for whatever
// is compiled and cached afterwards. They are set at run time because no launcher can pass V8 flags
// portably (npm's shims, `env -S`). Each one is a heuristic, safe to change while running.
'use strict';

/** The optimising compilers, each one only where it is on by default: Maglev from V8 12 (Node 22). */
function optimisingCompilers() {
  return Number.parseInt(process.versions.v8, 10) >= 12 ? ['turbofan', 'maglev'] : ['turbofan'];
}

/** V8 prints an error for a flag it does not know: the wrapper's tier-up came with V8 12 (Node 22). */
function wasmBaselineFlags() {
  const flags = ['--no-wasm-tier-up', '--no-wasm-dynamic-tiering'];
  return Number.parseInt(process.versions.v8, 10) >= 12
    ? [...flags, '--wasm-wrapper-tiering-budget=2000000000']
    : flags;
}

function setTuiFlags() {
  const { setFlagsFromString } = require('node:v8');
  // The young generation otherwise grows to 16 MiB a semi-space (two of them resident) as soon as
  // objects survive; kept at its start size it cut the scripted run's peak RSS by 11/14/19 MiB on
  // Node 20/22/24 (bench/rss-trace.mts). --max-semi-space-size is read only when the heap is set up;
  // the growth factor is read at each scavenge.
  setFlagsFromString('--semi-space-growth-factor=1');
  // Size over speed in V8's heuristics: a terminal tutor idles between keys (see src/ui/run.tsx).
  setFlagsFromString('--optimize-for-size');
  // src/ui/heap.ts collects once after Ink's first frame; `gc` exists only with this flag.
  setFlagsFromString('--expose-gc');
  // The TUI is idle between keys, and what it runs per key the interpreter and Sparkplug do in a few
  // milliseconds. Optimising it costs memory in the compilers (their code pages in the node binary,
  // their zones, the code they make), not time a learner notices. Scripted bench session, Node 24:
  // peak RSS 91 → 81 MiB, key median 5.5 → 7 ms, p95 unchanged. A check run in the TUI is real CPU
  // work, so src/ui/compilers.ts turns them on for it through the switch registered here.
  // Likewise for WebAssembly (yoga, Ink's layout engine): its functions stay on Liftoff, the baseline
  // compiler, and its calls from JavaScript on the generic wrapper, instead of both tiering up to
  // Turboshaft. Opening a lesson had touched 4.2 MiB of the binary's code in those compilers (Node 24;
  // page attribution: /proc/PID/pagemap of the node binary against its symbols, home → stats).
  for (const flag of wasmBaselineFlags()) setFlagsFromString(flag);
  const flags = optimisingCompilers();
  const set = (on) => {
    for (const flag of flags) setFlagsFromString(on ? `--${flag}` : `--no-${flag}`);
  };
  let users = 0;
  set(false);
  // A registered symbol, because the app (dist/, ES modules) cannot require this file by a path.
  globalThis[Symbol.for('mlops-tutor.compilers')] = {
    acquire() {
      if (users++ === 0) set(true);
    },
    release() {
      if (users > 0 && --users === 0) set(false);
    },
  };
}

module.exports = { setTuiFlags };
