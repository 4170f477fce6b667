import { useInput, useStdin, type Key } from 'ink';

/**
 * useInput gated on raw-mode support: without a TTY, isRawModeSupported is undefined (not false),
 * and an active useInput would throw. `active` lets inactive screens ignore keys.
 */
export function useKeys(handler: (input: string, key: Key) => void, active = true): void {
  const { isRawModeSupported } = useStdin();
  useInput(handler, { isActive: Boolean(isRawModeSupported) && active });
}
