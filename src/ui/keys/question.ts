// The keys of one question in a quiz, drill or review (practice/question-run.tsx), by phase.
import { printable } from '../components/text-field.js';
import type { RunnerAction, RunnerState } from '../practice/runner.js';
import { answerKeyToAction } from './answer.js';
import { textKeyToAction } from './text.js';
import type { KeyPress } from './scroll.js';

export type QuestionKeyAction =
  /** Runner actions, in order (a chunk of typed notes may hold several). */
  | { type: 'dispatch'; actions: RunnerAction[] }
  | { type: 'help' }
  /** Ask before leaving: answers given would become an abandoned attempt. */
  | { type: 'confirm-leave'; intent: 'back' | 'quit' }
  | { type: 'quit' }
  | { type: 'back' }
  /** Feedback: the screen's own keys first (the review's 1–4); `otherwise` when they do not take it. */
  | { type: 'feedback'; input: string; enter: boolean; otherwise?: RunnerAction | undefined };

export interface QuestionKeyContext {
  phase: RunnerState['phase'];
  now: number;
  /** A drill asks before quitting (and has no back). */
  confirmQuit: boolean;
  /** The screen asks before `b`/`q` and something is answered. */
  confirmLeave: boolean;
}

/** Typed notes: one chunk may hold several Backspaces and end in Enter (a paste, fast typing). */
function noteKeys(input: string, key: KeyPress, now: number): RunnerAction[] {
  const text = textKeyToAction(input, key, { cancel: false });
  if (text?.type === 'submit') return [{ type: 'submit', now }];
  if (text?.type === 'erase') return [{ type: 'erase' }];
  if (text?.type !== 'chunk') return [];
  const actions: RunnerAction[] = [];
  for (const char of text.chunk) {
    if (char === '\r' || char === '\n') {
      actions.push({ type: 'submit', now });
      break;
    }
    if (char === '\u007f' || char === '\b') actions.push({ type: 'erase' });
    else if (printable(char)) actions.push({ type: 'type', text: printable(char) });
  }
  return actions;
}

export function questionKeyToAction(
  input: string,
  key: KeyPress,
  context: QuestionKeyContext,
): QuestionKeyAction | undefined {
  const { phase, now, confirmQuit } = context;
  if (phase === 'done') return undefined;
  if (phase === 'notes') {
    const actions = noteKeys(input, key, now);
    return actions.length ? { type: 'dispatch', actions } : undefined;
  }
  if (phase === 'confirm-quit') {
    const answer = input.toLowerCase();
    if (answer === 'y' || answer === 's' || key.return)
      return { type: 'dispatch', actions: [{ type: 'quit', confirm: true, now }] };
    if (answer === 'n' || answer === 'b' || key.escape)
      return { type: 'dispatch', actions: [{ type: 'quit', confirm: false, now }] };
    return undefined;
  }
  if (input === '?') return { type: 'help' };
  if ((input === 'q' || input === 'b') && context.confirmLeave)
    return { type: 'confirm-leave', intent: input === 'q' ? 'quit' : 'back' };
  if (input === 'q') return confirmQuit ? { type: 'dispatch', actions: [{ type: 'ask-quit' }] } : { type: 'quit' };
  if (input === 'b' && !confirmQuit) return { type: 'back' };
  if (phase === 'feedback')
    return {
      type: 'feedback',
      input,
      enter: Boolean(key.return),
      otherwise: key.return ? { type: 'next', now } : undefined,
    };
  if (input === 'n') return { type: 'dispatch', actions: [{ type: 'notes' }] };
  const answer = answerKeyToAction(input, key, now);
  return answer ? { type: 'dispatch', actions: [answer] } : undefined;
}
