// The local progress store: conf for the file (atomic writes, platform folder), zod for its shape,
// our own versioned migrations, recovery from corrupt files, and a lock so concurrent processes merge.
import { accessSync, constants, existsSync, mkdirSync, readFileSync, renameSync } from 'node:fs';
import { dirname, join } from 'node:path';
import Conf from 'conf';
import { LockTimeoutError, withLock } from './lock.js';
import { FutureVersionError, migrate } from './migrations.js';
import { STATE_FILE } from './paths.js';
import { emptyState, stateSchema, type State } from './schema.js';

export class StoreError extends Error {
  /** Bad input the learner can fix (a folder, a newer file): the command exits 2. */
  readonly exitCode = 2;
  constructor(
    readonly reason: 'unwritable' | 'future-version' | 'locked',
    message: string,
  ) {
    super(message);
  }
}

export interface RecoveryNotice {
  /** Where the unreadable file was moved. */
  movedTo: string;
  why: string;
}

/**
 * mkdir -p without `recursive: true`, which loops forever on some paths (e.g. under /proc) in Node 20.
 */
function ensureDir(dir: string): void {
  if (existsSync(dir)) return;
  const parent = dirname(dir);
  if (parent !== dir) ensureDir(parent);
  mkdirSync(dir);
}

function parseState(raw: unknown): State {
  return stateSchema.parse(migrate(raw));
}

export class Store {
  readonly path: string;
  /** Set when opening found a corrupt file and moved it aside. */
  notice: RecoveryNotice | undefined;
  readonly #conf: Conf<State>;

  private constructor(readonly home: string) {
    this.path = join(home, STATE_FILE);
    this.notice = this.#recover();
    this.#conf = new Conf<State>({
      cwd: home,
      configName: STATE_FILE.replace(/\.json$/, ''),
      projectName: 'mlops-tutor',
      clearInvalidConfig: false,
      accessPropertiesByDotNotation: false,
    });
  }

  static open(home: string): Store {
    try {
      ensureDir(home);
      accessSync(home, constants.W_OK);
    } catch {
      throw new StoreError('unwritable', `Cannot write progress to ${home}: choose a writable folder with --home or MLOPS_TUTOR_HOME.`);
    }
    return new Store(home);
  }

  /** Checks the file on disk; moves it aside when it cannot be used, so the app can go on. */
  #recover(): RecoveryNotice | undefined {
    if (!existsSync(this.path)) return undefined;
    let why: string;
    try {
      parseState(JSON.parse(readFileSync(this.path, 'utf8')));
      return undefined;
    } catch (error) {
      if (error instanceof FutureVersionError) throw new StoreError('future-version', error.message);
      why = error instanceof SyntaxError ? 'not valid JSON' : (error as NodeJS.ErrnoException).code ? `unreadable (${(error as NodeJS.ErrnoException).code})` : 'not in the expected shape';
    }
    const stamp = new Date().toISOString().replace(/[:.]/g, '-');
    const movedTo = `${this.path}.corrupt-${stamp}`;
    renameSync(this.path, movedTo);
    return { movedTo, why };
  }

  /** The current state as on disk now (another process may have changed it). */
  read(): State {
    if (!existsSync(this.path)) return emptyState();
    try {
      return parseState(this.#conf.store);
    } catch (error) {
      if (error instanceof FutureVersionError) throw new StoreError('future-version', error.message);
      this.notice = this.#recover() ?? this.notice;
      return emptyState();
    }
  }

  /**
   * Applies a change under the cross-process lock: read the latest state, change it, write it.
   * Changes are functions of the state, so concurrent writers each merge into the other's result.
   */
  update(change: (state: State) => State): State {
    try {
      return withLock(this.home, () => {
        const next = stateSchema.parse(change(structuredClone(this.read())));
        this.#conf.store = next;
        return next;
      });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EACCES' || (error as NodeJS.ErrnoException).code === 'EROFS')
        throw new StoreError('unwritable', `Cannot write progress to ${this.home}: choose a writable folder with --home or MLOPS_TUTOR_HOME.`);
      if (error instanceof LockTimeoutError) throw new StoreError('locked', error.message);
      throw error;
    }
  }
}
