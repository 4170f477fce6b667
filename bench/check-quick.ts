// Dev tool, not part of `npm run bench`: only the checker rows, on one Node, for quick iteration.
//   npx tsx bench/check-quick.ts [node binary] [runs] [ids, comma-separated]
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkVsHand } from './check-vs-hand.js';
import { busyHome } from './fixtures.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const node = process.argv[2] ?? process.execPath;
const runs = Number(process.argv[3] ?? 5);
const ids = (process.argv[4] ?? '01,06').split(',');
const env = { ...process.env, MLOPS_TUTOR_HOME: busyHome(root), LANG: 'en_US.UTF-8' };
delete env.CI;
delete env.NODE_EXTRA_CA_CERTS; // as scripts/bench.ts: Node 20 would parse it at every start
for (const id of ids) {
  const timing = await checkVsHand(root, node, id, env, runs);
  console.log(
    `check ${id}: ${timing.checkMs.toFixed(0)} ms vs by hand ${timing.handMs.toFixed(0)} ms = ${(timing.checkMs / timing.handMs).toFixed(2)}×; slowest: ${timing.slowest.join(', ')}`,
  );
}
