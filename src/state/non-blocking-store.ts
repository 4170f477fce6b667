// The store as the interface uses it: a change never waits for another process's lock. When the lock
// is free (nearly always) the change is written at once, as before; when it is held, or the disk is
// full, the change is applied in memory, shown, and written in the background as soon as it can be.
import { isSaveFailure, type Store } from './store.js';
import type { State } from './schema.js';

type Change = (state: State) => State;

export class NonBlockingStore {
  readonly #store: Store;
  /** Changes shown but not yet on disk, oldest first. */
  #pending: Change[] = [];
  #flushing: Promise<void> | undefined;
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
    return this.#pending.reduce((state, change) => change(structuredClone(state)), this.#store.read());
  }

  update(change: Change): State {
    if (this.#pending.length === 0) {
      try {
        const saved = this.#store.tryUpdate(change);
        if (saved) return saved;
      } catch (error) {
        if (!isSaveFailure(error)) throw error;
        this.failure = error;
      }
    }
    this.#pending.push(change);
    this.#flushing ??= this.#flush().finally(() => {
      this.#flushing = undefined;
    });
    return this.read();
  }

  async #flush(): Promise<void> {
    while (this.#pending.length > 0) {
      try {
        await this.#store.updateAsync(this.#pending[0]!);
      } catch (error) {
        // Kept for the next change or the end of the session to try again.
        this.failure = error;
        return;
      }
      this.#pending.shift();
      this.failure = undefined;
    }
  }

  /** At the end of the session: waits for the background writes, tries once more, and returns why something stayed unsaved. */
  async settle(): Promise<unknown> {
    await this.#flushing;
    if (this.#pending.length > 0) await this.#flush();
    return this.#pending.length > 0 ? (this.failure ?? new Error('not saved')) : undefined;
  }
}
