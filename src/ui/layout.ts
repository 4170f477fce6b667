// Layout arithmetic as pure functions: word wrapping and scroll windows, tested without Ink.

/** Wraps plain text to a width, breaking words only when a single word is wider than the line. */
export function wrapText(text: string, width: number, indent = ''): string[] {
  const usable = Math.max(10, width);
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      const prefix = lines.length === 0 && line === '' ? '' : line === '' ? indent : '';
      const candidate = line ? `${line} ${word}` : `${prefix}${word}`;
      if (codePointLength(candidate) <= usable) {
        line = candidate;
        continue;
      }
      if (line) lines.push(line);
      // A word wider than the line (a URL, a long identifier) breaks at its own punctuation, marked.
      const pieces = breakCode(word, usable - indent.length, indent.length + CONTINUATION.length);
      pieces
        .slice(0, -1)
        .forEach((piece, index) => lines.push(index === 0 ? `${indent}${piece}` : `${indent}${CONTINUATION}${piece}`));
      line = pieces.length > 1 ? `${indent}${CONTINUATION}${pieces[pieces.length - 1]}` : `${indent}${pieces[0]}`;
    }
    lines.push(line);
  }
  return lines;
}

/**
 * `[...text].length` without building the array: the practice screens wrap their text on every
 * render, and those arrays were a tenth of what a quiz allocated (sampling heap profiler, bench run).
 */
export function codePointLength(text: string): number {
  let length = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    // A high surrogate followed by a low one is a single code point.
    if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
    }
    length++;
  }
  return length;
}

/**
 * Starts the continuation of a code line or URL that did not fit. ↳, not ↪: string-width 7 (Ink's
 * wrapping) and 8 disagree on ↪'s width, so ↪ sent every wrapped line through the slow Unicode path
 * (fast-text.ts), ~70 ms the first time a lesson with a long code line opened.
 */
export const CONTINUATION = '↳ ';

/**
 * Breaks a code line (or a URL) into pieces that fit: at the last space that fits, else after the
 * last punctuation that fits (`,` `(` `/` `=`…), cutting inside a token only when one token alone is
 * wider than the line. The first piece fits in `max`; the others in `max - continuationWidth`,
 * the room left after the indentation and CONTINUATION they are shown after.
 */
export function breakCode(text: string, max: number, continuationWidth: number): string[] {
  const pieces: string[] = [];
  let rest = [...text];
  let room = Math.max(4, max);
  while (rest.length > room) {
    const fits = (cut: number) => cut > 0 && rest.slice(0, cut).join('').trim() !== '';
    let cut = -1;
    for (let i = room; i > 0 && cut < 0; i--) if (rest[i] === ' ' && fits(i)) cut = i;
    for (let i = room; i > 0 && cut < 0; i--) if (/[,;([{/=&?:.-]/.test(rest[i - 1]!) && fits(i)) cut = i;
    if (cut < 0) cut = room;
    pieces.push(rest.slice(0, cut).join('').trimEnd());
    rest = [...rest.slice(cut).join('').trimStart()];
    room = Math.max(4, max - continuationWidth);
  }
  pieces.push(rest.join(''));
  return pieces;
}

/** A code line wrapped to `max`: continuation lines keep the indentation and start with CONTINUATION. */
export function wrapCode(line: string, max: number): string[] {
  const indent = /^\s*/.exec(line)![0];
  const pieces = breakCode(line, max, indent.length + CONTINUATION.length);
  return pieces.map((piece, index) => (index === 0 ? piece : `${indent}${CONTINUATION}${piece}`));
}

/** Truncates a line to a width with an ellipsis. */
export function truncate(text: string, width: number): string {
  const chars = [...text];
  if (chars.length <= width) return text;
  return `${chars.slice(0, Math.max(0, width - 1)).join('')}…`;
}
