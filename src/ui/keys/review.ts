// The review's own keys (practice/review-screen.tsx), offered before the question's (keys/question.ts).
import type { KeyPress } from './scroll.js';

export type ReviewFeedbackAction =
  { type: 'rate'; choice: number } | { type: 'rerate'; choice: number } | { type: 'rate-chosen' };

/**
 * Feedback: an open answer waits for a rating (1–4, or Enter on the one under the cursor); a rated
 * card can be rated again with 1–4. `choice` is the rating's index.
 */
export function reviewFeedbackKeyToAction(
  input: string,
  enter: boolean,
  context: { openPending: boolean; rated: boolean },
): ReviewFeedbackAction | undefined {
  const digit = /^[1-4]$/.test(input) ? Number(input) - 1 : undefined;
  if (!context.openPending) return context.rated && digit !== undefined ? { type: 'rerate', choice: digit } : undefined;
  if (digit !== undefined) return { type: 'rate', choice: digit };
  if (enter) return { type: 'rate-chosen' };
  return undefined;
}

/** ↑/↓ move the cursor over the four ratings of an open answer. */
export function ratingCursorKeyToAction(key: KeyPress): 1 | -1 | undefined {
  if (key.upArrow) return -1;
  if (key.downArrow) return 1;
  return undefined;
}

/** The review's results: l lists the cards (the results' own keys are keys/results.ts). */
export function reviewResultsKeyToAction(input: string): 'browse' | undefined {
  return input === 'l' ? 'browse' : undefined;
}
