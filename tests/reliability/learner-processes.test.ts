// Issue 14, item 4: every process the learner's code starts is tracked, not only its process group.
// A `setsid` grandchild (its own session, out of the group) neither keeps `check` waiting nor survives
// it — for a command and for the web server of an http-probe; `kill -9` of `check` leaves nothing
// running once the next `check` has started; a recorded pid that now belongs to someone else is spared.
import { execFileSync, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execa } from 'execa';
import { afterEach, describe, expect, it } from 'vitest';
import { helperDir } from '../../src/checks/definitions.js';
import { runCheck } from '../../src/checks/runner.js';
import { MARKER_VARIABLE, reapLeftovers, startTime } from '../../src/checks/supervision.js';
import { checkSchema, type CheckDefinition } from '../../src/content/check-schema.js';
import { testPython } from '../checks/helpers.js';
import { bin, cli } from '../helpers/cli.js';
import { eventually } from '../helpers/eventually.js';
import { realSyllabus, repoRoot } from '../helpers/syllabus.js';

/** A sleep nobody else runs: its argument is unique to the test, so `pgrep -f` finds only ours. */
const uniqueSleep = () => `300.${Math.floor(Math.random() * 1e9)}`;
const pids = (pattern: string): number[] => {
  try {
    return execFileSync('pgrep', ['-f', `^sleep ${pattern.replace('.', '\\.')}$`], { encoding: 'utf8' })
      .trim()
      .split('\n')
      .filter(Boolean)
      .map(Number);
  } catch {
    return []; // pgrep exits 1 when nothing matches
  }
};
const survivors: string[] = [];
afterEach(() => {
  for (const pattern of survivors.splice(0)) for (const pid of pids(pattern)) process.kill(pid, 'SIGKILL');
});

/**
 * Python that starts `sleep <seconds>` in a session of its own (holding our output pipe, if asked: what
 * kept `check` waiting), then (optionally) waits itself.
 */
const escapee = (seconds: string, waitSec = 0, holdOutput = false) =>
  `import subprocess, sys, time\nout = ${holdOutput ? 'sys.stdout' : 'subprocess.DEVNULL'}\nsubprocess.Popen(["setsid", "sleep", "${seconds}"], stdin=subprocess.DEVNULL, stdout=out, stderr=out)\ntime.sleep(${waitSec})\nprint("Python 3.12 started a helper", flush=True)\n`;

function project(files: Record<string, string>): { workspace: string; dir: string } {
  const workspace = mkdtempSync(join(tmpdir(), 'mlops-escape-'));
  const dir = join(workspace, 'project');
  mkdirSync(dir);
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return { workspace, dir };
}

/** A checker with one item of `kind` (40 points), padded to the rubric. */
function checker(item: Record<string, unknown>): CheckDefinition {
  const pad = (id: string, category: string, points: number) => ({
    id,
    title: { es: id, en: id },
    category,
    points,
    kind: 'files-exist',
    files: [],
    hint: { es: 'x', en: 'x' },
  });
  return checkSchema.parse({
    id: '06',
    module: '06',
    slug: 'api',
    title: { es: 't', en: 't' },
    path: 'project',
    passScore: 70,
    items: [
      {
        id: 'item',
        title: { es: 'i', en: 'i' },
        category: 'functionality',
        points: 40,
        hint: { es: 'x', en: 'x' },
        ...item,
      },
      pad('q', 'quality', 20),
      pad('d', 'docs', 15),
      pad('r', 'reproducibility', 15),
      pad('t', 'tests', 10),
    ],
  });
}

const run = (definition: CheckDefinition, where: { workspace: string; dir: string }, recordDir?: string) =>
  runCheck({
    definition,
    rubric: realSyllabus().rubric,
    dir: where.dir,
    workspace: where.workspace,
    python: testPython(),
    helperDir: helperDir(repoRoot),
    lang: 'en',
    recordDir,
  });

describe('a setsid grandchild', () => {
  it('of a command neither keeps the check waiting nor survives it', { timeout: 60_000 }, async () => {
    const sleep = uniqueSleep();
    survivors.push(sleep);
    const where = project({ 'start.py': escapee(sleep, 0, true) });
    const result = await run(
      checker({ kind: 'command', argv: ['{python}', 'start.py'], output: { regex: 'started a helper' } }),
      where,
    );
    expect(result.items[0]!.status, result.items[0]!.message).toBe('pass');
    // The check came back (long before the 300 s sleep would end) and took the grandchild with it.
    expect(pids(sleep)).toEqual([]);
  });

  it("of the http-probe's web server is gone when the probe ends", { timeout: 60_000 }, async () => {
    const sleep = uniqueSleep();
    survivors.push(sleep);
    const app = `${escapee(sleep)}from fastapi import FastAPI\napp = FastAPI()\n\n@app.get("/health")\ndef health():\n    return {"status": "ok"}\n`;
    const where = project({ 'service.py': app });
    const result = await run(
      checker({
        kind: 'http-probe',
        app: 'service:app',
        pythonModules: ['fastapi', 'uvicorn'],
        requests: [{ method: 'GET', path: '/health', status: 200 }],
      }),
      where,
    );
    expect(result.items[0]!.status, result.items[0]!.message).toBe('pass');
    expect(pids(sleep)).toEqual([]);
  });
});

/**
 * A module-00 workspace whose check_env.py, run as a script, starts a setsid sleeper and then waits 60 s
 * itself. Only as a script: the version-gate probe imports the module at the same time (items overlap),
 * and one sleeper per check keeps the count below exact.
 */
function hangingWorkspace(sleep: string): string {
  const workspace = mkdtempSync(join(tmpdir(), 'mlops-killed-'));
  mkdirSync(join(workspace, '00-intro'));
  const script = escapee(sleep, 60)
    .trimEnd()
    .split('\n')
    .map((line) => `    ${line}`)
    .join('\n');
  writeFileSync(join(workspace, '00-intro', 'check_env.py'), `if __name__ == "__main__":\n${script}\n`);
  return workspace;
}

/** `check 00` in the background, once the learner's sleeper runs (the item is under way). */
async function checkUnderWay(home: string, workspace: string, sleep: string) {
  const child = spawn(process.execPath, [bin, 'check', '00', '--dir', workspace, '--lang', 'en'], {
    env: { ...process.env, MLOPS_TUTOR_HOME: home, MLOPS_TUTOR_PYTHON: testPython() },
    stdio: 'ignore',
  });
  await eventually(() => expect(pids(sleep)).toHaveLength(1), { timeoutMs: 30_000 });
  return child;
}

const childrenOf = (pid: number): number[] => {
  try {
    return execFileSync('pgrep', ['-P', String(pid)], { encoding: 'utf8' })
      .trim()
      .split('\n')
      .filter(Boolean)
      .map(Number);
  } catch {
    return [];
  }
};

describe('kill -9 of check', () => {
  it(
    'leaves none of the learner’s processes running (their supervisor sees check die)',
    { timeout: 60_000 },
    async () => {
      const sleep = uniqueSleep();
      survivors.push(sleep);
      const home = mkdtempSync(join(tmpdir(), 'mlops-killed-home-'));
      const child = await checkUnderWay(home, hangingWorkspace(sleep), sleep);
      child.kill('SIGKILL');
      await eventually(() => expect(pids(sleep)).toEqual([]), { timeoutMs: 10_000 });
    },
  );

  it(
    'together with the supervisor: the next check reaps the leftover and clears the record',
    { timeout: 90_000 },
    async () => {
      const sleep = uniqueSleep();
      survivors.push(sleep);
      const home = mkdtempSync(join(tmpdir(), 'mlops-killed-home-'));
      const child = await checkUnderWay(home, hangingWorkspace(sleep), sleep);
      // Items overlap: the version-gate probe may still be running (and recorded) next to check_env.py;
      // it ends on its own in a moment, leaving the one record whose process outlives the kill.
      await eventually(() => expect(readdirSync(join(home, 'running'))).toHaveLength(1), { timeoutMs: 30_000 });
      // What an OOM kill or `kill -9` of the whole session does: nothing of ours gets to clean up. Both
      // are stopped first, so neither sees the other die (and cleans up) before its own SIGKILL lands.
      const supervisors = childrenOf(child.pid!);
      for (const pid of [...supervisors, child.pid!]) process.kill(pid, 'SIGSTOP');
      for (const pid of [child.pid!, ...supervisors]) process.kill(pid, 'SIGKILL');
      await eventually(() => expect(readdirSync(join(home, 'running'))).toHaveLength(1), { timeoutMs: 5000 });
      // The learner's processes outlived it: this is what the next start has to clean.
      expect(pids(sleep)).toHaveLength(1);
      const emptyWorkspace = mkdtempSync(join(tmpdir(), 'mlops-next-'));
      mkdirSync(join(emptyWorkspace, '00-intro'));
      const next = await cli(['check', '00', '--dir', emptyWorkspace, '--lang', 'en'], {
        home,
        env: { MLOPS_TUTOR_PYTHON: testPython() },
      });
      expect(next.exitCode, next.stderr).toBe(1); // an empty module: below the pass mark, nothing else wrong
      await eventually(() => expect(pids(sleep)).toEqual([]), { timeoutMs: 5000 });
      // The record went with it, and the empty records folder too.
      expect(existsSync(join(home, 'running'))).toBe(false);
    },
  );
});

describe('reaping after a crash', () => {
  it('never kills a recorded pid that now belongs to another process, and drops the record', async () => {
    const sleep = uniqueSleep();
    survivors.push(sleep);
    const stranger = execa('sleep', [sleep], { reject: false });
    await eventually(() => expect(pids(sleep)).toHaveLength(1));
    const dir = mkdtempSync(join(tmpdir(), 'mlops-records-'));
    // A dead check's record naming the stranger's pid, with another start time and a marker it lacks.
    const deadOwner = 2 ** 22 + 17; // above Linux's pid_max default: no such process
    writeFileSync(
      join(dir, `${deadOwner}-${stranger.pid}.json`),
      JSON.stringify({
        owner: deadOwner,
        ownerStarted: '1',
        pid: stranger.pid,
        started: '1',
        marker: 'not-its-marker',
      }),
    );
    reapLeftovers(dir);
    expect(readdirSync(dir)).toEqual([]);
    expect(pids(sleep)).toEqual([stranger.pid]);
    stranger.kill('SIGKILL');
  });

  it('leaves alone the record of a check that still runs (another terminal) and its processes', async () => {
    const sleep = uniqueSleep();
    survivors.push(sleep);
    const marker = `${randomUUID()}.1`;
    const ours = execa('sleep', [sleep], { reject: false, env: { ...process.env, [MARKER_VARIABLE]: marker } });
    await eventually(() => expect(pids(sleep)).toHaveLength(1));
    const dir = mkdtempSync(join(tmpdir(), 'mlops-records-'));
    // This test process plays the running check: alive, with the start time the record says.
    const name = `${process.pid}-${ours.pid}.json`;
    writeFileSync(
      join(dir, name),
      JSON.stringify({
        owner: process.pid,
        ownerStarted: startTime(process.pid),
        pid: ours.pid,
        started: startTime(ours.pid!),
        marker,
      }),
    );
    reapLeftovers(dir);
    expect(readdirSync(dir)).toEqual([name]);
    expect(pids(sleep)).toEqual([ours.pid]);
    ours.kill('SIGKILL');
  });
});
