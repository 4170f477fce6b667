// Quick key → frame check for development (not part of npm run bench): only the scripted TUI run
// (bench/scripted-run.ts) on one Node, N sessions, each on a fresh busy store; prints the median,
// the p95 and every step's timings. Run after `npm run build`:
//   npx tsx bench/keys-quick.ts [node] [sessions]
//   KEYS_PROFILE=dir  also writes CPU profiles there (build with MLOPS_TUTOR_SOURCEMAP=1), plus
//                     keys.json with each key's hrtime, for bench/profile-keys.ts to split by step
import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { busyHome } from './fixtures.js';
import { startSession } from './pty-session.js';
import { scriptedRun, type KeyTiming } from './scripted-run.js';

const root = join(import.meta.dirname, '..');
const node = process.argv[2] ?? process.execPath;
const sessions = Number(process.argv[3] ?? 2);
const profileDir = process.env.KEYS_PROFILE ? resolve(process.env.KEYS_PROFILE) : undefined;
const flags = profileDir ? ['--cpu-prof', '--cpu-prof-dir', profileDir] : [];
const env: NodeJS.ProcessEnv = { ...process.env, LANG: 'en_US.UTF-8', TERM: 'xterm-256color' };
delete env.CI;
delete env.NODE_OPTIONS;
const sorted = (values: number[]) => [...values].sort((a, b) => a - b);
const median = (values: number[]) => sorted(values)[Math.floor(values.length / 2)]!;
const p95 = (values: number[]) => sorted(values)[Math.min(values.length - 1, Math.ceil(0.95 * values.length) - 1)]!;

const keys: (KeyTiming & { n: number; at: number; pid: number; cpu: number })[] = [];
if (profileDir) mkdirSync(profileDir, { recursive: true });
for (let i = 0; i < sessions; i++) {
  const session = startSession(node, [...flags, join(root, 'bin/mlops-tutor.js')], {
    env: { ...env, MLOPS_TUTOR_HOME: busyHome(root) },
    cwd: tmpdir(),
    ready: 'Continue',
    complete: /\bq (quit|abandon)\b[^\n]*\s*$/,
    cpu: true,
  });
  // Presses happen one at a time, in the order the script records their timings.
  const pressedAt: number[] = [];
  const cpu: number[] = [];
  const press = session.press;
  session.press = async (...args) => {
    pressedAt.push(Number(process.hrtime.bigint() / 1000n) + 40_000); // press waits 40 ms first
    const ms = await press(...args);
    cpu.push(session.keyCpuMs());
    return ms;
  };
  const timings = await scriptedRun(session);
  keys.push(...timings.map((timing, n) => ({ ...timing, n, at: pressedAt[n]!, pid: session.pid, cpu: cpu[n]! })));
  await session.quit();
}
if (profileDir) writeFileSync(join(profileDir, 'keys.json'), JSON.stringify(keys));
const all = keys.map((key) => key.ms);
const cpuAll = keys.map((key) => key.cpu);
const steps = new Map<string, number[]>();
const cpuSteps = new Map<string, number[]>();
for (const key of keys) steps.set(key.step, [...(steps.get(key.step) ?? []), key.ms]);
for (const key of keys) cpuSteps.set(key.step, [...(cpuSteps.get(key.step) ?? []), key.cpu]);
console.log(
  `${node}: ${keys.length} keys in ${sessions} runs · median ${median(all).toFixed(1)} ms · p95 ${p95(all).toFixed(1)} ms · main-thread CPU key → frame: median ${median(cpuAll).toFixed(1)} ms, p95 ${p95(cpuAll).toFixed(1)} ms`,
);
for (const [step, values] of steps)
  console.log(
    `  ${step.padEnd(17)} n=${String(values.length).padStart(3)}  median ${median(values).toFixed(1).padStart(6)}  max ${Math.max(
      ...values,
    )
      .toFixed(1)
      .padStart(6)} · CPU median ${median(cpuSteps.get(step)!).toFixed(1).padStart(6)} max ${Math.max(
      ...cpuSteps.get(step)!,
    )
      .toFixed(1)
      .padStart(6)}  ${values.length <= 4 ? values.map((value) => value.toFixed(1)).join('/') : ''}`,
  );
const slow = keys.filter((key) => key.ms > 33);
console.log(
  `  over 33 ms: ${slow.map((key) => `${key.step}#${key.n} ${key.ms.toFixed(0)} (cpu ${key.cpu.toFixed(0)})`).join(', ') || 'none'}`,
);
