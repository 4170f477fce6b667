// A selectable list's keys: ↑/↓ j/k a row, PgUp/PgDn a window, Enter selects.
import type { KeyPress } from './scroll.js';

export type ListAction = { type: 'move'; delta: 1 | -1 } | { type: 'page'; delta: 1 | -1 } | { type: 'select' };

export function listKeyToAction(input: string, key: KeyPress): ListAction | undefined {
  if (key.downArrow || input === 'j') return { type: 'move', delta: 1 };
  if (key.upArrow || input === 'k') return { type: 'move', delta: -1 };
  if (key.pageDown) return { type: 'page', delta: 1 };
  if (key.pageUp) return { type: 'page', delta: -1 };
  if (key.return) return { type: 'select' };
  return undefined;
}
