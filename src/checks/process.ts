// Running a learner's command safely, one spawn path for every kind: argv array (no shell), stdin
// ignored, its own process group, a marker in its environment and, when a Python is at hand, under
// checks/python/supervise.py — a child subreaper that kills every descendant when the command ends,
// even one that left the group with setsid (execa and child_process only kill the direct child).
import { monotonicMs } from './clock.js';
import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';
import { Capture } from './capture.js';
import { forgetProcess, killMarked, MARKER_VARIABLE, nextMarker, recordProcess, type Tracking } from './supervision.js';
import { which } from './which.js';

export interface RunOptions {
  cwd: string;
  timeoutMs: number;
  env?: NodeJS.ProcessEnv;
  signal?: AbortSignal | undefined;
  /** Marker, records and supervisor of this check run; without it only the process group is killed. */
  tracking?: Tracking | undefined;
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

interface Live {
  pid: number;
  supervised: boolean;
}

/** Process trees still running, so a signal handler can stop them all before exiting. */
const live = new Map<number, Live>();

function killGroup(pid: number): void {
  try {
    process.kill(-pid, 'SIGKILL');
  } catch {
    // Already gone.
  }
}

/**
 * Stops a tree. A supervisor is asked with SIGTERM: it kills everything below it (even what left the
 * group) and exits — a SIGKILL of its group would kill it before it could.
 */
function stopTree(entry: Live): void {
  if (!entry.supervised) return killGroup(entry.pid);
  try {
    process.kill(entry.pid, 'SIGTERM');
  } catch {
    killGroup(entry.pid);
  }
}

/** Stops every process tree a check started and has not reaped yet. Synchronous: safe in exit handlers. */
export function killAllGroups(): void {
  for (const entry of live.values()) stopTree(entry);
  live.clear();
}

/** How long to wait for the pipes to close after the tree was stopped (a stuck descendant may hold them). */
const CLOSE_GRACE_MS = 2000;

interface Spawned {
  /** undefined: the program does not exist or cannot be executed (found out before spawning). */
  child: ChildProcess | undefined;
  stdout: Capture;
  stderr: Capture;
  /** Ask the tree to stop (the supervisor cleans up; without one the group is killed). */
  stop(): void;
  /** The end: whatever is left in the group or carries the marker is killed, the record removed. */
  release(): void;
}

function spawnLearner(argv: readonly string[], options: Omit<RunOptions, 'timeoutMs'> & { onOutput?: (child: ChildProcess) => void }): Spawned {
  const stdout = new Capture();
  const stderr = new Capture();
  const env = options.env ?? process.env;
  const tracking = options.tracking;
  const marker = tracking ? nextMarker(tracking) : undefined;
  const supervisor = tracking?.supervisor;
  // Under a supervisor a missing program would be its error; say "not found" as a direct spawn would.
  const program = argv[0]!.includes('/') ? resolve(options.cwd, argv[0]!) : argv[0]!;
  if (supervisor && !which(program, [], env)) return { child: undefined, stdout, stderr, stop: () => {}, release: () => {} };
  // -I -S: the supervisor (standard library only) ignores the learner's PYTHON* variables and site
  // packages, so neither can break it or slow it down; the command itself gets them untouched.
  const command = supervisor ? [supervisor.python, '-I', '-S', supervisor.script, String(process.pid), ...argv] : argv;
  const child = spawn(command[0]!, command.slice(1), {
    cwd: options.cwd,
    env: marker ? { ...env, [MARKER_VARIABLE]: marker } : env,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
    windowsHide: true,
  });
  child.stdout!.on('data', (chunk: Buffer) => stdout.push(chunk));
  child.stderr!.on('data', (chunk: Buffer) => stderr.push(chunk));
  options.onOutput?.(child);
  const entry: Live | undefined = child.pid ? { pid: child.pid, supervised: Boolean(supervisor) } : undefined;
  if (entry) live.set(entry.pid, entry);
  const record = entry && marker ? recordProcess(tracking, entry.pid, marker) : undefined;
  let released = false;
  return {
    child,
    stdout,
    stderr,
    stop: () => {
      if (entry && !released) stopTree(entry);
    },
    release: () => {
      if (released || !entry) return;
      released = true;
      killGroup(entry.pid);
      // What escaped the group: only when no supervisor did it already, or the supervisor was killed.
      if (marker && (!supervisor || child.signalCode === 'SIGKILL')) killMarked(marker);
      live.delete(entry.pid);
      forgetProcess(record);
    },
  };
}

export function runProcess(argv: readonly string[], options: RunOptions): Promise<RunResult> {
  const started = monotonicMs();
  // A check stopped while this item waited (for the project index, a slot): nothing is started, so
  // nothing has to be killed in its first milliseconds, before it can even handle a signal.
  if (options.signal?.aborted) {
    return Promise.resolve({ exitCode: null, timedOut: false, aborted: true, notFound: false, stdout: new Capture(), stderr: new Capture(), durationMs: 0 });
  }
  const spawned = spawnLearner(argv, options);
  const { child, stdout, stderr } = spawned;
  return new Promise((resolve) => {
    let timedOut = false;
    let aborted = false;
    let settled = false;
    let exitCode: number | null = null;
    let grace: NodeJS.Timeout | undefined;
    let timer: NodeJS.Timeout | undefined;
    const finish = (notFound = false) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      clearTimeout(grace);
      options.signal?.removeEventListener('abort', onAbort);
      // Whatever the command left running (a daemon, a forgotten `sleep &`) goes too.
      spawned.release();
      resolve({ exitCode, timedOut, aborted, notFound, stdout, stderr, durationMs: Math.round(monotonicMs() - started) });
    };
    const stop = () => {
      spawned.stop();
      grace ??= setTimeout(() => finish(), CLOSE_GRACE_MS);
    };
    const onAbort = () => {
      aborted = true;
      stop();
    };
    if (!child) return finish(true);
    timer = setTimeout(() => {
      timedOut = true;
      stop();
    }, options.timeoutMs);
    if (options.signal?.aborted) onAbort();
    else options.signal?.addEventListener('abort', onAbort, { once: true });
    child.on('error', (error: NodeJS.ErrnoException) => {
      finish(error.code === 'ENOENT' || error.code === 'EACCES');
    });
    child.on('exit', (code) => {
      exitCode = code;
      // Descendants may keep stdout open after the child exits; kill them so 'close' can come.
      spawned.release();
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
  /** Stops the whole tree and waits (a bounded time) for the pipes to close. Idempotent. */
  stop(): Promise<void>;
  /** The server is up: what it printed so far is its start-up output, which every tap begins with. */
  ready(): void;
  /**
   * The output as one user of a shared server sees it: the start-up output, then what comes from now
   * on — as if the server had been started for that user alone. close() stops the copying.
   */
  tap(): { stdout: Capture; stderr: Capture; close(): void };
}

/** At most this much start-up output is kept for taps (a server that logs megabytes while starting). */
const STARTUP_BYTES = 64 * 1024;

/**
 * A long-running process (a web server under test), spawned like every other. The caller MUST call
 * stop() in a finally; an abort signal stops it too, and killAllGroups() stops it on Ctrl-C.
 */
export function startServer(argv: readonly string[], options: Omit<RunOptions, 'timeoutMs'>): ServerHandle {
  type Stream = 'stdout' | 'stderr';
  const startup: [Stream, Buffer][] = [];
  let startupBytes = 0;
  let started = false;
  const taps = new Set<Record<Stream, Capture>>();
  const copy = (stream: Stream) => (chunk: Buffer) => {
    if (!started && startupBytes < STARTUP_BYTES) {
      startup.push([stream, chunk]);
      startupBytes += chunk.length;
    }
    for (const tap of taps) tap[stream].push(chunk);
  };
  const spawned = spawnLearner(argv, {
    ...options,
    onOutput: (child) => {
      child.stdout!.on('data', copy('stdout'));
      child.stderr!.on('data', copy('stderr'));
    },
  });
  const { child, stdout, stderr } = spawned;
  let markExited!: () => void;
  const exited = new Promise<void>((resolve) => (markExited = resolve));
  const closed = new Promise<void>((resolve) => (child ? child.on('close', () => resolve()) : resolve()));
  const handle: ServerHandle = {
    pid: child?.pid,
    stdout,
    stderr,
    exit: undefined,
    notFound: !child,
    exited,
    stop: async () => {
      options.signal?.removeEventListener('abort', onAbort);
      if (!child?.pid) return;
      spawned.stop();
      // The grace timer goes once the server has closed: left pending, it kept `check` alive for up to
      // 2 s after its last item (the bench's check 06, ~0.7–1.4 s of its 3.3 s).
      let grace: NodeJS.Timeout | undefined;
      await Promise.race([closed, new Promise((resolve) => (grace = setTimeout(resolve, CLOSE_GRACE_MS)))]);
      clearTimeout(grace);
      spawned.release();
    },
    ready: () => {
      started = true;
    },
    tap: () => {
      const tap = { stdout: new Capture(), stderr: new Capture() };
      for (const [stream, chunk] of startup) tap[stream].push(chunk);
      taps.add(tap);
      return { ...tap, close: () => taps.delete(tap) };
    },
  };
  const onAbort = () => void handle.stop();
  if (!child) {
    handle.exit = { code: null, signal: null };
    markExited();
    return handle;
  }
  if (options.signal?.aborted) onAbort();
  else options.signal?.addEventListener('abort', onAbort, { once: true });
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
