import type { Key } from 'ink';

/**
 * The scrolling keys every page shares: ↑/↓ j/k one line, PgUp/PgDn/space a page, g/G the ends.
 * Returns how the top line moves (from the latest value, so fast keys never act on a stale one),
 * or undefined for a key that does not scroll.
 */
export function scrollStep(input: string, key: Key, page: number, maxTop: number): ((top: number) => number) | undefined {
  const clamp = (value: number) => Math.max(0, Math.min(maxTop, value));
  if (key.downArrow || input === 'j') return (top) => clamp(top + 1);
  if (key.upArrow || input === 'k') return (top) => clamp(top - 1);
  if (key.pageDown || input === ' ') return (top) => clamp(top + Math.max(1, page - 1));
  if (key.pageUp) return (top) => clamp(top - Math.max(1, page - 1));
  if (input === 'g') return () => 0;
  if (input === 'G') return () => maxTop;
  return undefined;
}
