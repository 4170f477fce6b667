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

/** As many hints as fit on one line, in priority order. */
export function fitHints(hints: string[], width: number): string {
  let line = '';
  for (const hint of hints) {
    const next = line ? `${line} · ${hint}` : hint;
    if ([...next].length > width) break;
    line = next;
  }
  return line;
}
