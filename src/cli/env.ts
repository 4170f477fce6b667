// One place decides interactive vs plain output, before any UI library is imported.
import { fstatSync, statSync } from 'node:fs';

export interface Terminal {
  /** Both ends are a terminal and raw mode is possible: the TUI can run. */
  interactive: boolean;
  /** Colour and styling are allowed on stdout. */
  color: boolean;
  columns: number;
}

/**
 * Whether the file descriptor is a terminal, asked without process.stdin / process.stdout and without
 * node:tty where the answer is plain: those getters build streams (and node:tty loads net), 5–20 ms
 * that `status` and `--help` spend on nothing when their output goes to a file, a pipe or /dev/null.
 * Only a character device other than the null device can be a terminal; node:tty decides for those.
 */
export function isTerminal(fd: number): boolean {
  try {
    const stat = fstatSync(fd);
    if (!stat.isCharacterDevice()) return false;
    if (process.platform !== 'win32' && stat.rdev === statSync('/dev/null').rdev) return false;
  } catch {
    // A closed descriptor, or no /dev/null: let node:tty say.
  }
  // process.getBuiltinModule: Node 20.16+ and 22.3+; older releases ask the streams, as before.
  const tty = process.getBuiltinModule?.('node:tty') as typeof import('node:tty') | undefined;
  if (tty) return tty.isatty(fd);
  return Boolean(fd === 0 ? process.stdin.isTTY : fd === 1 ? process.stdout.isTTY : process.stderr.isTTY);
}

/**
 * Node gives stdin a tty.ReadStream, which has setRawMode, exactly when fd 0 is a terminal; stdout's
 * width is asked only when it is one (its stream then exists for the output anyway).
 */
export function detectTerminal(
  env: NodeJS.ProcessEnv = process.env,
  terminalFd: (fd: number) => boolean = isTerminal,
): Terminal {
  const dumb = env.TERM === 'dumb';
  const noColor = env.NO_COLOR !== undefined && env.NO_COLOR !== '';
  const stdoutTTY = terminalFd(1);
  // A dumb terminal cannot move the cursor, which the interface needs: it gets the plain output.
  const interactive = stdoutTTY && !dumb && terminalFd(0);
  return {
    interactive,
    color: stdoutTTY && !dumb && !noColor && env.FORCE_COLOR !== '0',
    columns: (stdoutTTY && process.stdout.columns) || 80,
  };
}

export { debugEnabled } from '../debug.js';
