// The pitch drill's keys (practice/pitch/): the cards view and the self-rating after a run.
import type { KeyPress } from './scroll.js';

export type PitchCardsAction =
  { type: 'part'; step: 1 | -1 } | { type: 'level'; step: 1 | -1 } | { type: 'back' } | { type: 'quit' };

/** Cards: ←/→ the part, ↑/↓ j/k the level, b back, q quit. */
export function pitchCardsKeyToAction(input: string, key: KeyPress): PitchCardsAction | undefined {
  if (key.rightArrow) return { type: 'part', step: 1 };
  if (key.leftArrow) return { type: 'part', step: -1 };
  if (key.downArrow || input === 'j') return { type: 'level', step: 1 };
  if (key.upArrow || input === 'k') return { type: 'level', step: -1 };
  if (input === 'b') return { type: 'back' };
  if (input === 'q') return { type: 'quit' };
  return undefined;
}

export type PitchRatingAction =
  | { type: 'move'; delta: 1 | -1 }
  | { type: 'nudge'; step: 1 | -1 }
  | { type: 'rate'; rating: 0 | 1 | 2 }
  | { type: 'enter' }
  | { type: 'stop' };

/** Rating: ↑/↓ j/k a point, ←/→ its rating, 0/1/2 rates and moves on, Enter next (save on the last row), q/b asks to stop. */
export function pitchRatingKeyToAction(input: string, key: KeyPress): PitchRatingAction | undefined {
  if (key.upArrow || input === 'k') return { type: 'move', delta: -1 };
  if (key.downArrow || input === 'j') return { type: 'move', delta: 1 };
  if (key.rightArrow) return { type: 'nudge', step: 1 };
  if (key.leftArrow) return { type: 'nudge', step: -1 };
  if (input === '0' || input === '1' || input === '2') return { type: 'rate', rating: Number(input) as 0 | 1 | 2 };
  if (key.return) return { type: 'enter' };
  if (input === 'q' || input === 'b') return { type: 'stop' };
  return undefined;
}

/** "Stop the speech? (y/n)": y (or s, Enter) stops, any other key goes on. */
export function confirmStopKeyToAction(input: string, key: KeyPress): 'stop' | 'go-on' {
  return input === 'y' || input === 's' || key.return ? 'stop' : 'go-on';
}

/** The speech (after its note field had the key): Enter the next part, n a note, q/b asks to stop. */
export function speechKeyToAction(input: string, key: KeyPress): 'next' | 'note' | 'stop' | undefined {
  if (key.return) return 'next';
  if (input === 'n') return 'note';
  if (input === 'q' || input === 'b') return 'stop';
  return undefined;
}

/** The pitch's help, between speeches: ? opens it; ?, b or Esc close it, q quits from it. */
export function pitchHelpKeyToAction(
  input: string,
  key: KeyPress,
  context: { open: boolean },
): 'open' | 'close' | 'quit' | undefined {
  if (context.open && (input === '?' || input === 'b' || key.escape)) return 'close';
  if (!context.open && input === '?') return 'open';
  if (context.open && input === 'q') return 'quit';
  return undefined;
}

export type PitchSetupAction =
  | { type: 'field'; delta: 1 | -1 }
  | { type: 'cycle'; step: 1 | -1 }
  | { type: 'enter' }
  | { type: 'back' }
  | { type: 'quit' };

/** Setup (after its name field had the key): ↑/↓ j/k a field, ←/→ its value, Enter starts (or opens the cards). */
export function pitchSetupKeyToAction(input: string, key: KeyPress): PitchSetupAction | undefined {
  if (key.upArrow || input === 'k') return { type: 'field', delta: -1 };
  if (key.downArrow || input === 'j') return { type: 'field', delta: 1 };
  if (key.rightArrow) return { type: 'cycle', step: 1 };
  if (key.leftArrow) return { type: 'cycle', step: -1 };
  if (key.return) return { type: 'enter' };
  if (input === 'b') return { type: 'back' };
  if (input === 'q') return { type: 'quit' };
  return undefined;
}
