// The store as the interface uses it: a change is shown at once and written a moment later, off the
// key's path. Writing (clone, check, serialise, fsync, under the cross-process lock) cost 10-20 ms of
// CPU per answered question with 200 in the store, all between the key and its frame; now the frame
// goes out first and the changes of that moment are written together, as one write. A held lock or a
// full disk keeps the changes in memory, shown, and written as soon as they can be. The end of the
// session (quit, Ctrl-C, SIGTERM, SIGHUP, any exit) writes what is still waiting: see flushNow().
import { isSaveFailure, type Store } from './store.js';
import type { State } from './schema.js';

type Change = (state: State) => State;

/** Long enough for the frame of the key that made the change to be drawn first (Ink draws at up to
 * 240 fps, a lazily loaded screen a little later), short of the next key a person types. */
const WRITE_DELAY_MS = 50;

export class NonBlockingStore {
  readonly #store: Store;
  /** Changes shown but not yet on disk, oldest first. */
  #pending: Change[] = [];
  /** What is on screen while changes wait: #shownBase (the disk's state) with #pending applied. */
  #shown: State | undefined;
  #shownBase: State | undefined;
  #timer: NodeJS.Timeout | undefined;
  #flushing: Promise<void> | undefined;
  /** Set once the process is ending: a change made now (a screen's cleanup as Ink unmounts) is written at once. */
  #ending = false;
  /** Why the oldest pending change is not on disk yet (a StoreError). */
  failure: unknown;

  constructor(store: Store) {
    this.#store = store;
  }

  /** The state folder (a check started from the interface records its processes there). */
  get home(): string {
    return this.#store.home;
  }

  get unsaved(): number {
    return this.#pending.length;
  }

  /** What is on disk, with the changes still waiting to be written applied on top. */
  read(): State {
    // The store's read is the same object while the file is unchanged (one stat), so the changes are
    // applied again only when another process wrote meanwhile.
    const disk = this.#store.read();
    if (this.#pending.length === 0) return disk;
    if (!this.#shown || this.#shownBase !== disk) {
      this.#shown = this.#pending.reduce((state, change) => change(structuredClone(state)), disk);
      this.#shownBase = disk;
    }
    return this.#shown;
  }

  update(change: Change): State {
    const shown = change(structuredClone(this.read()));
    this.#pending.push(change);
    this.#shown = shown;
    this.#shownBase = this.#store.read();
    if (this.#ending) this.flushNow();
    else this.#schedule(WRITE_DELAY_MS);
    return shown;
  }

  #schedule(delayMs: number): void {
    if (this.#timer || this.#flushing) return;
    this.#timer = setTimeout(() => {
      this.#timer = undefined;
      this.#flushing = this.#flush().finally(() => {
        this.#flushing = undefined;
        // Changes made while this write waited for the lock go out in the next one.
        if (this.#pending.length > 0 && !this.failure) this.#schedule(0);
      });
    }, delayMs);
    // A change waiting to be written must not keep a finished process alive: the end flushes it.
    this.#timer.unref();
  }

  /** The changes waiting now, as one change (one read, one check, one write for all of them). */
  #batch(): { change: Change; count: number } {
    const changes = [...this.#pending];
    return { change: (state) => changes.reduce((current, next) => next(current), state), count: changes.length };
  }

  #saved(count: number): void {
    this.#pending.splice(0, count);
    this.#shown = undefined;
    this.failure = undefined;
  }

  async #flush(): Promise<void> {
    while (this.#pending.length > 0) {
      const { change, count } = this.#batch();
      try {
        await this.#store.updateAsync(change);
      } catch (error) {
        // Kept for the next change or the end of the session to try again.
        this.failure = error;
        return;
      }
      this.#saved(count);
    }
  }

  /**
   * Writes what is waiting now, blocking (for a signal or process exit, where nothing asynchronous
   * runs any more); waits for another process's lock as a command would. Returns why it failed.
   * Every later change is then written as it is made.
   */
  flushNow(): unknown {
    this.#ending = true;
    clearTimeout(this.#timer);
    this.#timer = undefined;
    if (this.#pending.length === 0) return undefined;
    const { change, count } = this.#batch();
    try {
      this.#store.update(change);
      this.#saved(count);
      return undefined;
    } catch (error) {
      if (!isSaveFailure(error)) throw error;
      this.failure = error;
      return error;
    }
  }

  /** At the end of the session: waits for the background writes, tries once more, and returns why something stayed unsaved. */
  async settle(): Promise<unknown> {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    await this.#flushing;
    if (this.#pending.length > 0) await this.#flush();
    return this.#pending.length > 0 ? (this.failure ?? new Error('not saved')) : undefined;
  }
}
