import { useInput, useStdin, type Key } from 'ink';
import { useContext, useLayoutEffect, useRef } from 'react';
import { KeyRegistryContext, type KeyEntry } from './key-router.js';

/**
 * A screen's keys. Inside a KeyRouter (the App) the handler is registered during the commit, so a key
 * typed the moment its screen appears reaches it (key-router.tsx says why). Outside one (a screen
 * rendered alone in a test) it is Ink's useInput. Either way gated on raw-mode support: without a TTY,
 * isRawModeSupported is undefined (not false), and an active useInput would throw. `active` lets
 * inactive screens ignore keys.
 */
export function useKeys(handler: (input: string, key: Key) => void, active = true): void {
  const { isRawModeSupported } = useStdin();
  const registry = useContext(KeyRegistryContext);
  const enabled = Boolean(isRawModeSupported) && active;
  const entry = useRef<KeyEntry>({ handler, active: enabled });
  useLayoutEffect(() => {
    entry.current.handler = handler;
    entry.current.active = enabled;
  });
  useLayoutEffect(() => registry?.add(entry.current), [registry]);
  useInput(handler, { isActive: enabled && !registry });
}
