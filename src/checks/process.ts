// Running a learner's command safely: argv array (no shell), stdin ignored, its own process group so
// a timeout or Ctrl-C kills the whole tree (execa and child_process only kill the direct child).
import { spawn } from 'node:child_process';
import { Capture } from './capture.js';

export interface RunOptions {
  cwd: string;
  timeoutMs: number;
  env?: NodeJS.ProcessEnv;
  signal?: AbortSignal | undefined;
}

export interface RunResult {
  /** null when the process was killed by a signal or never started. */
  exitCode: number | null;
  timedOut: boolean;
  aborted: boolean;
  /** The program does not exist (ENOENT) or cannot be executed (EACCES). */
  notFound: boolean;
  stdout: Capture;
  stderr: Capture;
  durationMs: number;
}

/** Process groups still running, so a signal handler can kill them all before exiting. */
const liveGroups = new Set<number>();

function killGroup(pid: number): void {
  try {
    process.kill(-pid, 'SIGKILL');
  } catch {
    // Already gone.
  }
}

/** Kills every process tree a check started and has not reaped yet. Synchronous: safe in exit handlers. */
export function killAllGroups(): void {
  for (const pid of liveGroups) killGroup(pid);
  liveGroups.clear();
}

/** How long to wait for the pipes to close after the group was killed (a stuck descendant may hold them). */
const CLOSE_GRACE_MS = 2000;

export function runProcess(argv: readonly string[], options: RunOptions): Promise<RunResult> {
  const started = performance.now();
  const stdout = new Capture();
  const stderr = new Capture();
  return new Promise((resolve) => {
    let timedOut = false;
    let aborted = false;
    let settled = false;
    let exitCode: number | null = null;
    const finish = (notFound = false) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      clearTimeout(grace);
      options.signal?.removeEventListener('abort', onAbort);
      if (child.pid) {
        // Whatever the command left running in its group (a daemon, a forgotten `sleep &`) goes too.
        killGroup(child.pid);
        liveGroups.delete(child.pid);
      }
      resolve({ exitCode, timedOut, aborted, notFound, stdout, stderr, durationMs: Math.round(performance.now() - started) });
    };
    const child = spawn(argv[0]!, argv.slice(1), {
      cwd: options.cwd,
      env: options.env ?? process.env,
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
      windowsHide: true,
    });
    if (child.pid) liveGroups.add(child.pid);
    let grace: NodeJS.Timeout | undefined;
    const stop = () => {
      if (child.pid) killGroup(child.pid);
      grace = setTimeout(() => finish(), CLOSE_GRACE_MS);
    };
    const timer = setTimeout(() => {
      timedOut = true;
      stop();
    }, options.timeoutMs);
    const onAbort = () => {
      aborted = true;
      stop();
    };
    if (options.signal?.aborted) onAbort();
    else options.signal?.addEventListener('abort', onAbort, { once: true });
    child.stdout!.on('data', (chunk: Buffer) => stdout.push(chunk));
    child.stderr!.on('data', (chunk: Buffer) => stderr.push(chunk));
    child.on('error', (error: NodeJS.ErrnoException) => {
      finish(error.code === 'ENOENT' || error.code === 'EACCES');
    });
    child.on('exit', (code) => {
      exitCode = code;
      // Descendants may keep stdout open after the child exits; kill the group so 'close' can come.
      if (child.pid) killGroup(child.pid);
      grace ??= setTimeout(() => finish(), CLOSE_GRACE_MS);
    });
    child.on('close', () => finish());
  });
}

export interface ServerHandle {
  pid: number | undefined;
  stdout: Capture;
  stderr: Capture;
  /** Set once the process has exited (code, or null when killed by a signal). */
  exit: { code: number | null; signal: NodeJS.Signals | null } | undefined;
  /** Resolves when the process exits or cannot be started. */
  exited: Promise<void>;
  notFound: boolean;
  /** Kills the whole process group and waits (a bounded time) for the pipes to close. Idempotent. */
  stop(): Promise<void>;
}

/**
 * A long-running process (a web server under test): its own process group, stdin ignored, output
 * captured. The caller MUST call stop() in a finally; an abort signal stops it too, and it is in the
 * set killAllGroups() empties on Ctrl-C.
 */
export function startServer(argv: readonly string[], options: Omit<RunOptions, 'timeoutMs'>): ServerHandle {
  const stdout = new Capture();
  const stderr = new Capture();
  const child = spawn(argv[0]!, argv.slice(1), {
    cwd: options.cwd,
    env: options.env ?? process.env,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
    windowsHide: true,
  });
  if (child.pid) liveGroups.add(child.pid);
  let markExited!: () => void;
  const handle: ServerHandle = {
    pid: child.pid,
    stdout,
    stderr,
    exit: undefined,
    notFound: false,
    exited: new Promise<void>((resolve) => (markExited = resolve)),
    stop: async () => {
      options.signal?.removeEventListener('abort', onAbort);
      if (child.pid) {
        killGroup(child.pid);
        liveGroups.delete(child.pid);
      } else return;
      await Promise.race([closed, new Promise((resolve) => setTimeout(resolve, CLOSE_GRACE_MS))]);
    },
  };
  const closed = new Promise<void>((resolve) => child.on('close', () => resolve()));
  const onAbort = () => void handle.stop();
  if (options.signal?.aborted) onAbort();
  else options.signal?.addEventListener('abort', onAbort, { once: true });
  child.stdout!.on('data', (chunk: Buffer) => stdout.push(chunk));
  child.stderr!.on('data', (chunk: Buffer) => stderr.push(chunk));
  child.on('error', (error: NodeJS.ErrnoException) => {
    handle.notFound = error.code === 'ENOENT' || error.code === 'EACCES';
    handle.exit ??= { code: null, signal: null };
    markExited();
  });
  child.on('exit', (code, signal) => {
    handle.exit = { code, signal };
    markExited();
  });
  return handle;
}
