// One place decides interactive vs plain output, before any UI library is imported.
import { isatty } from 'node:tty';

export interface Terminal {
  /** Both ends are a terminal and raw mode is possible: the TUI can run. */
  interactive: boolean;
  /** Colour and styling are allowed on stdout. */
  color: boolean;
  columns: number;
}

/**
 * Asks the file descriptors, not process.stdin: its getter builds a stream (a tty.ReadStream, or an
 * fs.ReadStream with the stream modules behind it, ~10 ms on Node 20 and 22) that `status` and
 * `--help` never read. Node gives stdin a tty.ReadStream, which has setRawMode, exactly when fd 0 is
 * a terminal. process.stdout is asked for its width only when it is one.
 */
export function detectTerminal(
  env: NodeJS.ProcessEnv = process.env,
  isTerminal: (fd: number) => boolean = isatty,
): Terminal {
  const dumb = env.TERM === 'dumb';
  const noColor = env.NO_COLOR !== undefined && env.NO_COLOR !== '';
  const stdoutTTY = isTerminal(1);
  // A dumb terminal cannot move the cursor, which the interface needs: it gets the plain output.
  const interactive = isTerminal(0) && stdoutTTY && !dumb;
  return {
    interactive,
    color: stdoutTTY && !dumb && !noColor && env.FORCE_COLOR !== '0',
    columns: (stdoutTTY && process.stdout.columns) || 80,
  };
}

export { debugEnabled } from '../debug.js';
