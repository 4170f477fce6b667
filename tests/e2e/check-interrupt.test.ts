// Ctrl-C in the middle of a check: every process the checker started is gone, the exit code is 130.
import { cpSync, mkdtempSync, readdirSync, readlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { testPython } from '../checks/helpers.js';
import { startPty } from '../helpers/pty.js';
import { repoRoot } from '../helpers/syllabus.js';

/** Processes whose working directory is inside `dir` (the learner's code, pytest, mypy…). */
function processesIn(dir: string): number[] {
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

describe('check interrupted with Ctrl-C', () => {
  it('stops the running item and its process tree, says so, exits 130', { timeout: 60_000 }, async () => {
    const workspace = mkdtempSync(join(tmpdir(), 'mlops-ws-'));
    cpSync(join(repoRoot, 'solutions', '01-modern-python'), join(workspace, '01-modern-python'), { recursive: true });
    const home = mkdtempSync(join(tmpdir(), 'mlops-pty-'));
    const session = startPty(['check', '01', '--dir', workspace, '--python', testPython()], { home, cwd: home, cols: 100, rows: 30 });
    // mypy is the slow item: interrupt while it runs
    await session.waitFor(/mypy/, 30_000);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(processesIn(workspace).length).toBeGreaterThan(0);
    await session.type('\u0003');
    expect(await session.exited).toBe(130);
    expect(session.screen()).toContain('Interrupted: every process I started has been stopped.');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(processesIn(workspace)).toEqual([]);
  });
});
