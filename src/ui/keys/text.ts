// Typing into a one-line text (text fields, the pitch's note and name, home's finder, a question's
// notes): the same keys everywhere. The chunk itself is applied by `applyChunk` (components/text-field.tsx).
import type { KeyPress } from './scroll.js';

export type TextKeyAction =
  { type: 'cancel' } | { type: 'submit' } | { type: 'erase' } | { type: 'chunk'; chunk: string };

/** `cancel`: Esc and Shift-Tab leave the text (fields that can be left). */
export function textKeyToAction(input: string, key: KeyPress, context: { cancel: boolean }): TextKeyAction | undefined {
  if (context.cancel && (key.escape || (key.tab && key.shift))) return { type: 'cancel' };
  if (key.return) return { type: 'submit' };
  if ((key.backspace || key.delete) && input.length <= 1) return { type: 'erase' };
  // One chunk may hold several characters, Backspaces and an Enter (a paste, fast typing).
  if (input && !key.ctrl && !key.meta && !key.tab && !key.upArrow && !key.downArrow && !key.escape)
    return { type: 'chunk', chunk: input };
  return undefined;
}
