// The lesson reader's keys: the page keys, t contents, / search, n/N next and previous match.
import type { ScrollAction } from '../scroll/model.js';
import { PAGE_KEYS, scrollKeyToAction, type KeyPress } from './scroll.js';

export type ReaderAction =
  | { type: 'scroll'; scroll: ScrollAction }
  | { type: 'contents' }
  | { type: 'search' }
  | { type: 'match'; delta: 1 | -1 };

/** `hasMatches`: n/N only act after a search found something (otherwise they are free keys). */
export function readerKeyToAction(
  input: string,
  key: KeyPress,
  context: { hasMatches: boolean },
): ReaderAction | undefined {
  const scroll = scrollKeyToAction(input, key, PAGE_KEYS);
  if (scroll) return { type: 'scroll', scroll };
  if (input === 't') return { type: 'contents' };
  if (input === '/') return { type: 'search' };
  if (input === 'n' && context.hasMatches) return { type: 'match', delta: 1 };
  if (input === 'N' && context.hasMatches) return { type: 'match', delta: -1 };
  return undefined;
}

/** The open table of contents: b closes it (instead of leaving the lesson); the list moves and jumps. */
export function contentsKeyToAction(input: string): 'close' | undefined {
  return input === 'b' ? 'close' : undefined;
}
