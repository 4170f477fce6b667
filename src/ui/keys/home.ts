// Home's keys (screens/home.tsx): / finds a module (then letters are the query), a letter opens a
// screen; the list's own keys move and choose (keys/list.ts).
import type { KeyPress } from './scroll.js';
import { textKeyToAction } from './text.js';

export type HomeKeyAction =
  | { type: 'find' }
  | { type: 'shortcut'; letter: string }
  | { type: 'close-find' }
  | { type: 'erase' }
  | { type: 'type'; chunk: string };

export function homeKeyToAction(
  input: string,
  key: KeyPress,
  context: { finding: boolean; shortcuts: ReadonlySet<string> },
): HomeKeyAction | undefined {
  if (context.finding) {
    // Enter chooses the found row (the list's key) and Shift-Tab does nothing here.
    const text = key.tab ? undefined : textKeyToAction(input, key, { cancel: true });
    if (text?.type === 'cancel') return { type: 'close-find' };
    if (text?.type === 'erase') return { type: 'erase' };
    if (text?.type === 'chunk') return { type: 'type', chunk: text.chunk };
    return undefined;
  }
  if (input === '/') return { type: 'find' };
  if (context.shortcuts.has(input)) return { type: 'shortcut', letter: input };
  return undefined;
}
