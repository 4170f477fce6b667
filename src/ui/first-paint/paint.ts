// Drawing the first frame before Ink has loaded, and handing the screen over to Ink. Ink, React and
// yoga take longer to load than the learner needs to see home; home's first frame is plain lines,
// drawn here with the same colours (chalk, which Ink itself uses, so NO_COLOR and the terminal's
// colour support decide alike). Ink's first frame then replaces it in one write, as Ink replaces
// each of its own frames, so nothing flickers; keys typed meanwhile wait in the terminal's buffer.
import chalk from 'chalk';
import type { Segment } from '../markdown/types.js';

const HIDE_CURSOR = '\u001B[?25l';
const SHOW_CURSOR = '\u001B[?25h';
const ERASE_LINE = '\u001B[2K';
const CURSOR_UP = '\u001B[1A';
const CURSOR_LEFT = '\u001B[G';

/** One segment in the colours Ink gives a <Text> with the same props (dim, colour, then emphasis). */
function styled(segment: Segment): string {
  let text = segment.text;
  if (segment.dim) text = chalk.dim(text);
  const colour = segment.color && (chalk as unknown as Record<string, unknown>)[segment.color];
  if (typeof colour === 'function') text = (colour as (value: string) => string)(text);
  if (segment.bold) text = chalk.bold(text);
  if (segment.italic) text = chalk.italic(text);
  if (segment.underline) text = chalk.underline(text);
  return text;
}

export const frameText = (lines: readonly Segment[][]) => lines.map((line) => line.map(styled).join('')).join('\n');

/** What Ink's log-update writes to take back a frame of `count` lines: each erased, bottom to top. */
export function eraseLines(count: number): string {
  let erase = '';
  for (let i = 0; i < count; i++) erase += ERASE_LINE + (i < count - 1 ? CURSOR_UP : '');
  return count > 0 ? erase + CURSOR_LEFT : '';
}

/** A frame on screen that Ink has yet to replace. */
export interface Painted {
  /**
   * Makes Ink's first frame replace this one: the first write that carries a frame (Ink hides the
   * cursor in a write of its own first) is prefixed with the erasing of the painted lines, the same
   * escape codes Ink writes before each frame it redraws. Call it just before Ink renders.
   */
  handOver(): void;
}

/**
 * Draws the lines and keeps typed keys from echoing until Ink reads them. Keys are not read here:
 * they stay in the terminal's buffer, and Ink handles them in order once it listens.
 */
export function paint(lines: readonly Segment[][], stdout: NodeJS.WriteStream, stdin: NodeJS.ReadStream): Painted {
  stdin.setRawMode?.(true);
  stdout.write(`${HIDE_CURSOR}${frameText(lines)}\n`);
  // If Ink never takes over (an error while loading it), the cursor comes back.
  const restore = () => void stdout.write(SHOW_CURSOR);
  process.once('exit', restore);
  // Counted as Ink's log-update counts a frame: with the empty line the cursor waits on.
  const lineCount = lines.length + 1;
  return {
    handOver() {
      process.off('exit', restore);
      const write = stdout.write;
      stdout.write = function (this: NodeJS.WriteStream, chunk: unknown, ...rest: unknown[]) {
        if (typeof chunk !== 'string' || !chunk.includes('\n'))
          return write.call(this, chunk as string, ...(rest as []));
        stdout.write = write;
        return write.call(this, eraseLines(lineCount) + chunk, ...(rest as []));
      } as typeof stdout.write;
    },
  };
}
