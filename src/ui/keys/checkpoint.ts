// A lesson checkpoint's keys (screens/lesson-checkpoint.tsx): it never traps the reader — s skips,
// t opens the contents, PgUp (or ↑ above the first option) goes back to the text.
import type { RunnerAction, RunnerState } from '../practice/runner.js';
import type { ScrollAction } from '../scroll/model.js';
import { answerKeyToAction } from './answer.js';
import { LINE_AND_PAGE_KEYS, scrollKeyToAction, type KeyPress } from './scroll.js';

export type CheckpointKeyAction =
  | { type: 'skip' }
  | { type: 'contents' }
  | { type: 'back-to-text'; by: 'line' | 'page' }
  | { type: 'dispatch'; action: RunnerAction }
  | { type: 'scroll'; scroll: ScrollAction };

export function checkpointKeyToAction(
  input: string,
  key: KeyPress,
  context: { phase: RunnerState['phase']; cursor: number; now: number },
): CheckpointKeyAction | undefined {
  const { phase, cursor, now } = context;
  if (phase === 'done') return undefined;
  if (input === 's') return { type: 'skip' };
  if (input === 't') return { type: 'contents' };
  if (key.pageUp) return { type: 'back-to-text', by: 'page' };
  if (phase === 'feedback') {
    if (key.return) return { type: 'dispatch', action: { type: 'next', now } };
    // The feedback scrolls a line at a time (PgUp is back to the text, PgDn does nothing here).
    const scroll = scrollKeyToAction(input, key, LINE_AND_PAGE_KEYS);
    return scroll?.type === 'line' ? { type: 'scroll', scroll } : undefined;
  }
  if ((key.upArrow || input === 'k') && cursor === 0) return { type: 'back-to-text', by: 'line' };
  const answer = answerKeyToAction(input, key, now);
  return answer ? { type: 'dispatch', action: answer } : undefined;
}
