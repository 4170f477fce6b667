import { useEffect, useState } from 'react';

/**
 * What `load` resolves to, loaded once per `deps`: undefined while loading, null when it failed.
 * Screens whose code or content is a chunk of its own (the lesson reader, practice) load through it,
 * so home starts without them. A result that arrives after the screen left is dropped.
 * `cached` answers at once when the value is already there (a screen opened before): an import()
 * of a loaded chunk still resolves a tick later, and the empty render in between drew a blank
 * frame first, then the screen — two frames for the key.
 */
export function useLazy<T>(
  load: () => Promise<T>,
  deps: readonly unknown[],
  cached?: () => T | undefined,
): T | null | undefined {
  const [loaded, setLoaded] = useState<{ value: T | null } | undefined>(undefined);
  const ready = cached?.();
  useEffect(() => {
    if (ready !== undefined) return;
    let live = true;
    setLoaded(undefined);
    load().then(
      (value) => live && setLoaded({ value }),
      () => live && setLoaded({ value: null }),
    );
    return () => {
      live = false;
    };
    // The caller's deps say when to load again; `load` is a new closure on every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, deps);
  return ready ?? loaded?.value;
}
