import { useEffect, useRef, useState } from 'react';
import { useKeys } from '../hooks/use-keys.js';
import { clampTop, focusTop, scrollTop, type ScrollAction } from './model.js';
import { scrollKeyToAction, type ScrollKeyContext } from '../keys/scroll.js';

export interface ScrollOptions {
  total: number;
  height: number;
  /** The first top (the reader's saved place); 0 otherwise. */
  initialTop?: number | undefined;
  /** Lines kept in view (the option under the cursor): the window follows them. */
  follow?: readonly [number, number] | undefined;
  /** A hand scroll lasts until this changes (the focus, the text's length); then the window follows again. */
  resetKey?: string | undefined;
  /** Installs the scroll keys of this context while `active`; views with keys of their own map them and call `apply`. */
  keys?: ScrollKeyContext | undefined;
  active?: boolean | undefined;
}

export interface Scroll {
  /** The top to render, clamped to the current height and total. */
  top: number;
  /** The latest top, also between a key and the next render: fast keys never act on a stale one. */
  current: () => number;
  /** Applies an action from the latest top; returns the new top. */
  apply: (action: ScrollAction) => number;
}

/** The one scroll hook: state in the pure model, keys (when asked) from the pure key map. */
export function useScroll({
  total,
  height,
  initialTop = 0,
  follow,
  resetKey,
  keys,
  active = false,
}: ScrollOptions): Scroll {
  // Undefined: where the model puts it (the focus, or the initial top).
  const [manual, setManual] = useState<number | undefined>(undefined);
  const auto = follow ? focusTop(follow, height, total) : initialTop;
  const top = clampTop(manual ?? auto, height, total);
  const latest = useRef(top);
  latest.current = top;
  useEffect(() => {
    if (resetKey !== undefined) setManual(undefined);
  }, [resetKey]);
  const apply = (action: ScrollAction) => {
    const next = scrollTop({ top: latest.current, height, total }, action);
    latest.current = next;
    setManual(next);
    return next;
  };
  useKeys(
    (input, key) => {
      const action = keys && scrollKeyToAction(input, key, keys);
      if (action) apply(action);
    },
    active && Boolean(keys),
  );
  return { top, current: () => latest.current, apply };
}
