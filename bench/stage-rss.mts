// Per-stage memory of the bench's scripted session, for finding where memory goes (not part of
// `npm run bench`): `npm run build && npx tsx bench/stage-rss.mts [node flags…]`, e.g. `--expose-gc`
// to see the heap after a full GC. Prints the peak RSS (VmHWM) at each stage and the child's own
// process.memoryUsage() and V8 heap spaces (used/resident KiB), read by a SIGUSR2 handler preloaded with --import.
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { busyHome } from './fixtures.js';
import { startSession } from './pty-session.js';
import { scriptedRun } from './scripted-run.js';

const root = process.cwd();
const out = join(tmpdir(), `stage-probe-${process.pid}.jsonl`);
const probe = join(tmpdir(), `stage-probe-${process.pid}.mjs`);
writeFileSync(
  probe,
  `import { appendFileSync } from 'node:fs'; import v8 from 'node:v8';
process.on('SIGUSR2', () => { globalThis.gc?.(); const m = process.memoryUsage(); const s = Object.fromEntries(v8.getHeapSpaceStatistics().map((x) => [x.space_name, Math.round(x.space_used_size / 1024) + "/" + Math.round(x.physical_space_size / 1024)])); appendFileSync(${JSON.stringify(out)}, JSON.stringify({ rss: m.rss >> 10, heapTotal: m.heapTotal >> 10, heapUsed: m.heapUsed >> 10, external: m.external >> 10, ab: m.arrayBuffers >> 10, spaces: s }) + '\\n'); });\n`,
);
const flags = process.argv.slice(2);
const session = startSession(
  process.env.MLOPS_BENCH_NODE ?? process.execPath,
  [...flags, '--import', probe, join(root, 'bin/mlops-tutor.js')],
  {
    env: { ...process.env, MLOPS_TUTOR_HOME: busyHome(root) },
    cwd: tmpdir(),
    ready: 'Continue',
    complete: /\bq (quit|abandon)\b[^\n]*\s*$/,
  },
);
const stages: string[] = [];
const peaks: number[] = [];
await scriptedRun(session, (stage) => {
  stages.push(stage);
  peaks.push(session.peakRssKiB());
  process.kill(session.pid, 'SIGUSR2');
});
await new Promise((r) => setTimeout(r, 300));
const probes = existsSync(out)
  ? readFileSync(out, 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l))
  : [];
await session.quit();
rmSync(out, { force: true });
rmSync(probe, { force: true });
stages.forEach((stage, i) => {
  const p = probes[i];
  console.log(
    `${stage.padEnd(7)} peak ${(peaks[i]! / 1024).toFixed(1)} MiB` +
      (p
        ? `  rss ${(p.rss / 1024).toFixed(1)} heapUsed ${(p.heapUsed / 1024).toFixed(1)} heapTotal ${(p.heapTotal / 1024).toFixed(1)} ext ${(p.external / 1024).toFixed(1)} ab ${(p.ab / 1024).toFixed(1)} | ${Object.entries(
            p.spaces,
          )
            .map(([k, v]) => `${k.replace('_space', '')}=${v}`)
            .join(' ')}`
        : ''),
  );
});
