// One place decides interactive vs plain output, before any UI library is imported.
export interface Terminal {
  /** Both ends are a terminal and raw mode is possible: the TUI can run. */
  interactive: boolean;
  /** Colour and styling are allowed on stdout. */
  color: boolean;
  columns: number;
}

export function detectTerminal(
  stdin: NodeJS.ReadStream = process.stdin,
  stdout: NodeJS.WriteStream = process.stdout,
  env: NodeJS.ProcessEnv = process.env,
): Terminal {
  const dumb = env.TERM === 'dumb';
  const noColor = env.NO_COLOR !== undefined && env.NO_COLOR !== '';
  // A dumb terminal cannot move the cursor, which the interface needs: it gets the plain output.
  const interactive = Boolean(stdin.isTTY && stdout.isTTY && typeof stdin.setRawMode === 'function') && !dumb;
  return {
    interactive,
    color: Boolean(stdout.isTTY) && !dumb && !noColor && env.FORCE_COLOR !== '0',
    columns: stdout.columns || 80,
  };
}

export { debugEnabled } from '../debug.js';
