// `npm run bench`: start-up, key latency and memory of the built binary, as ratios against
// `node -e 0` measured in the same run (absolute times vary from machine to machine).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pty from 'node-pty';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bin = join(root, 'bin', 'mlops-tutor.js');
const RUNS = Number(process.env.BENCH_RUNS ?? 15);

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

function home(): string {
  const dir = mkdtempSync(join(tmpdir(), 'mlops-bench-'));
  const profile = { language: 'en', startDate: '2026-11-02', paceWeeks: 8, workspace: tmpdir(), createdAt: '2026-11-02T09:00:00.000Z' };
  writeFileSync(join(dir, 'state.json'), JSON.stringify({ schemaVersion: 1, profile, modules: {} }));
  return dir;
}

function timeCommand(args: string[], env: NodeJS.ProcessEnv): number {
  const times: number[] = [];
  execFileSync(process.execPath, args, { env, stdio: 'ignore' }); // warm the file cache
  for (let i = 0; i < RUNS; i++) {
    const start = process.hrtime.bigint();
    execFileSync(process.execPath, args, { env, stdio: 'ignore' });
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return median(times);
}

interface TuiRun {
  firstFrameMs: number;
  keyLatencies: number[];
  peakRssKiB: number;
}

/** Starts the TUI in a pseudo-terminal, waits for home, presses keys, reads VmHWM, quits. */
function tuiRun(env: NodeJS.ProcessEnv, keys: number): Promise<TuiRun> {
  return new Promise((resolve, reject) => {
    const start = process.hrtime.bigint();
    const child = pty.spawn(process.execPath, [bin], { cols: 80, rows: 24, cwd: tmpdir(), env: env as Record<string, string> });
    let output = '';
    let firstFrameMs = 0;
    let pressedAt: bigint | undefined;
    const keyLatencies: number[] = [];
    let peakRssKiB = 0;
    const timer = setTimeout(() => {
      child.kill();
      reject(new Error('the TUI did not show home within 20 s'));
    }, 20_000);
    const pressNext = () => {
      if (keyLatencies.length >= keys) {
        const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
        peakRssKiB = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0);
        child.write('q');
        return;
      }
      // Alternate down and up so the selection always moves and a frame always follows.
      setTimeout(() => {
        pressedAt = process.hrtime.bigint();
        child.write(keyLatencies.length % 2 ? '\u001B[A' : '\u001B[B');
      }, 30);
    };
    child.onData((data) => {
      output += data;
      if (!firstFrameMs && output.includes('Continue')) {
        firstFrameMs = Number(process.hrtime.bigint() - start) / 1e6;
        setTimeout(pressNext, 200);
      } else if (pressedAt !== undefined) {
        keyLatencies.push(Number(process.hrtime.bigint() - pressedAt) / 1e6);
        pressedAt = undefined;
        pressNext();
      }
    });
    child.onExit(() => {
      clearTimeout(timer);
      resolve({ firstFrameMs, keyLatencies, peakRssKiB });
    });
  });
}

const env: NodeJS.ProcessEnv = { ...process.env, MLOPS_TUTOR_HOME: home(), LANG: 'en_US.UTF-8', TERM: 'xterm-256color' };
delete env.CI;

const baseline = timeCommand(['-e', '0'], env);
const version = timeCommand([bin, '--version'], env);
const help = timeCommand([bin, '--help'], env);
const status = timeCommand([bin, 'status', '--json'], env);
const runs: TuiRun[] = [];
for (let i = 0; i < Math.max(5, Math.round(RUNS / 2)); i++) runs.push(await tuiRun(env, 20));
const firstFrame = median(runs.map((run) => run.firstFrameMs));
const keyLatency = median(runs.flatMap((run) => run.keyLatencies));
const peakRss = Math.max(...runs.map((run) => run.peakRssKiB)) / 1024;

const rows: [string, string, string, string][] = [
  ['node -e 0 (baseline)', `${baseline.toFixed(1)} ms`, '1.00×', ''],
  ['--version', `${version.toFixed(1)} ms`, `${(version / baseline).toFixed(2)}×`, '≤ 1.3×'],
  ['--help', `${help.toFixed(1)} ms`, `${(help / baseline).toFixed(2)}×`, '≤ 1.3×'],
  ['status --json', `${status.toFixed(1)} ms`, `${(status / baseline).toFixed(2)}×`, ''],
  ['first frame of home (pty)', `${firstFrame.toFixed(1)} ms`, `${(firstFrame / baseline).toFixed(2)}×`, '≤ 2.5×'],
  ['keypress → next frame (median)', `${keyLatency.toFixed(1)} ms`, '', '≤ 16 ms'],
  ['peak RSS of the TUI session', `${peakRss.toFixed(1)} MiB`, '', '≤ 80 MiB'],
];
console.log(`mlops-tutor bench (median of ${RUNS} runs; TUI: ${runs.length} sessions × 20 keys)`);
for (const [name, value, ratio, budget] of rows) console.log(`${name.padEnd(32)} ${value.padStart(10)} ${ratio.padStart(7)}  ${budget}`);
