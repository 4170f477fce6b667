// Start-up times of a few commands on one Node, interleaved round by round: a burst of load elsewhere
// on the machine then slows every command of that round alike, and the ratios to `node -e 0` (the
// first command, by convention) stay fair. Timed one after the other, 15 runs each, a burst that hit
// only `status --json` once made it 1.99× where the next minute measured 1.38×.
import { execFileSync } from 'node:child_process';

export const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

/** The median wall time of each command (its argv for `node`), in ms, over `runs` rounds. */
export function timeCommands(node: string, commands: string[][], env: NodeJS.ProcessEnv, runs: number): number[] {
  const times = commands.map(() => [] as number[]);
  // One untimed round warms the file cache (and any compile cache).
  for (const args of commands) execFileSync(node, args, { env, stdio: 'ignore' });
  for (let round = 0; round < runs; round++)
    commands.forEach((args, index) => {
      const start = process.hrtime.bigint();
      execFileSync(node, args, { env, stdio: 'ignore' });
      times[index]!.push(Number(process.hrtime.bigint() - start) / 1e6);
    });
  return times.map(median);
}
