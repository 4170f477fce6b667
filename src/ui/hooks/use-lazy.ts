import { useEffect, useState } from 'react';

/**
 * What `load` resolves to, loaded once per `deps`: undefined while loading, null when it failed.
 * Screens whose code or content is a chunk of its own (the lesson reader, practice) load through it,
 * so home starts without them. A result that arrives after the screen left is dropped.
 */
export function useLazy<T>(load: () => Promise<T>, deps: readonly unknown[]): T | null | undefined {
  const [loaded, setLoaded] = useState<{ value: T | null } | undefined>(undefined);
  useEffect(() => {
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
  return loaded?.value;
}
