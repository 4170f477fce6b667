// Quick first-frame comparison for development (not part of npm run bench): ours vs the bare Ink
// peer vs `node -e 0`, alternating, median of N. Run after `npm run bench` built the peer:
//   npx tsx bench/first-frame-quick.ts [node] [sessions]
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { busyHome } from './fixtures.js';
import { startSession } from './pty-session.js';

const root = join(import.meta.dirname, '..');
const node = process.argv[2] ?? process.execPath;
const sessions = Number(process.argv[3] ?? 9);
const env: NodeJS.ProcessEnv = {
  ...process.env,
  MLOPS_TUTOR_HOME: busyHome(root),
  LANG: 'en_US.UTF-8',
  TERM: 'xterm-256color',
};
delete env.CI;
delete env.NODE_EXTRA_CA_CERTS; // as scripts/bench.ts: Node 20 would parse it at every start
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
async function frame(args: string[], ready: string): Promise<number> {
  const session = startSession(node, args, { env, cwd: tmpdir(), ready });
  const ms = await session.started;
  await session.quit();
  return ms;
}
const baseline = () => {
  const start = process.hrtime.bigint();
  execFileSync(node, ['-e', '0'], { stdio: 'ignore' });
  return Number(process.hrtime.bigint() - start) / 1e6;
};
const ours: number[] = [];
const peer: number[] = [];
const bare: number[] = [];
await frame([join(root, 'bin/mlops-tutor.js')], 'Continue');
for (let i = 0; i < sessions; i++) {
  bare.push(baseline());
  ours.push(await frame([join(root, 'bin/mlops-tutor.js')], 'Continue'));
  peer.push(await frame([join(root, '.bench/bare-ink/launcher.mjs')], 'Ready'));
}
const [o, p, b] = [median(ours), median(peer), median(bare)];
console.log(
  `node -e 0 ${b.toFixed(1)} ms · ours ${o.toFixed(1)} ms (${(o / b).toFixed(2)}×) · peer ${p.toFixed(1)} ms · ours ÷ peer ${(o / p).toFixed(2)}×`,
);
