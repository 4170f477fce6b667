// The one scroll model: a window of `height` lines over `total`, its first line `top`. Pure, so every
// scrolling view (pager, viewport, reader, module and check screens, lists) moves and clamps alike.

export interface ScrollState {
  top: number;
  height: number;
  total: number;
}

export type ScrollAction =
  | { type: 'line'; delta: number }
  | { type: 'page'; delta: 1 | -1 }
  | { type: 'start' }
  | { type: 'end' }
  | { type: 'to'; line: number };

/** The last top that still fills the window (0 when everything fits). */
export function maxTop(height: number, total: number): number {
  return Math.max(0, total - Math.max(1, height));
}

export function clampTop(top: number, height: number, total: number): number {
  return Math.max(0, Math.min(maxTop(height, total), top));
}

/** A page moves one line less than the window, so the last line read stays in view. */
export function pageStep(height: number): number {
  return Math.max(1, height - 1);
}

/** The top after an action, from a top clamped first (a window that shrank never moves from past the end). */
export function scrollTop(state: ScrollState, action: ScrollAction): number {
  const { height, total } = state;
  const top = clampTop(state.top, height, total);
  switch (action.type) {
    case 'line':
      return clampTop(top + action.delta, height, total);
    case 'page':
      return clampTop(top + action.delta * pageStep(height), height, total);
    case 'start':
      return 0;
    case 'end':
      return maxTop(height, total);
    case 'to':
      return clampTop(action.line, height, total);
  }
}

/** Whether an action moves towards the end (the reader's checkpoints stop those). */
export function isForward(action: ScrollAction): boolean {
  return (action.type === 'line' || action.type === 'page') && action.delta > 0;
}

/**
 * The nearest top to `top` that shows lines `start`..`end` (inclusive); when the range is taller than
 * the window, its start. A list's selected row and a question's option under the cursor stay visible.
 */
export function keepVisible(top: number, start: number, end: number, height: number, total: number): number {
  const visible = Math.max(1, height);
  let next = top;
  if (end >= next + visible) next = end - visible + 1;
  if (start < next) next = start;
  return clampTop(next, visible, total);
}

/** The first top that shows `focus`, preferring the top of the page (0 while the focus fits on the first page). */
export function focusTop(focus: readonly [number, number] | undefined, height: number, total: number): number {
  return focus ? keepVisible(0, focus[0], focus[1], height, total) : 0;
}
