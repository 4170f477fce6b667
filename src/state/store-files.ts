// What the store does to the files around state.json: the errors it turns them into, making the
// folder, and removing drafts that a dead process left.
import { mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { isLockDraft, LockTimeoutError } from './lock.js';
import { SAVE_FAILURES, EXIT_NOT_SAVED, type StoreProblem } from './problems.js';
import type { State } from './schema.js';

export class StoreError extends Error {
  readonly exitCode: number;
  readonly storeProblem: StoreProblem;
  constructor(problem: StoreProblem, message: string) {
    super(message);
    this.storeProblem = problem;
    this.exitCode = SAVE_FAILURES.has(problem.reason) ? EXIT_NOT_SAVED : 2;
  }
  get reason(): StoreProblem['reason'] {
    return this.storeProblem.reason;
  }
}

export interface RecoveryNotice {
  /** Where the original file was copied or moved (undefined when the folder is read-only). */
  movedTo: string | undefined;
  why: 'not valid JSON' | 'not in the expected shape' | 'not a regular file' | 'repaired' | `unreadable (${string})`;
  /** What was left out, when only part of the file could be kept ("modules.03.quiz"). */
  dropped: string[];
}

export interface StoreOptions {
  /** Open a folder that cannot be written (for commands that only read: status, export). */
  readOnly?: boolean;
  /** How long a writer waits for another process's lock. */
  lockWaitMs?: number;
}

export const errno = (error: unknown) => (error as NodeJS.ErrnoException | undefined)?.code;

export function saveProblem(error: unknown, path: string): StoreError {
  if (error instanceof LockTimeoutError)
    return new StoreError({ reason: 'locked', path, holder: error.holder }, error.message);
  const code = errno(error) ?? 'unknown';
  if (code === 'ENOSPC' || code === 'EDQUOT')
    return new StoreError({ reason: 'no-space', path }, `No space left to save progress in ${path}.`);
  if (code === 'EACCES' || code === 'EROFS' || code === 'EPERM')
    return new StoreError({ reason: 'read-only', path }, `Cannot write progress to ${path}.`);
  return new StoreError({ reason: 'write-failed', path, code }, `Could not save progress in ${path} (${code}).`);
}

/** mkdir -p without `recursive: true`, which loops forever on some paths (e.g. under /proc) in Node 20. */
export function ensureDir(dir: string): void {
  try {
    if (statSync(dir).isDirectory()) return;
  } catch (error) {
    if (errno(error) !== 'ENOENT') throw error;
    const parent = dirname(dir);
    if (parent !== dir) ensureDir(parent);
    mkdirSync(dir);
    return;
  }
  throw Object.assign(new Error(`${dir} is not a folder`), { code: 'ENOTDIR' });
}

export const stamp = () => new Date().toISOString().replace(/[:.]/g, '-');
export const serialize = (state: State) => `${JSON.stringify(state, null, '\t')}\n`;

/** Draft lock files and moved-aside stale locks whose writer is gone (their name carries its pid). */
export function removeDeadDrafts(home: string): void {
  let names: string[];
  try {
    names = readdirSync(home);
  } catch {
    return;
  }
  for (const name of names) {
    if (!isLockDraft(name)) continue;
    const pid = Number(/(\d+)-[a-z0-9]+$/.exec(name)?.[1]);
    if (!Number.isInteger(pid) || pid <= 0) continue;
    try {
      process.kill(pid, 0);
    } catch (error) {
      if (errno(error) === 'ESRCH') rmSync(join(home, name), { recursive: true, force: true });
    }
  }
}
