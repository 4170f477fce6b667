// One Ink input listener for the whole interface, handing each key to the screens' handlers.
//
// Ink's useInput subscribes in a passive effect, which runs after the frame is written: a key read in
// that moment reached no listener of the screen that had just appeared, and was lost (a `c` typed the
// instant a module's page showed did nothing, one time in a few under load). Here the one listener
// lives as long as the interface, and each useKeys registers its handler during the commit
// (useLayoutEffect), before the frame that shows its screen is out. Raw mode stays on throughout, so the
// terminal never falls back to line mode between two screens either.
import { useInput, useStdin, type Key } from 'ink';
import { createContext, useCallback, useContext, useMemo, type ReactNode } from 'react';

export type KeyHandler = (input: string, key: Key) => void;

/** A registered handler; useKeys updates it at every commit. */
export interface KeyEntry {
  handler: KeyHandler;
  active: boolean;
}

export class KeyRegistry {
  readonly #entries = new Set<KeyEntry>();

  add(entry: KeyEntry): () => void {
    this.#entries.add(entry);
    return () => this.#entries.delete(entry);
  }

  /** Every active handler gets the key, in the order they registered (as Ink's listeners would). */
  dispatch(input: string, key: Key): void {
    for (const entry of [...this.#entries]) if (entry.active) entry.handler(input, key);
  }
}

export const KeyRegistryContext = createContext<KeyRegistry | undefined>(undefined);

/** Wraps the interface once; a router inside another one leaves the keys to the outer. */
export function KeyRouter({ children }: { children: ReactNode }) {
  const outer = useContext(KeyRegistryContext);
  const { isRawModeSupported } = useStdin();
  const registry = useMemo(() => outer ?? new KeyRegistry(), [outer]);
  const dispatch = useCallback<KeyHandler>((input, key) => registry.dispatch(input, key), [registry]);
  useInput(dispatch, { isActive: Boolean(isRawModeSupported) && !outer });
  return <KeyRegistryContext.Provider value={registry}>{children}</KeyRegistryContext.Provider>;
}
