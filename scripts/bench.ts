// `npm run bench`: start-up, key latency, memory and checker overhead of the built binary on every
// tested Node (20, 22, 24: scripts/node-versions.mjs fetches the missing ones into a cache folder),
// each figure a ratio against what the same run measured on the same Node — `node -e 0`, a bare
// bundled Ink app (bench/bare-ink) and the checkers' tool commands run by hand — since absolute
// times vary from machine to machine and with the load on it.
//   BENCH_NODES=20,24  only those majors     BENCH_RUNS=15  runs per command timing
//   BENCH_SESSIONS=9   first-frame sessions  BENCH_CHECK_RUNS=5  timed runs of each check
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { checkVsHand, type CheckTiming } from '../bench/check-vs-hand.js';
import { busyHome } from '../bench/fixtures.js';
import { median, timeCommands } from '../bench/time-commands.js';
import { startSession } from '../bench/pty-session.js';
import { scriptedRun, type KeyTiming } from '../bench/scripted-run.js';
import { nodeBinary, TESTED_MAJORS } from './node-versions.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bin = join(root, 'bin', 'mlops-tutor.js');
const RUNS = Number(process.env.BENCH_RUNS ?? 15);
const SESSIONS = Number(process.env.BENCH_SESSIONS ?? 9);
const CHECK_RUNS = Number(process.env.BENCH_CHECK_RUNS ?? 5);
const MAJORS = process.env.BENCH_NODES ? process.env.BENCH_NODES.split(',').map(Number) : TESTED_MAJORS;

const percentile = (values: number[], p: number) =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.ceil((p / 100) * values.length) - 1)]!;

/** The peer, bundled as a careful Ink app ships: esbuild, minified, production React, no devtools. */
async function buildPeer(): Promise<string> {
  const out = join(root, '.bench', 'bare-ink');
  rmSync(out, { recursive: true, force: true });
  await build({
    entryPoints: [join(root, 'bench/bare-ink/app.tsx')],
    outfile: join(out, 'app.js'),
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    minify: true,
    legalComments: 'none',
    jsx: 'automatic',
    define: { 'process.env.NODE_ENV': '"production"' },
    alias: { 'react-devtools-core': join(root, 'scripts/empty-module.js') },
    banner: {
      js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
    },
    logLevel: 'warning',
    sourcemap: process.env.MLOPS_TUTOR_SOURCEMAP === '1',
  });
  copyFileSync(join(root, 'bench/bare-ink/launcher.mjs'), join(out, 'launcher.mjs'));
  return join(out, 'launcher.mjs');
}

async function firstFrame(
  node: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  ready: string,
): Promise<{ ms: number; peakRssKiB: number }> {
  const session = startSession(node, args, { env, cwd: tmpdir(), ready });
  const ms = await session.started;
  const peakRssKiB = session.peakRssKiB();
  await session.quit();
  return { ms, peakRssKiB };
}

interface NodeResult {
  major: number;
  version: string;
  rows: [string, string, string, string, boolean | undefined][];
  transitions: Map<string, number[]>;
  keys: number;
  notes: string[];
}

async function benchNode(major: number, peer: string): Promise<NodeResult> {
  const node = nodeBinary(major);
  const version = execFileSync(node, ['--version'], { encoding: 'utf8' }).trim();
  process.stderr.write(`bench: Node ${version} (${node})\n`);
  const home = busyHome(root);
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    MLOPS_TUTOR_HOME: home,
    LANG: 'en_US.UTF-8',
    TERM: 'xterm-256color',
  };
  // Ink renders only the last frame under CI; the bench wants what a learner's terminal gets.
  delete env.CI;
  delete env.NODE_OPTIONS;
  // Node 20 reads and parses this whole certificate file at every start (~90 ms here; 22 and 24 only
  // when TLS is first used): a machine that sets it would make `node -e 0` the slow one. A learner's
  // machine rarely sets it.
  delete env.NODE_EXTRA_CA_CERTS;

  const [baseline, versionMs, helpMs, statusMs] = timeCommands(
    node,
    [
      ['-e', '0'],
      [bin, '--version'],
      [bin, '--help'],
      [bin, 'status', '--json'],
    ],
    env,
    RUNS,
  ) as [number, number, number, number];

  // Ours and the peer alternate, so a burst of load elsewhere on the machine hits both alike.
  await firstFrame(node, [bin], env, 'Continue');
  await firstFrame(node, [peer], env, 'Ready');
  const ours: number[] = [];
  const bare: number[] = [];
  for (let i = 0; i < SESSIONS; i++) {
    ours.push((await firstFrame(node, [bin], env, 'Continue')).ms);
    bare.push((await firstFrame(node, [peer], env, 'Ready')).ms);
  }
  const frame = median(ours);
  const peerFrame = median(bare);

  const keys: KeyTiming[] = [];
  const stages = new Map<string, number>();
  let peakRssKiB = 0;
  for (let i = 0; i < 2; i++) {
    // A fresh copy of the busy store each time: the first run's quiz and drill must not pile up.
    const session = startSession(node, [bin], {
      env: { ...env, MLOPS_TUTOR_HOME: busyHome(root) },
      cwd: tmpdir(),
      ready: 'Continue',
      complete: /\bq (quit|abandon)\b[^\n]*\s*$/,
    });
    keys.push(
      ...(await scriptedRun(session, (stage) =>
        stages.set(stage, Math.max(stages.get(stage) ?? 0, session.peakRssKiB())),
      )),
    );
    peakRssKiB = Math.max(peakRssKiB, session.peakRssKiB());
    await session.quit();
  }
  const latencies = keys.map((key) => key.ms);
  const transitions = new Map<string, number[]>();
  for (const key of keys)
    if (!['move', 'page', 'answer', 'next', 'back', 'setup'].includes(key.step))
      transitions.set(key.step, [...(transitions.get(key.step) ?? []), key.ms]);

  const checks: CheckTiming[] = [];
  for (const id of ['01', '06']) checks.push(await checkVsHand(root, node, id, env, CHECK_RUNS));
  rmSync(home, { recursive: true, force: true });

  const ms = (value: number) => `${value.toFixed(1)} ms`;
  const ratio = (value: number) => `${value.toFixed(2)}×`;
  const rows: NodeResult['rows'] = [
    ['node -e 0 (baseline)', ms(baseline), ratio(1), '', undefined],
    ['bare Ink app, first frame', ms(peerFrame), ratio(peerFrame / baseline), '', undefined],
    ['--version', ms(versionMs), ratio(versionMs / baseline), '≤ 1.3×', versionMs / baseline <= 1.3],
    ['--help', ms(helpMs), ratio(helpMs / baseline), '≤ 1.3×', helpMs / baseline <= 1.3],
    ['status --json', ms(statusMs), ratio(statusMs / baseline), '≤ 1.6×', statusMs / baseline <= 1.6],
    [
      'first frame of home',
      ms(frame),
      ratio(frame / baseline),
      major === 20 ? '≤ 2.5× node -e 0' : '',
      major === 20 ? frame / baseline <= 2.5 : undefined,
    ],
    ['first frame ÷ bare Ink app', '', ratio(frame / peerFrame), '≤ 0.8×', frame / peerFrame <= 0.8],
    ['key → frame, median', ms(median(latencies)), '', '≤ 16 ms', median(latencies) <= 16],
    ['key → frame, p95', ms(percentile(latencies, 95)), '', '≤ 33 ms', percentile(latencies, 95) <= 33],
    ['peak RSS, scripted run', `${(peakRssKiB / 1024).toFixed(1)} MiB`, '', '≤ 75 MiB', peakRssKiB / 1024 <= 75],
    ...checks.map((check): NodeResult['rows'][number] => [
      `check ${check.id} ÷ by hand`,
      `${ms(check.checkMs)}`,
      ratio(check.checkMs / check.handMs),
      '≤ 1.10×',
      check.checkMs / check.handMs <= 1.1,
    ]),
  ];
  const notes = checks.map(
    (check) =>
      `check ${check.id}: by hand ${ms(check.handMs)} = ${check.commands.join(' ; ')}; the check also runs ${check.otherItems} file, AST and probe items; its slowest items: ${check.slowest.join(', ')}`,
  );
  notes.unshift(
    `peak RSS after each stage: ${[...stages].map(([stage, kib]) => `${stage} ${(kib / 1024).toFixed(1)}`).join(' · ')} MiB`,
  );
  return { major, version, rows, transitions, keys: keys.length, notes };
}

const peer = await buildPeer();
const results: NodeResult[] = [];
for (const major of MAJORS) results.push(await benchNode(major, peer));

const lines: string[] = [];
for (const result of results) {
  lines.push(
    '',
    `Node ${result.version} — commands: median of ${RUNS}; first frames: median of ${SESSIONS} sessions each; keys: ${result.keys} in 2 scripted runs; checks: median of ${CHECK_RUNS}`,
  );
  for (const [name, value, ratio, budget, ok] of result.rows)
    lines.push(
      `  ${name.padEnd(28)} ${value.padStart(10)} ${ratio.padStart(7)}  ${budget.padEnd(17)} ${ok === undefined ? '' : ok ? '✓' : '✗'}`,
    );
  lines.push(
    `  heavy transitions (key → frame): ${[...result.transitions].map(([step, values]) => `${step} ${values.map((value) => value.toFixed(1)).join('/')} ms`).join(' · ')}`,
  );
  for (const note of result.notes) lines.push(`  ${note}`);
}
console.log(`mlops-tutor bench${lines.join('\n')}`);
const report = join(root, '.bench', 'last.txt');
mkdirSync(dirname(report), { recursive: true });
writeFileSync(report, `${lines.join('\n').trim()}\n`);
