// Layout arithmetic as pure functions: word wrapping and scroll windows, tested without Ink.

/** Wraps plain text to a width, breaking words only when a single word is wider than the line. */
export function wrapText(text: string, width: number, indent = ''): string[] {
  const usable = Math.max(10, width);
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      const prefix = lines.length === 0 && line === '' ? '' : line === '' ? indent : '';
      let candidate = line ? `${line} ${word}` : `${prefix}${word}`;
      if ([...candidate].length <= usable) {
        line = candidate;
        continue;
      }
      if (line) lines.push(line);
      let rest = `${indent}${word}`;
      while ([...rest].length > usable) {
        lines.push([...rest].slice(0, usable).join(''));
        rest = `${indent}${[...rest].slice(usable).join('')}`;
      }
      line = rest;
      candidate = '';
    }
    lines.push(line);
  }
  return lines;
}

/** The first visible row of a list so that `selected` stays inside a window of `height` rows. */
export function scrollOffset(selected: number, offset: number, height: number, total: number): number {
  if (total <= height) return 0;
  let next = offset;
  if (selected < next) next = selected;
  if (selected >= next + height) next = selected - height + 1;
  return Math.max(0, Math.min(next, total - height));
}

/** Truncates a line to a width with an ellipsis. */
export function truncate(text: string, width: number): string {
  const chars = [...text];
  if (chars.length <= width) return text;
  return `${chars.slice(0, Math.max(0, width - 1)).join('')}…`;
}
