// Quick command start-up comparison for development (not part of npm run bench): `--version`,
// `--help` and `status --json` against `node -e 0`, interleaved round by round so a burst of load
// elsewhere hits all alike, median of N, on each tested Node. The same store and environment as the
// bench's timeCommand (a busy home with 200 answered questions, stdio ignored), but for
// NODE_EXTRA_CA_CERTS (see below). Build first:
//   npx tsx bench/commands-quick.ts [runs] [majors, e.g. 20,22,24]
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { busyHome } from './fixtures.js';
import { nodeBinary, TESTED_MAJORS } from '../scripts/node-versions.mjs';

const root = join(import.meta.dirname, '..');
const bin = join(root, 'bin/mlops-tutor.js');
const runs = Number(process.argv[2] ?? 15);
const majors = process.argv[3] ? process.argv[3].split(',').map(Number) : TESTED_MAJORS;
const env: NodeJS.ProcessEnv = {
  ...process.env,
  MLOPS_TUTOR_HOME: busyHome(root),
  LANG: 'en_US.UTF-8',
  TERM: 'xterm-256color',
};
delete env.CI;
delete env.NODE_OPTIONS;
// Node 20 parses NODE_EXTRA_CA_CERTS at start-up (~130 ms of CPU here; 22 and 24 do it on first TLS
// use): left set, it swells `node -e 0` and every ratio on Node 20 looks close to 1.
delete env.NODE_EXTRA_CA_CERTS;
const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};
const commands: [string, string[], number | undefined][] = [
  ['node -e 0', ['-e', '0'], undefined],
  ['--version', [bin, '--version'], 1.3],
  ['--help', [bin, '--help'], 1.3],
  ['status --json', [bin, 'status', '--json'], 1.6],
];

for (const major of majors) {
  const node = nodeBinary(major);
  const times = commands.map(() => [] as number[]);
  // One untimed round warms the file cache (and any compile cache), as the bench's does.
  for (const [, args] of commands) execFileSync(node, args, { env, stdio: 'ignore' });
  for (let i = 0; i < runs; i++)
    commands.forEach(([, args], index) => {
      const start = process.hrtime.bigint();
      execFileSync(node, args, { env, stdio: 'ignore' });
      times[index]!.push(Number(process.hrtime.bigint() - start) / 1e6);
    });
  const baseline = median(times[0]!);
  const cells = commands.map(([name, , budget], index) => {
    const ms = median(times[index]!);
    const ratio = ms / baseline;
    const mark = budget === undefined ? '' : ratio <= budget ? ' ✓' : ` ✗ (≤ ${budget}×)`;
    return `${name} ${ms.toFixed(1)} ms ${ratio.toFixed(2)}×${mark}`;
  });
  console.log(`Node ${major}: ${cells.join(' · ')}`);
}
