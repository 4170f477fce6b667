// Splits the CPU profiles bench/keys-quick.ts wrote (KEYS_PROFILE=dir) by the key that caused the
// work: each sample goes to the last key pressed before it (V8's and process.hrtime's clocks are
// the same monotonic clock). Prints, per step, CPU ms per key and where it went (source file, with
// the source maps of a MLOPS_TUTOR_SOURCEMAP=1 build). Development only.
//   npx tsx bench/profile-keys.ts dir [step ...]
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SourceMapConsumer } from 'source-map-js';

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
  columnNumber: number;
}
interface Profile {
  nodes: { id: number; callFrame: CallFrame; parent?: number; children?: number[] }[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
}
const root = join(import.meta.dirname, '..');
const dir = process.argv[2]!;
const only = process.argv.slice(3);
const keys = JSON.parse(readFileSync(join(dir, 'keys.json'), 'utf8')) as {
  step: string;
  ms: number;
  at: number;
  pid: number;
}[];
const maps = new Map<string, SourceMapConsumer | undefined>();
const mapFor = (url: string) => {
  if (!maps.has(url)) {
    const file = url.startsWith('file://') ? fileURLToPath(url) : url;
    maps.set(
      url,
      existsSync(`${file}.map`) ? new SourceMapConsumer(JSON.parse(readFileSync(`${file}.map`, 'utf8'))) : undefined,
    );
  }
  return maps.get(url);
};
const label = (frame: CallFrame): { file: string; fn: string } => {
  if (!frame.url) return { file: frame.functionName || '(native)', fn: frame.functionName };
  const map = mapFor(frame.url);
  const original = map?.originalPositionFor({ line: frame.lineNumber + 1, column: frame.columnNumber });
  const source = original?.source ? relative(root, join(root, 'dist/chunks', original.source)) : frame.url;
  const file = source
    .replace(/^.*node_modules\//, '')
    .replace(/^(@[^/]+\/[^/]+|[^/]+)\/.*$/, (m, pkg: string) => (source.includes('node_modules') ? pkg : m));
  return { file, fn: `${original?.name ?? frame.functionName}@${source}:${original?.line ?? frame.lineNumber}` };
};

// step → { cpu ms, keys, by file, by function }
const perStep = new Map<
  string,
  { ms: number; keys: number; files: Map<string, number>; fns: Map<string, number>; each: number[] }
>();
for (const key of keys) {
  const entry = perStep.get(key.step) ?? { ms: 0, keys: 0, files: new Map(), fns: new Map(), each: [] };
  entry.keys++;
  perStep.set(key.step, entry);
}
for (const name of readdirSync(dir).filter((file) => file.endsWith('.cpuprofile'))) {
  const pid = Number(/\.(\d+)\.\d+\.\d+\.cpuprofile$/.exec(name)?.[1]);
  const profile = JSON.parse(readFileSync(join(dir, name), 'utf8')) as Profile;
  const own = keys.filter((key) => key.pid === pid).sort((a, b) => a.at - b.at);
  if (!own.length) continue;
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const labels = new Map<number, { file: string; fn: string }>();
  const cpu = new Map<(typeof keys)[number], number>();
  let time = profile.startTime;
  let k = -1;
  for (let i = 0; i < profile.samples.length; i++) {
    const delta = profile.timeDeltas[i]!;
    time += delta;
    while (k + 1 < own.length && own[k + 1]!.at <= time) k++;
    if (k < 0) continue;
    const node = nodes.get(profile.samples[i]!)!;
    if (['(idle)', '(program)', '(garbage collector)'].includes(node.callFrame.functionName) && !node.callFrame.url) {
      if (node.callFrame.functionName !== '(garbage collector)') continue;
    }
    const entry = perStep.get(own[k]!.step)!;
    const ms = (profile.timeDeltas[i + 1] ?? delta) / 1000;
    entry.ms += ms;
    cpu.set(own[k]!, (cpu.get(own[k]!) ?? 0) + ms);
    if (!labels.has(node.id)) labels.set(node.id, label(node.callFrame));
    const { file, fn } = labels.get(node.id)!;
    entry.files.set(file, (entry.files.get(file) ?? 0) + ms);
    entry.fns.set(fn, (entry.fns.get(fn) ?? 0) + ms);
  }
  for (const key of own) perStep.get(key.step)!.each.push(cpu.get(key) ?? 0);
}
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
const top = (map: Map<string, number>, n: number, per: number) =>
  [...map]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([name, ms]) => `${(ms / per).toFixed(1)} ${name}`);
for (const [step, entry] of perStep) {
  if (only.length && !only.includes(step)) continue;
  console.log(
    `${step}: ${(entry.ms / entry.keys).toFixed(1)} ms CPU per key (${entry.keys} keys), median ${median(entry.each).toFixed(1)}, max ${Math.max(...entry.each).toFixed(1)}`,
  );
  console.log(`  files: ${top(entry.files, 10, entry.keys).join(' · ')}`);
  for (const line of top(entry.fns, only.length ? 25 : 8, entry.keys)) console.log(`    ${line}`);
}
