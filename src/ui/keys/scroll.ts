// Which key scrolls how: a pure map from a key press to a scroll action, so views only dispatch.
import type { Key } from 'ink';
import type { ScrollAction } from '../scroll/model.js';

/** A key press as Ink reports it; tests pass only the flags they need. */
export type KeyPress = Partial<Key>;

export interface ScrollKeyContext {
  /** ↑/↓ and j/k move a line (off where the arrows move a cursor). */
  lines: boolean;
  /** Space pages down (off where space ticks an option). */
  space: boolean;
  /** g/G go to the start and the end. */
  ends: boolean;
}

/** Pages of text (pager, reader): ↑/↓ j/k a line, PgUp/PgDn/space a page, g/G the ends. */
export const PAGE_KEYS: ScrollKeyContext = { lines: true, space: true, ends: true };
/** A question's window: only PgUp/PgDn, the arrows move the cursor. */
export const PAGE_ONLY_KEYS: ScrollKeyContext = { lines: false, space: false, ends: false };
/** Results and stats: PgUp/PgDn and ↑/↓ j/k. */
export const LINE_AND_PAGE_KEYS: ScrollKeyContext = { lines: true, space: false, ends: false };

export function scrollKeyToAction(
  input: string,
  key: KeyPress,
  context: ScrollKeyContext = PAGE_KEYS,
): ScrollAction | undefined {
  if (context.lines && (key.downArrow || input === 'j')) return { type: 'line', delta: 1 };
  if (context.lines && (key.upArrow || input === 'k')) return { type: 'line', delta: -1 };
  if (key.pageDown || (context.space && input === ' ')) return { type: 'page', delta: 1 };
  if (key.pageUp) return { type: 'page', delta: -1 };
  if (context.ends && input === 'g') return { type: 'start' };
  if (context.ends && input === 'G') return { type: 'end' };
  return undefined;
}
