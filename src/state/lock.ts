// A cross-process lock around read-merge-write of the store: every write rewrites the whole file, so
// two processes (the TUI and a `check` in another terminal) would otherwise lose each other's updates.
// The lock is a file holding the holder's pid, created complete in one step (a hard link of a file
// already written), so there is never a lock without an owner to ask about. A lock whose holder is
// alive is never taken over, however long it is held; one whose holder is gone is removed.
import { linkSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';

export const LOCK_NAME = 'state.lock';
export const DEFAULT_WAIT_MS = 15_000;
/** A lock left by an older version as an empty folder (no owner to ask) is stale after this long. */
const OWNERLESS_STALE_MS = 10_000;
const sleeper = new Int32Array(new SharedArrayBuffer(4));

export class LockTimeoutError extends Error {
  constructor(
    readonly home: string,
    readonly holder: number | undefined,
  ) {
    super(`The progress store in ${home} is locked by another process${holder ? ` (pid ${holder})` : ''}.`);
  }
}

function ownerOf(lock: string): number | undefined {
  for (const file of [lock, join(lock, 'pid')]) {
    try {
      const pid = Number(readFileSync(file, 'utf8').trim());
      if (Number.isInteger(pid) && pid > 0) return pid;
    } catch {
      // A folder (older versions) or a file just removed: try the next form.
    }
  }
  return undefined;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to someone else — alive all the same.
    return (error as NodeJS.ErrnoException).code !== 'ESRCH';
  }
}

/** Removes the lock if its holder is gone; true when it did (or the lock vanished meanwhile). */
function clearIfStale(lock: string): { cleared: boolean; holder: number | undefined } {
  const holder = ownerOf(lock);
  if (holder !== undefined) {
    if (isAlive(holder)) return { cleared: false, holder };
  } else {
    try {
      if (Date.now() - statSync(lock).mtimeMs < OWNERLESS_STALE_MS) return { cleared: false, holder };
    } catch {
      return { cleared: true, holder };
    }
  }
  // Moved away before removal, so two waiters that both saw the dead holder cannot remove the lock
  // the faster one has just taken; if what was moved turns out to be live, it is put back.
  const moved = `${lock}.stale-${process.pid}-${Math.random().toString(36).slice(2, 8)}`;
  try {
    renameSync(lock, moved);
  } catch {
    return { cleared: true, holder };
  }
  const movedOwner = ownerOf(moved);
  if (movedOwner !== holder && movedOwner !== undefined && isAlive(movedOwner)) {
    try {
      linkSync(moved, lock);
    } catch {
      // Someone holds a newer lock already: nothing better to do than let both finish.
    }
  }
  rmSync(moved, { recursive: true, force: true });
  return { cleared: true, holder };
}

/** One attempt: the lock's path when taken, else the pid of its live holder. */
function tryAcquire(home: string): { taken: true; release: () => void } | { taken: false; holder: number | undefined } {
  const lock = join(home, LOCK_NAME);
  const draft = `${lock}.${process.pid}-${Math.random().toString(36).slice(2, 8)}`;
  try {
    writeFileSync(draft, String(process.pid), { flag: 'wx' });
    for (let round = 0; round < 3; round++) {
      try {
        linkSync(draft, lock);
        return { taken: true, release: () => rmSync(lock, { force: true }) };
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
        const { cleared, holder } = clearIfStale(lock);
        if (!cleared) return { taken: false, holder };
      }
    }
    return { taken: false, holder: ownerOf(lock) };
  } finally {
    rmSync(draft, { force: true });
  }
}

/** One try: the action's result while holding the lock, or the holder when the lock is taken. */
function attempt<T>(
  home: string,
  action: () => T,
): { done: true; value: T } | { done: false; holder: number | undefined } {
  const result = tryAcquire(home);
  if (!result.taken) return { done: false, holder: result.holder };
  try {
    return { done: true, value: action() };
  } finally {
    result.release();
  }
}

/** Runs `action` holding the lock, waiting up to `waitMs` for it (blocking: for the command line). */
export function withLock<T>(home: string, action: () => T, waitMs = DEFAULT_WAIT_MS): T {
  const deadline = Date.now() + waitMs;
  for (let tries = 0; ; tries++) {
    const outcome = attempt(home, action);
    if (outcome.done) return outcome.value;
    if (Date.now() >= deadline) throw new LockTimeoutError(home, outcome.holder);
    Atomics.wait(sleeper, 0, 0, Math.min(2 + tries, 25));
  }
}

/** The same, waiting without blocking the event loop (for the interface, which must keep drawing). */
export async function withLockAsync<T>(home: string, action: () => T, waitMs = DEFAULT_WAIT_MS): Promise<T> {
  const deadline = Date.now() + waitMs;
  for (let tries = 0; ; tries++) {
    const outcome = attempt(home, action);
    if (outcome.done) return outcome.value;
    if (Date.now() >= deadline) throw new LockTimeoutError(home, outcome.holder);
    await delay(Math.min(2 + tries, 25));
  }
}

/** Removes a lock left by a holder that is gone (at start-up, so a killed process leaves no trace). */
export function removeStaleLock(home: string): void {
  try {
    statSync(join(home, LOCK_NAME));
  } catch {
    return;
  }
  clearIfStale(join(home, LOCK_NAME));
}

/** Draft lock files (`state.lock.<pid>-…`) of writers that were killed between two steps. */
export function isLockDraft(name: string): boolean {
  return name.startsWith(`${LOCK_NAME}.`);
}
