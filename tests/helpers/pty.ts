// The built binary in a real pseudo-terminal, read through a headless terminal emulator:
// type keys, then wait for the screen to show what a person would see.
import xtermHeadless from '@xterm/headless';
import * as pty from 'node-pty';
import { bin } from './cli.js';

const { Terminal } = xtermHeadless;

/** How long the output must have been quiet for a screen to count as drawn. */
const SETTLE_MS = 15;

export const KEYS = { enter: '\r', down: '\u001B[B', up: '\u001B[A' } as const;

export interface PtySession {
  screen(): string;
  /** Everything the program wrote, escape codes included. */
  raw(): string;
  waitFor(expected: string | RegExp | ((screen: string) => boolean), timeoutMs?: number): Promise<string>;
  /** Types after a short settle, so the screen that just appeared has subscribed to input. */
  type(keys: string): Promise<void>;
  /** Types at once, with no settle: keys a fast learner types while the screen is still loading. */
  typeNow(keys: string): void;
  exited: Promise<number>;
  kill(signal?: string): void;
  /** Resizes the pseudo-terminal and the emulator together, as a person dragging the window would. */
  resize(cols: number, rows: number): void;
}

/** `args` go to the built binary, or to `command` when given (e.g. `make`, which runs the binary itself). */
export function startPty(
  args: string[],
  options: { home: string; cwd: string; cols?: number; rows?: number; env?: Record<string, string>; command?: string },
): PtySession {
  const cols = options.cols ?? 80;
  let rows = options.rows ?? 24;
  const terminal = new Terminal({ cols, rows, allowProposedApi: true });
  const env = {
    ...process.env,
    MLOPS_TUTOR_HOME: options.home,
    TERM: 'xterm-256color',
    CI: '',
    LANG: 'en_US.UTF-8',
    ...options.env,
  } as Record<string, string>;
  delete env.CI;
  // node-pty sets TERM from `name`, so the terminal's name follows the env under test.
  const child = pty.spawn(options.command ?? process.execPath, options.command ? args : [bin, ...args], {
    name: env.TERM ?? 'xterm-256color',
    cols,
    rows,
    cwd: options.cwd,
    env,
  });
  let written = '';
  let lastData = Date.now();
  child.onData((data) => {
    written += data;
    lastData = Date.now();
    terminal.write(data);
  });
  // node-pty may report the exit before the last output has been read, and the emulator parses what it
  // is given later: `exited` resolves once the output has been quiet for a moment and is all on screen,
  // so what the program printed last (an "Interrupted" line) is there to assert on.
  const exited = new Promise<number>((resolve) =>
    child.onExit(async ({ exitCode }) => {
      while (Date.now() - lastData < 100) await new Promise((wait) => setTimeout(wait, 25));
      await new Promise<void>((parsed) => terminal.write('', parsed));
      resolve(exitCode);
    }),
  );

  // The visible screen only (scrollback excluded): what a person sees right now.
  const screen = () => {
    const buffer = terminal.buffer.active;
    const lines: string[] = [];
    for (let i = buffer.viewportY; i < buffer.viewportY + rows; i++)
      lines.push(buffer.getLine(i)?.translateToString(true) ?? '');
    return lines.join('\n').replace(/\n+$/, '');
  };

  async function waitFor(
    expected: string | RegExp | ((screen: string) => boolean),
    timeoutMs = 10_000,
  ): Promise<string> {
    const matches = (screen: string) =>
      typeof expected === 'function'
        ? expected(screen)
        : typeof expected === 'string'
          ? screen.includes(expected)
          : expected.test(screen);
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      // Let the emulator finish parsing what arrived before reading it.
      await new Promise<void>((resolve) => terminal.write('', resolve));
      const current = screen();
      // A frame can arrive in several reads: a match counts once the output has paused, so the screen
      // returned (and read right after) is a whole frame, not its top half without the key hints.
      if (matches(current) && Date.now() - lastData >= SETTLE_MS) return current;
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    throw new Error(`Timed out waiting for ${String(expected)}. Screen:\n${screen()}`);
  }

  return {
    screen,
    raw: () => written,
    waitFor,
    type: async (keys) => {
      await new Promise((resolve) => setTimeout(resolve, 60));
      child.write(keys);
    },
    typeNow: (keys) => child.write(keys),
    exited,
    kill: (signal) => child.kill(signal),
    resize: (newCols, newRows) => {
      rows = newRows;
      terminal.resize(newCols, newRows);
      child.resize(newCols, newRows);
    },
  };
}
