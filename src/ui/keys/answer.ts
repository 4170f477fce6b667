// Answering a question, the same in quizzes, drills, reviews and lesson checkpoints: ↑/↓ j/k move the
// cursor, space ticks, a digit answers (or ticks) that option, Enter confirms.
import type { RunnerAction } from '../practice/runner.js';
import type { KeyPress } from './scroll.js';

export function answerKeyToAction(input: string, key: KeyPress, now: number): RunnerAction | undefined {
  if (key.upArrow || input === 'k') return { type: 'move', delta: -1 };
  if (key.downArrow || input === 'j') return { type: 'move', delta: 1 };
  if (input === ' ') return { type: 'toggle' };
  if (/^[1-9]$/.test(input)) return { type: 'digit', digit: Number(input), now };
  if (key.return) return { type: 'submit', now };
  return undefined;
}
