// A list's cursor: which selectable row a move lands on (headings are skipped). Its window is the
// scroll model's `keepVisible`.
import type { ListAction } from '../keys/list.js';

/** The row the cursor moves to, or `current` when it cannot move (or the action selects). */
export function nextSelection(
  selectable: readonly number[],
  current: number,
  action: ListAction,
  visible: number,
): number {
  const position = selectable.indexOf(current);
  const last = selectable[selectable.length - 1];
  if (action.type === 'move')
    return selectable[Math.max(0, Math.min(selectable.length - 1, position + action.delta))] ?? current;
  if (action.type === 'page' && action.delta > 0)
    return selectable.find((index) => index >= current + visible) ?? last ?? current;
  if (action.type === 'page')
    return [...selectable].reverse().find((index) => index <= current - visible) ?? selectable[0] ?? current;
  return current;
}
