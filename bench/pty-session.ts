// A program in a real pseudo-terminal, read through a headless terminal emulator, for the bench:
// every key is timed from the write to the output chunk that makes the screen show what was awaited.
import { readFileSync } from 'node:fs';
import xtermHeadless from '@xterm/headless';
import * as pty from 'node-pty';

const { Terminal } = xtermHeadless;

export const KEYS = { enter: '\r', down: '\u001B[B', up: '\u001B[A', left: '\u001B[D', pageDown: '\u001B[6~' } as const;

type Expect = string | RegExp | ((screen: string) => boolean);

export interface BenchSession {
  /** Milliseconds from spawn to the first screen that matches. */
  started: Promise<number>;
  screen(): string;
  /** Writes keys and resolves with the milliseconds until the screen matches `until`. */
  press(keys: string, until: Expect, timeoutMs?: number): Promise<number>;
  pid: number;
  /** With `cpu`: the program's main-thread CPU time from the last key to the output that matched,
   * in ms (from /proc/PID/schedstat): unlike wall time, a loaded machine hardly changes it. */
  keyCpuMs(): number;
  /** Peak resident memory so far (VmHWM), in KiB. */
  peakRssKiB(): number;
  quit(keys?: string): Promise<void>;
}

const matcher = (expected: Expect) => (screen: string) =>
  typeof expected === 'function'
    ? expected(screen)
    : typeof expected === 'string'
      ? screen.includes(expected)
      : expected.test(screen);

/** `complete` tells a whole frame from one half drawn (e.g. its key-hint line at the bottom). */
export function startSession(
  node: string,
  args: string[],
  options: {
    env: NodeJS.ProcessEnv;
    cwd: string;
    ready: Expect;
    complete?: RegExp;
    cols?: number;
    rows?: number;
    cpu?: boolean;
  },
): BenchSession {
  const cols = options.cols ?? 80;
  const rows = options.rows ?? 24;
  const terminal = new Terminal({ cols, rows, allowProposedApi: true });
  const spawnedAt = process.hrtime.bigint();
  const child = pty.spawn(node, args, {
    name: 'xterm-256color',
    cols,
    rows,
    cwd: options.cwd,
    env: options.env as Record<string, string>,
  });
  const screen = () => {
    const buffer = terminal.buffer.active;
    const lines: string[] = [];
    for (let i = buffer.viewportY; i < buffer.viewportY + rows; i++)
      lines.push(buffer.getLine(i)?.translateToString(true) ?? '');
    return lines.join('\n');
  };
  let waiting:
    | {
        since: bigint;
        matches: (screen: string) => boolean;
        resolve: (ms: number) => void;
        reject: (error: Error) => void;
        timer: NodeJS.Timeout;
      }
    | undefined;
  const wait = (since: bigint, expected: Expect, timeoutMs: number, what: string) =>
    new Promise<number>((resolve, reject) => {
      const timer = setTimeout(() => {
        waiting = undefined;
        reject(
          new Error(
            `bench: ${what}: the screen did not show ${String(expected)} within ${timeoutMs} ms. Screen:\n${screen()}`,
          ),
        );
      }, timeoutMs);
      waiting = { since, matches: matcher(expected), resolve, reject, timer };
      // The screen may already show it (a key that changes nothing visible is a script error, not 0 ms).
    });
  let exited = false;
  const exit = new Promise<void>((resolve) =>
    child.onExit(() => {
      exited = true;
      resolve();
    }),
  );
  // A frame reaches the pty in several chunks (erase, lines, cursor): a key's frame is there when
  // the output has been quiet for 30 ms and the screen then matches; it counts from the last chunk.
  let lastData = process.hrtime.bigint();
  // Main-thread CPU (ns) at the key and at the latest output chunk; the thread's own line, not the process's.
  const cpuNow = () => {
    if (!options.cpu) return 0;
    try {
      return Number(readFileSync(`/proc/${child.pid}/schedstat`, 'utf8').split(' ')[0]);
    } catch {
      return cpuAtData; // the program has exited (its last output arrives after it)
    }
  };
  let cpuAtKey = 0;
  let cpuAtData = 0;
  let keyCpu = 0;
  let quietTimer: NodeJS.Timeout | undefined;
  const settle = () => {
    const current = screen();
    if (waiting && waiting.matches(current) && (!options.complete || options.complete.test(current))) {
      const done = waiting;
      waiting = undefined;
      clearTimeout(done.timer);
      keyCpu = (cpuAtData - cpuAtKey) / 1e6;
      done.resolve(Number(lastData - done.since) / 1e6);
    }
  };
  child.onData((data) => {
    lastData = process.hrtime.bigint();
    if (options.cpu) cpuAtData = cpuNow();
    terminal.write(data, () => {
      clearTimeout(quietTimer);
      quietTimer = setTimeout(settle, 30);
    });
  });
  const started = wait(spawnedAt, options.ready, 20_000, `start of ${args.join(' ')}`);
  return {
    pid: child.pid,
    started,
    screen,
    press: async (keys, until, timeoutMs = 10_000) => {
      // Let the screen that just appeared subscribe to input (Ink attaches handlers in effects).
      await new Promise((resolve) => setTimeout(resolve, 40));
      const since = process.hrtime.bigint();
      cpuAtKey = cpuNow();
      const done = wait(since, until, timeoutMs, `key ${JSON.stringify(keys)}`);
      child.write(keys);
      return done;
    },
    keyCpuMs: () => keyCpu,
    peakRssKiB: () => Number(/VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))?.[1] ?? 0),
    quit: async (keys = 'q') => {
      if (!exited) child.write(keys);
      const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
      await exit;
      clearTimeout(timer);
    },
  };
}
