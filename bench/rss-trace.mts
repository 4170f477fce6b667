// Where the peak RSS of the bench's scripted session happens (not part of `npm run bench`):
// `npm run build && npx tsx bench/rss-trace.mts [node flags…]` (MLOPS_BENCH_NODE=/path/to/node for
// another Node). Samples the child's VmRSS every few ms and prints each key after which the peak
// (VmHWM) grew by 1 MiB or more, with the screen's title, then the peak after each stage.
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { busyHome } from './fixtures.js';
import { startSession } from './pty-session.js';
import { scriptedRun } from './scripted-run.js';

const root = process.cwd();
const node = process.env.MLOPS_BENCH_NODE ?? process.execPath;
const session = startSession(node, [...process.argv.slice(2), join(root, 'bin/mlops-tutor.js')], {
  env: { ...process.env, MLOPS_TUTOR_HOME: busyHome(root) },
  cwd: tmpdir(),
  ready: 'Continue',
  complete: /\bq (quit|abandon)\b[^\n]*\s*$/,
});
const status = () => readFileSync(`/proc/${session.pid}/status`, 'utf8');
const kib = (field: string, text: string) => Number(new RegExp(`${field}:\\s+(\\d+)`).exec(text)?.[1] ?? 0);
let lastKey = 'start';
let hwm = 0;
const growth: string[] = [];
const sample = () => {
  const text = status();
  const now = kib('VmHWM', text);
  if (now - hwm >= 1024) {
    const title = session.screen().split('\n')[0]!.slice(0, 60);
    growth.push(
      `${(now / 1024).toFixed(1).padStart(6)} MiB (+${((now - hwm) / 1024).toFixed(1)}) after ${lastKey} · ${title}`,
    );
    hwm = now;
  }
};
const timer = setInterval(() => {
  try {
    sample();
  } catch {
    /* exited */
  }
}, 2);
const press = session.press;
session.press = (keys, until, timeout) => {
  sample();
  lastKey = JSON.stringify(keys);
  return press(keys, until, timeout);
};
// Resident memory by kind of mapping: the node binary's code and read-only data (pages counted once
// touched), malloc's heap, anonymous mappings (V8's heap, wasm memory, thread arenas).
const kinds = () => {
  const groups = new Map<string, number>();
  let kind = '';
  for (const line of readFileSync(`/proc/${session.pid}/smaps`, 'utf8').split('\n')) {
    const head = /^[0-9a-f]+-[0-9a-f]+ (\S+) \S+ \S+ \S+\s*(.*)$/.exec(line);
    if (head)
      kind = head[2]!.endsWith('/node')
        ? head[1]!.includes('x')
          ? 'text'
          : 'rodata'
        : head[2] === ''
          ? 'anon'
          : head[2] === '[heap]'
            ? 'malloc'
            : 'other';
    const rss = /^Rss:\s+(\d+)/.exec(line);
    if (rss) groups.set(kind, (groups.get(kind) ?? 0) + Number(rss[1]));
  }
  return [...groups].map(([k, v]) => `${k} ${(v / 1024).toFixed(1)}`).join(' ');
};
const stages: string[] = [];
const detail: string[] = [];
const timings = await scriptedRun(session, (stage) => {
  sample();
  stages.push(`${stage} ${(kib('VmHWM', status()) / 1024).toFixed(1)}`);
  detail.push(`${stage.padEnd(7)} rss ${(kib('VmRSS', status()) / 1024).toFixed(1)}: ${kinds()}`);
});
clearInterval(timer);
await session.quit();
console.log(growth.join('\n'));
console.log(detail.join('\n'));
const ms = timings.map((timing) => timing.ms).sort((a, b) => a - b);
const at = (p: number) => ms[Math.min(ms.length - 1, Math.ceil(p * ms.length) - 1)]!.toFixed(1);
console.log(`keys: median ${at(0.5)} ms, p95 ${at(0.95)} ms (${ms.length})`);
console.log(`peak after each stage: ${stages.join(' · ')} MiB`);
