// The local progress store: one JSON file, zod for its shape, our own versioned migrations,
// field-by-field recovery of damaged files, bounded lists, and a lock so concurrent processes merge.
import { constants, copyFileSync, renameSync, accessSync } from 'node:fs';
import { join } from 'node:path';
import { boundState } from './bounds.js';
import { fileVersion, NotRegularFileError, readJson, removeLeftoverTemps, writeFileAtomic } from './file.js';
import { DEFAULT_WAIT_MS, LockTimeoutError, removeStaleLock, withLock, withLockAsync } from './lock.js';
import { FutureVersionError, migrate } from './migrations.js';
import { STATE_FILE } from './paths.js';

export { EXIT_NOT_SAVED, isSaveFailure, storeProblemOf, type StoreProblem } from './problems.js';
import { fastParseState } from './fast-parse.js';
import { recoverState } from './recover.js';
import { emptyState, stateSchema, type State } from './schema.js';
import { StoreError, ensureDir, errno, removeDeadDrafts, saveProblem, serialize, stamp } from './store-files.js';

export { StoreError, type RecoveryNotice, type StoreOptions } from './store-files.js';
import type { RecoveryNotice, StoreOptions } from './store-files.js';

export class Store {
  readonly path: string;
  /** Set when opening found a damaged file: what was kept, what was dropped, where the original went. */
  notice: RecoveryNotice | undefined;
  readonly writable: boolean;
  readonly #lockWaitMs: number;
  /** The last parse, reused while the file on disk is unchanged (parsing a large file is the slow part). */
  #cache: { version: string; state: State } | undefined;

  private constructor(
    readonly home: string,
    writable: boolean,
    options: StoreOptions,
  ) {
    this.path = join(home, STATE_FILE);
    this.writable = writable;
    this.#lockWaitMs = options.lockWaitMs ?? DEFAULT_WAIT_MS;
    if (writable) {
      removeStaleLock(home);
      removeDeadDrafts(home);
    }
    this.#open();
  }

  static open(home: string, options: StoreOptions = {}): Store {
    try {
      ensureDir(home);
    } catch (error) {
      if (errno(error) === 'ENOTDIR' || errno(error) === 'EEXIST')
        throw new StoreError(
          { reason: 'not-a-folder', path: home },
          `${home} is not a folder: choose a folder for your progress with --home or MLOPS_TUTOR_HOME.`,
        );
      throw new StoreError(
        { reason: 'unwritable', path: home },
        `Cannot write progress to ${home}: choose a writable folder with --home or MLOPS_TUTOR_HOME.`,
      );
    }
    let writable = true;
    try {
      accessSync(home, constants.W_OK);
    } catch {
      writable = false;
    }
    if (!writable && !options.readOnly)
      throw new StoreError(
        { reason: 'unwritable', path: home },
        `Cannot write progress to ${home}: choose a writable folder with --home or MLOPS_TUTOR_HOME.`,
      );
    return new Store(home, writable, options);
  }

  /** Loads the file at start, repairing it on disk when it needs it (under the lock, so only once). */
  #open(): void {
    const first = this.#load();
    if (!first.damaged) {
      // Lists over their caps (a file from before the caps): trim them now, so every later start is quick.
      if (first.trimmed && this.writable) {
        try {
          withLock(this.home, () => this.#apply((state) => state), this.#lockWaitMs);
        } catch {
          // Not now (locked, full): the next write trims it.
        }
      }
      return;
    }
    if (!this.writable) {
      this.notice = { movedTo: undefined, why: first.why, dropped: first.dropped };
      return;
    }
    try {
      withLock(
        this.home,
        () => {
          // Another process may have repaired it while we waited.
          const again = this.#load();
          if (!again.damaged) return;
          this.notice = this.#setAside(again);
        },
        this.#lockWaitMs,
      );
    } catch (error) {
      if (error instanceof FutureVersionError)
        throw new StoreError({ reason: 'future-version', version: error.version }, error.message);
      // Could not repair on disk (locked, full): go on with what was recovered, in memory.
      this.notice = { movedTo: undefined, why: first.why, dropped: first.dropped };
    }
  }

  /**
   * Keeps a copy of the damaged original, then writes what was recovered in its place. A file that is
   * not a regular file (a FIFO, a folder) is moved aside as it is.
   */
  #setAside(loaded: Extract<Loaded, { damaged: true }>): RecoveryNotice {
    const movedTo = `${this.path}.corrupt-${stamp()}`;
    if (loaded.why === 'not a regular file') renameSync(this.path, movedTo);
    else {
      copyFileSync(this.path, movedTo, constants.COPYFILE_EXCL);
      this.#write(loaded.state);
    }
    return { movedTo, why: loaded.why, dropped: loaded.dropped };
  }

  #write(state: State): void {
    writeFileAtomic(this.path, serialize(state));
    const version = fileVersion(this.path);
    this.#cache = version ? { version, state } : undefined;
  }

  /** Reads and checks the file; never throws for a damaged file, only describes it. */
  #load(): Loaded {
    let file;
    try {
      const version = fileVersion(this.path);
      if (version && this.#cache?.version === version)
        return { damaged: false, state: this.#cache.state, trimmed: false };
      file = readJson(this.path);
    } catch (error) {
      if (error instanceof NotRegularFileError)
        return { damaged: true, why: 'not a regular file', state: emptyState(), dropped: [] };
      if (error instanceof SyntaxError)
        return { damaged: true, why: 'not valid JSON', state: emptyState(), dropped: [] };
      return { damaged: true, why: `unreadable (${errno(error) ?? 'error'})`, state: emptyState(), dropped: [] };
    }
    if (!file) return { damaged: false, state: emptyState(), trimmed: false };
    const raw = file.value;
    let recovered;
    try {
      recovered = recoverState(migrate(raw));
    } catch (error) {
      if (error instanceof FutureVersionError)
        throw new StoreError({ reason: 'future-version', version: error.version }, error.message);
      throw error;
    }
    if (!recovered) return { damaged: true, why: 'not in the expected shape', state: emptyState(), dropped: [] };
    const { state, trimmed } = boundState(recovered.state);
    if (recovered.dropped.length > 0) return { damaged: true, why: 'repaired', state, dropped: recovered.dropped };
    this.#cache = { version: file.version, state };
    return { damaged: false, state, trimmed };
  }

  /**
   * The current state as on disk now (another process may have changed it). Treat it as read-only:
   * it is shared with later reads while the file is unchanged.
   */
  read(): State {
    const loaded = this.#load();
    if (loaded.damaged && !this.notice) this.notice = { movedTo: undefined, why: loaded.why, dropped: loaded.dropped };
    return loaded.state;
  }

  #apply(change: (state: State) => State): State {
    removeLeftoverTemps(this.path);
    const loaded = this.#load();
    let current = loaded.state;
    // Damaged since start (another process, a hand edit): keep its original before overwriting it.
    if (loaded.damaged) {
      this.notice = this.#setAside(loaded);
      current = loaded.state;
    }
    const changed = change(structuredClone(current));
    // zod only when the quick check is unsure, so an invalid change still throws zod's error.
    const next = boundState(fastParseState(changed) ?? stateSchema().parse(changed)).state;
    this.#write(next);
    return next;
  }

  #fail(error: unknown): never {
    if (error instanceof StoreError) throw error;
    if (error instanceof FutureVersionError)
      throw new StoreError({ reason: 'future-version', version: error.version }, error.message);
    if (error instanceof LockTimeoutError || errno(error)) throw saveProblem(error, this.path);
    throw error;
  }

  /**
   * Applies a change under the cross-process lock: read the latest state, change it, write it.
   * Changes are functions of the state, so concurrent writers each merge into the other's result.
   * Throws a StoreError (exit 3) when the change could not be saved: locked, disk full, read-only.
   */
  update(change: (state: State) => State): State {
    if (!this.writable) this.#fail(Object.assign(new Error('read-only'), { code: 'EACCES' }));
    try {
      return withLock(this.home, () => this.#apply(change), this.#lockWaitMs);
    } catch (error) {
      this.#fail(error);
    }
  }

  /** The same without blocking while another process holds the lock (the interface keeps drawing). */
  async updateAsync(change: (state: State) => State): Promise<State> {
    if (!this.writable) this.#fail(Object.assign(new Error('read-only'), { code: 'EACCES' }));
    try {
      return await withLockAsync(this.home, () => this.#apply(change), this.#lockWaitMs);
    } catch (error) {
      this.#fail(error);
    }
  }

  /** One attempt without waiting: the new state, or undefined when another process holds the lock. */
  tryUpdate(change: (state: State) => State): State | undefined {
    if (!this.writable) this.#fail(Object.assign(new Error('read-only'), { code: 'EACCES' }));
    try {
      return withLock(this.home, () => this.#apply(change), 0);
    } catch (error) {
      if (error instanceof LockTimeoutError) return undefined;
      this.#fail(error);
    }
  }
}

type Loaded =
  | { damaged: false; state: State; trimmed: boolean }
  | { damaged: true; why: RecoveryNotice['why']; state: State; dropped: string[] };
