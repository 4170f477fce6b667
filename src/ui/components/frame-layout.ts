// The frame's arithmetic as pure functions: frame.tsx draws it with Ink, and the first paint
// (ui/first-paint/) draws the same lines before Ink has loaded.
import { truncate } from '../layout.js';

/** The frame's height: at least one line short of the terminal (see Frame). */
export const frameHeight = (rows: number) => Math.max(4, rows - 1);

/** The frame's width: the terminal's, never under 20 columns. */
export const frameWidth = (columns: number) => Math.max(20, columns);

/** The title bar's two parts: the context on the right is dropped first when the line is narrow. */
export function titleParts(
  title: string,
  context: string | undefined,
  width: number,
): { title: string; right: string } {
  const right = context && title.length + context.length + 3 <= width ? context : '';
  return { title: truncate(title, width - (right ? right.length + 2 : 0)), right };
}

/**
 * The keys that leave a screen ("b back", "q salir", "Esc cancel"): the same letters in both
 * languages, so a hint's first word tells.
 */
const WAY_OUT = /^(b|q|Esc) /;

/**
 * As many hints as fit on one line, in priority order, shown in the order given. The ways out are
 * kept first: a narrow terminal drops the other hints before it drops the key that leaves the screen,
 * whatever order the screen lists its hints in.
 */
export function fitHints(hints: string[], width: number): string {
  const length = (parts: string[]) => [...parts.join(' · ')].length;
  const kept = new Set<string>();
  const fits = (hint: string) => length(hints.filter((other) => kept.has(other) || other === hint)) <= width;
  for (const hint of hints) if (WAY_OUT.test(hint) && fits(hint)) kept.add(hint);
  for (const hint of hints) {
    if (kept.has(hint)) continue;
    if (!fits(hint)) break;
    kept.add(hint);
  }
  return hints.filter((hint) => kept.has(hint)).join(' · ');
}
