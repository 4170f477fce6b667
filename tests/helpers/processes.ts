// Which processes are still alive in a folder: the proof that a check or a server left nothing behind.
import { readdirSync, readFileSync, readlinkSync } from 'node:fs';

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

/**
 * The same processes, each as "pid (parent, state): command line", so a failing assertion says what
 * was left and who started it; a process that ended in the meantime is left out.
 */
export function describeProcessesIn(dir: string): string[] {
  return processesIn(dir).flatMap((pid) => {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'latin1');
      const [state, parent] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const command = readFileSync(`/proc/${pid}/cmdline`, 'latin1').split('\0').filter(Boolean).join(' ');
      return [`${pid} (parent ${parent}, ${state}): ${command}`];
    } catch {
      return [];
    }
  });
}
