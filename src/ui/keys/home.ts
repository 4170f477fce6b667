// Home's keys (screens/home.tsx): / finds a module (then letters are the query), a letter opens a
// screen; the list's own keys move and choose (keys/list.ts).
import type { KeyPress } from './scroll.js';

export type HomeKeyAction = { type: 'find' } | { type: 'shortcut'; letter: string } | { type: 'close-find' } | { type: 'erase' } | { type: 'type'; chunk: string };

export function homeKeyToAction(input: string, key: KeyPress, context: { finding: boolean; shortcuts: ReadonlySet<string> }): HomeKeyAction | undefined {
  if (context.finding) {
    if (key.escape) return { type: 'close-find' };
    if ((key.backspace || key.delete) && input.length <= 1) return { type: 'erase' };
    if (input && !key.return && !key.upArrow && !key.downArrow && !key.ctrl && !key.meta && !key.tab) return { type: 'type', chunk: input };
    return undefined;
  }
  if (input === '/') return { type: 'find' };
  if (context.shortcuts.has(input)) return { type: 'shortcut', letter: input };
  return undefined;
}
