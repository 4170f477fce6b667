// A cross-process lock around read-merge-write of the store. conf rewrites the whole file on every
// write, so two processes (the TUI and a `check` in another terminal) would otherwise lose each
// other's updates. mkdir is atomic on every platform we support; the holder's pid lets a crashed
// holder's lock be reclaimed.
import { mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const STALE_MS = 10_000;
const WAIT_MS = 15_000;
const sleeper = new Int32Array(new SharedArrayBuffer(4));

function sleep(ms: number): void {
  Atomics.wait(sleeper, 0, 0, ms);
}

function holderIsGone(dir: string): boolean {
  try {
    const pid = Number(readFileSync(join(dir, 'pid'), 'utf8'));
    if (Number.isInteger(pid) && pid > 0) {
      try {
        process.kill(pid, 0);
      } catch (error) {
        return (error as NodeJS.ErrnoException).code === 'ESRCH';
      }
    }
    return Date.now() - statSync(dir).mtimeMs > STALE_MS;
  } catch {
    // No pid file yet: the holder is between mkdir and writing it, unless that was long ago.
    try {
      return Date.now() - statSync(dir).mtimeMs > STALE_MS;
    } catch {
      return false;
    }
  }
}

export class LockTimeoutError extends Error {}

export function withLock<T>(home: string, action: () => T): T {
  const dir = join(home, 'state.lock');
  const deadline = Date.now() + WAIT_MS;
  for (let attempt = 0; ; attempt++) {
    try {
      mkdirSync(dir);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      if (holderIsGone(dir)) {
        rmSync(dir, { recursive: true, force: true });
        continue;
      }
      if (Date.now() > deadline) throw new LockTimeoutError(`The progress store in ${home} is locked by another process.`);
      sleep(Math.min(2 + attempt, 25));
    }
  }
  try {
    writeFileSync(join(dir, 'pid'), String(process.pid));
    return action();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
