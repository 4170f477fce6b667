// Ctrl-C in the middle of a check: every process the checker started is gone, the exit code is 130.
import { cpSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { testPython } from '../checks/helpers.js';
import { KEYS, startPty } from '../helpers/pty.js';
import { repoRoot } from '../helpers/syllabus.js';
import { eventually } from '../helpers/eventually.js';
import { processesIn } from '../helpers/processes.js';

describe('check interrupted with Ctrl-C', () => {
  it('stops the running item and its process tree, says so, exits 130', { timeout: 60_000 }, async () => {
    const workspace = mkdtempSync(join(tmpdir(), 'mlops-ws-'));
    cpSync(join(repoRoot, 'solutions', '01-modern-python'), join(workspace, '01-modern-python'), { recursive: true });
    const home = mkdtempSync(join(tmpdir(), 'mlops-pty-'));
    const session = startPty(['check', '01', '--dir', workspace, '--python', testPython()], {
      home,
      cwd: home,
      cols: 100,
      rows: 30,
    });
    // mypy is the slow item: interrupt while it runs
    await session.waitFor(/mypy/, 30_000);
    await eventually(() => expect(processesIn(workspace).length).toBeGreaterThan(0), { timeoutMs: 10_000 });
    await session.type('\u0003');
    expect(await session.exited).toBe(130);
    expect(session.screen()).toContain('Interrupted: every process I started has been stopped.');
    // Killed children leave /proc as they are reaped: none may be left once that has settled.
    await eventually(() => expect(processesIn(workspace)).toEqual([]), { stableMs: 300 });
  });

  it('quitting the TUI during a check leaves no process behind', { timeout: 60_000 }, async () => {
    const workspace = mkdtempSync(join(tmpdir(), 'mlops-ws-'));
    cpSync(join(repoRoot, 'solutions', '01-modern-python'), join(workspace, '01-modern-python'), { recursive: true });
    const home = mkdtempSync(join(tmpdir(), 'mlops-pty-'));
    const profile = {
      language: 'en',
      startDate: '2026-11-02',
      paceWeeks: 8,
      workspace,
      python: testPython(),
      createdAt: 'x',
    };
    writeFileSync(
      join(home, 'state.json'),
      JSON.stringify({ schemaVersion: 1, profile, modules: { '01': { startedAt: 'x' } }, lastModule: '01' }),
    );
    const session = startPty([], { home, cwd: home, cols: 100, rows: 30 });
    await session.waitFor('Continue: 01 Modern Python');
    await session.type(KEYS.enter);
    await session.waitFor('Module 01 · Modern Python');
    await session.type('c');
    // The spinner is on the mypy item: mypy is running in the module folder
    await session.waitFor(/[⠋⠙⠹⠸⠼⠴⠦⠧⠇⠏] mypy/, 30_000);
    expect(processesIn(workspace).length).toBeGreaterThan(0);
    // A check started from the interface records what it runs in the state folder, as `check` does.
    expect(readdirSync(join(home, 'running')).length).toBeGreaterThan(0);
    await session.type('q');
    expect(await session.exited).toBe(0);
    // Killed children leave /proc as they are reaped: none may be left once that has settled.
    await eventually(() => expect(processesIn(workspace)).toEqual([]), { stableMs: 300 });
  });
});
