// Knowing which processes are ours, even after a crash. Every process a check starts carries a random
// marker in its environment (inherited by whatever it starts, setsid or not) and, while it runs, a
// record in the state folder. When `check` is killed with SIGKILL nothing of ours runs its clean-up, so
// the next start reads the records of checks that are gone and kills what still carries their marker.
// A pid is only ever killed when it is provably ours (the marker, or the start time recorded with it):
// a recycled pid belongs to someone else.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The environment variable that marks the learner's processes. Says nothing about the learner. */
export const MARKER_VARIABLE = 'TUTOR_RUN_MARKER';

export interface Tracking {
  /** Prefix of every marker of this run; each process gets `${run}.${n}`. */
  run: string;
  /** Where running processes are recorded (in the state home); undefined: nothing is recorded. */
  recordDir?: string | undefined;
  /** Python that runs checks/python/supervise.py (standard library only); undefined: no supervisor. */
  supervisor?: { python: string; script: string } | undefined;
}

/**
 * A run's marker prefix: this process, this moment and 48 random bits, unique among the checks of one
 * machine. Not node:crypto's randomUUID: loading that module was 2–3 ms of every check's start, before
 * its first tool command.
 */
const runId = (): string =>
  `${process.pid.toString(36)}-${Date.now().toString(36)}-${Math.floor(Math.random() * 2 ** 48).toString(36)}`;

export function newTracking(recordDir: string | undefined, supervisor: Tracking['supervisor']): Tracking {
  return { run: runId(), recordDir, supervisor };
}

/**
 * The same run without the supervisor, for our own short standard-library helpers (the module probe,
 * the project index, a package's version): they run none of the learner's code, so a Python start-up
 * per call would be pure overhead. They keep the marker and their group, so the end-of-run sweep still
 * finds anything they left.
 */
export const unsupervised = (tracking: Tracking): Tracking => ({ ...tracking, supervisor: undefined });

let counter = 0;
export const nextMarker = (tracking: Tracking): string => `${tracking.run}.${++counter}`;

/** When the process started (a kernel tick count on Linux, `ps`'s lstart elsewhere); undefined when gone. */
export function startTime(pid: number): string | undefined {
  if (process.platform === 'linux') {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'latin1');
      return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19];
    } catch {
      return undefined;
    }
  }
  try {
    return execFileSync('ps', ['-o', 'lstart=', '-p', String(pid)], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim() || undefined;
  } catch {
    return undefined;
  }
}

interface RunRecord {
  owner: number;
  ownerStarted: string | undefined;
  pid: number;
  started: string | undefined;
  marker: string;
}

/** Notes a started process in the state folder; returns the file to remove when it ends. */
export function recordProcess(tracking: Tracking | undefined, pid: number, marker: string): string | undefined {
  if (!tracking?.recordDir) return undefined;
  const file = join(tracking.recordDir, `${process.pid}-${pid}.json`);
  const record: RunRecord = { owner: process.pid, ownerStarted: startTime(process.pid), pid, started: startTime(pid), marker };
  try {
    mkdirSync(tracking.recordDir, { recursive: true });
    writeFileSync(file, JSON.stringify(record));
    return file;
  } catch {
    // A read-only home or a full disk: the supervisor still cleans up, only a crash goes unrecorded.
    forgetProcess(file);
    return undefined;
  }
}

export function forgetProcess(file: string | undefined): void {
  try {
    if (file) rmSync(file, { force: true });
  } catch {
    // A folder that became read-only: the next start drops the record once its processes are gone.
  }
}

/** The records folder goes once empty, so the state folder holds only state.json between checks. */
export function removeRecordDir(tracking: Tracking): void {
  if (!tracking.recordDir) return;
  try {
    rmdirSync(tracking.recordDir);
  } catch {
    // Not empty (another check runs) or never made.
  }
}

/**
 * Processes whose environment holds a marker starting with one of `prefixes`. Linux only (/proc): on
 * macOS a process that left its group cannot be found this way, and only the group is killed.
 */
function markedProcesses(prefixes: readonly string[]): number[] {
  if (process.platform !== 'linux' || prefixes.length === 0) return [];
  const found: number[] = [];
  let names: string[];
  try {
    names = readdirSync('/proc').filter((name) => /^\d+$/.test(name));
  } catch {
    return [];
  }
  for (const name of names) {
    if (Number(name) === process.pid) continue;
    let environ: string;
    try {
      environ = readFileSync(`/proc/${name}/environ`, 'latin1');
    } catch {
      continue; // gone, or not ours to read
    }
    const marker = environ.split('\0').find((entry) => entry.startsWith(`${MARKER_VARIABLE}=`))?.slice(MARKER_VARIABLE.length + 1);
    if (marker && prefixes.some((prefix) => marker === prefix || marker.startsWith(`${prefix}.`))) found.push(Number(name));
  }
  return found;
}

function kill(pid: number): void {
  try {
    process.kill(pid, 'SIGKILL');
  } catch {
    // Already gone.
  }
}

/** Kills every process carrying one of the markers (what escaped a process group with setsid). */
export function killMarked(...markers: string[]): void {
  for (const pid of markedProcesses(markers)) kill(pid);
}

function readRecord(file: string): RunRecord | undefined {
  try {
    const record = JSON.parse(readFileSync(file, 'utf8')) as RunRecord;
    return Number.isInteger(record.owner) && Number.isInteger(record.pid) && typeof record.marker === 'string' ? record : undefined;
  } catch {
    return undefined;
  }
}

/**
 * On start: what a check that was killed left running is killed now. Records of a check that still
 * runs (another terminal) are left alone; the others are removed once their processes are gone.
 */
export function reapLeftovers(recordDir: string | undefined): void {
  if (!recordDir) return;
  let files: string[];
  try {
    files = readdirSync(recordDir).filter((name) => name.endsWith('.json'));
  } catch {
    return;
  }
  const dead: RunRecord[] = [];
  for (const name of files) {
    const file = join(recordDir, name);
    const record = readRecord(file);
    if (record && startTime(record.owner) === record.ownerStarted && record.ownerStarted !== undefined) continue;
    if (record) dead.push(record);
    forgetProcess(file);
  }
  for (const record of dead) {
    // The group's leader is still the process we started: its whole group goes.
    if (record.started !== undefined && startTime(record.pid) === record.started) {
      try {
        process.kill(-record.pid, 'SIGKILL');
      } catch {
        kill(record.pid);
      }
    }
  }
  killMarked(...dead.map((record) => record.marker));
}
