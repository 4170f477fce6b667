// Issue 14, item 5: what sits next to (or in place of) state.json never hangs a command and never
// costs a write. A FIFO in the file's place, leftovers of killed writers, and a lock: taken over when
// its holder is gone, never while the holder lives — however old the lock is.
import { execFileSync, spawn, spawnSync, type ChildProcess } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { NonBlockingStore } from '../../src/state/non-blocking-store.js';
import { Store, StoreError } from '../../src/state/store.js';
import { cli } from '../helpers/cli.js';

const tempHome = () => mkdtempSync(join(tmpdir(), 'mlops-files-'));
const profile = {
  language: 'en' as const,
  startDate: '2026-11-02',
  paceWeeks: 8 as const,
  workspace: '/tmp',
  createdAt: '2026-11-02T09:00:00.000Z',
};

/** The pid of a process that has already ended (for locks left by a killed holder). */
function deadPid(): number {
  // Run to the end and reaped (spawnSync waits), so the pid names no process, not even a zombie.
  return Number(spawnSync(process.execPath, ['-e', 'console.log(process.pid)'], { encoding: 'utf8' }).stdout.trim());
}

const holders: ChildProcess[] = [];
afterEach(() => {
  for (const holder of holders.splice(0)) holder.kill('SIGKILL');
});
/** A live process standing in for another mlops-tutor that holds the lock. */
function liveHolder(home: string): number {
  const holder = spawn('sleep', ['60'], { stdio: 'ignore' });
  holders.push(holder);
  writeFileSync(join(home, 'state.lock'), String(holder.pid));
  return holder.pid!;
}

describe('state.json is a FIFO', () => {
  it(
    'status neither hangs nor reads it: the FIFO is moved aside and a fresh store starts',
    { timeout: 30_000 },
    async () => {
      const home = tempHome();
      execFileSync('mkfifo', [join(home, 'state.json')]);
      // Without a reader on the other end, a blocking open would wait forever (SIGTERM ignored too).
      const result = await cli(['status'], { home }).then((r) => r);
      expect(result.exitCode).toBe(0);
      expect(result.stdout).toContain('not set up yet');
      expect(result.stderr).toMatch(
        /^Your progress file was damaged; I moved it to .*state\.json\.corrupt-.* and started a fresh one\.$/,
      );
      const aside = readdirSync(home).find((name) => name.startsWith('state.json.corrupt-'))!;
      expect(statSync(join(home, aside)).isFIFO()).toBe(true);
      expect(existsSync(join(home, 'state.json'))).toBe(false);
    },
  );

  it('--help (which reads the saved language) does not hang on it either', { timeout: 30_000 }, async () => {
    const home = tempHome();
    execFileSync('mkfifo', [join(home, 'state.json')]);
    const result = await cli(['--help'], { home });
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toContain('Usage: mlops-tutor');
  });

  it('a folder in the file’s place is moved aside the same way', () => {
    const home = tempHome();
    mkdirSync(join(home, 'state.json'));
    const store = Store.open(home);
    expect(store.notice?.why).toBe('not a regular file');
    store.update((state) => ({ ...state, profile }));
    expect(Store.open(home).read().profile).toEqual(profile);
  });
});

describe('leftovers of a killed writer', () => {
  it('temporary files and draft locks of dead processes are removed; the write goes through', () => {
    const home = tempHome();
    const dead = deadPid();
    writeFileSync(join(home, 'state.json.tmp-1733100000000abc'), '{"half": ');
    writeFileSync(join(home, `state.json.tmp-${dead}-k3j2h1`), '');
    writeFileSync(join(home, `state.lock.${dead}-a1b2c3`), String(dead));
    const store = Store.open(home);
    store.update((state) => ({ ...state, profile }));
    expect(readdirSync(home).sort()).toEqual(['state.json']);
    expect(Store.open(home).read().profile).toEqual(profile);
  });

  it('a lock left by a dead holder (file or older folder form) is taken over at once', () => {
    for (const form of ['file', 'folder'] as const) {
      const home = tempHome();
      const dead = deadPid();
      if (form === 'file') writeFileSync(join(home, 'state.lock'), String(dead));
      else {
        mkdirSync(join(home, 'state.lock'));
        writeFileSync(join(home, 'state.lock', 'pid'), String(dead));
      }
      const store = Store.open(home, { lockWaitMs: 0 });
      expect(existsSync(join(home, 'state.lock'))).toBe(false);
      store.update((state) => ({ ...state, profile }));
      expect(store.read().profile).toEqual(profile);
    }
  });
});

describe('a lock whose holder is alive', () => {
  it('is never taken over, even when it is an hour old: the writer says who holds it', () => {
    const home = tempHome();
    const pid = liveHolder(home);
    const hourAgo = new Date(Date.now() - 3_600_000);
    utimesSync(join(home, 'state.lock'), hourAgo, hourAgo);
    const store = Store.open(home, { lockWaitMs: 200 });
    let error: unknown;
    try {
      store.update((state) => ({ ...state, profile }));
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(StoreError);
    expect(error).toMatchObject({ exitCode: 3, storeProblem: { reason: 'locked', holder: pid } });
    expect(readFileSync(join(home, 'state.lock'), 'utf8')).toBe(String(pid));
    expect(existsSync(join(home, 'state.json'))).toBe(false);
  });

  it('the interface does not wait for it: the change shows at once and is saved when the holder ends', async () => {
    const home = tempHome();
    liveHolder(home);
    const store = new NonBlockingStore(Store.open(home, { lockWaitMs: 30_000 }));
    const shown = store.update((state) => ({ ...state, profile }));
    expect(shown.profile).toEqual(profile);
    expect(store.read().profile).toEqual(profile);
    expect(store.unsaved).toBe(1);
    expect(existsSync(join(home, 'state.json'))).toBe(false);
    // The holder ends (killed: its lock is left behind, and recognised as stale).
    holders.splice(0).forEach((holder) => holder.kill('SIGKILL'));
    expect(await store.settle()).toBeUndefined();
    expect(Store.open(home).read().profile).toEqual(profile);
  });

  it('when it is never released, the end of the session reports the change as not saved', async () => {
    const home = tempHome();
    const pid = liveHolder(home);
    const store = new NonBlockingStore(Store.open(home, { lockWaitMs: 100 }));
    store.update((state) => ({ ...state, profile }));
    expect(await store.settle()).toMatchObject({ exitCode: 3, storeProblem: { reason: 'locked', holder: pid } });
  });
});
