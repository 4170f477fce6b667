// Which processes are still alive in a folder: the proof that a check or a server left nothing behind.
import { readdirSync, readlinkSync } from 'node:fs';

/** Processes whose working directory is inside `dir` (the learner's code, servers, pytest, mypy…). */
export function processesIn(dir: string): number[] {
  return readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .filter((pid) => {
      try {
        return readlinkSync(`/proc/${pid}/cwd`).startsWith(dir);
      } catch {
        return false;
      }
    })
    .map(Number);
}
