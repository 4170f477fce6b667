// Word wrapping of styled segments, shared by the lesson renderer and the plain pages (plan, route).
// Kept apart from render.ts so pages that only wrap text do not load the Markdown parser.
import stringWidth from 'string-width';
import type { Segment } from './types.js';

/** Marks a hard line break (Markdown's trailing double space or backslash). */
export const HARD_BREAK = '\u2028';

const width = (text: string) => stringWidth(text);

/** Word-wraps segments to `max` columns; `first`/`rest` prefixes (bullets, quote bars) are added. */
export function wrapSegments(
  segments: Segment[],
  max: number,
  first: Segment[] = [],
  rest: Segment[] = first,
): Segment[][] {
  const lines: Segment[][] = [];
  let line: Segment[] = [...first];
  let used = first.reduce((sum, segment) => sum + width(segment.text), 0);
  const restWidth = rest.reduce((sum, segment) => sum + width(segment.text), 0);
  let pendingSpace: Segment | undefined;
  // Whether the line holds a word yet (a space before the first word of a line is dropped).
  let hasWord = false;
  const newLine = () => {
    lines.push(line);
    line = [...rest];
    used = restWidth;
    pendingSpace = undefined;
    hasWord = false;
  };
  for (const segment of segments) {
    for (const piece of segment.text.split(/([^\S\u2028]+|\u2028)/)) {
      if (piece === '') continue;
      if (piece === HARD_BREAK) {
        newLine();
        continue;
      }
      if (/^[^\S\u2028]+$/.test(piece)) {
        if (hasWord) pendingSpace = { ...segment, text: ' ' };
        continue;
      }
      let word = piece;
      const spaceWidth = pendingSpace ? 1 : 0;
      if (used + spaceWidth + width(word) > max && hasWord) newLine();
      if (pendingSpace) {
        line.push(pendingSpace);
        used += 1;
        pendingSpace = undefined;
      }
      // A word wider than the whole line is cut into pieces that fit.
      while (used + width(word) > max) {
        let cut = '';
        for (const char of word) {
          if (used + width(cut + char) > max) break;
          cut += char;
        }
        if (!cut) break;
        line.push({ ...segment, text: cut });
        word = word.slice(cut.length);
        hasWord = true;
        newLine();
      }
      if (word) {
        line.push({ ...segment, text: word });
        used += width(word);
        hasWord = true;
      }
    }
  }
  if (hasWord || lines.length === 0) lines.push(line);
  return lines;
}
