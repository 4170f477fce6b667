// Quick command start-up comparison for development (not part of npm run bench): `--version`,
// `--help` and `status --json` against `node -e 0`, timed as the bench times them (time-commands.ts:
// interleaved rounds, median of N) with the same store (a busy home with 200 answered questions) and
// environment, on each tested Node. Build first:
//   npx tsx bench/commands-quick.ts [runs] [majors, e.g. 20,22,24]
import { join } from 'node:path';
import { busyHome } from './fixtures.js';
import { timeCommands } from './time-commands.js';
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
const commands: [string, string[], number | undefined][] = [
  ['node -e 0', ['-e', '0'], undefined],
  ['--version', [bin, '--version'], 1.3],
  ['--help', [bin, '--help'], 1.3],
  ['status --json', [bin, 'status', '--json'], 1.6],
];

for (const major of majors) {
  const medians = timeCommands(
    nodeBinary(major),
    commands.map(([, args]) => args),
    env,
    runs,
  );
  const baseline = medians[0]!;
  const cells = commands.map(([name, , budget], index) => {
    const ms = medians[index]!;
    const ratio = ms / baseline;
    const mark = budget === undefined ? '' : ratio <= budget ? ' ✓' : ` ✗ (≤ ${budget}×)`;
    return `${name} ${ms.toFixed(1)} ms ${ratio.toFixed(2)}×${mark}`;
  });
  console.log(`Node ${major}: ${cells.join(' · ')}`);
}
