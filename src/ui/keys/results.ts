// Keys of pages you read and leave: practice results (quiz, drill, review), stats, the card browser.
import type { KeyPress } from './scroll.js';

export type LeaveAction = 'back' | 'quit' | 'help';

/** A results page: Enter or b goes back, q quits, ? shows the keys. */
export function resultKeyToAction(input: string, key: KeyPress): LeaveAction | undefined {
  if (key.return || input === 'b') return 'back';
  if (input === 'q') return 'quit';
  if (input === '?') return 'help';
  return undefined;
}

/** Stats: Enter practises the weakest topics (when there are some), b/q/? as everywhere. */
export function statsKeyToAction(
  input: string,
  key: KeyPress,
  context: { canPractise: boolean },
): LeaveAction | 'practise' | undefined {
  if (key.return && context.canPractise) return 'practise';
  if (input === 'b') return 'back';
  if (input === 'q') return 'quit';
  if (input === '?') return 'help';
  return undefined;
}

export type CardBrowserAction = LeaveAction | 'suspend' | 'ask-delete' | 'delete' | 'keep';

/** The card browser: x suspends or resumes, d asks before deleting (y/s yes, n/b no). */
export function cardBrowserKeyToAction(
  input: string,
  context: { confirming: boolean; hasSelection: boolean },
): CardBrowserAction | undefined {
  if (context.confirming) {
    if (input === 'y' || input === 's') return 'delete';
    if (input === 'n' || input === 'b') return 'keep';
    return undefined;
  }
  if (input === 'b') return 'back';
  if (input === 'q') return 'quit';
  if (input === '?') return 'help';
  if (input === 'x' && context.hasSelection) return 'suspend';
  if (input === 'd' && context.hasSelection) return 'ask-delete';
  return undefined;
}
