// `check 01 --watch` in a real pseudo-terminal: a save re-runs the checker and says what changed;
// Ctrl-C during a run stops it with every process it started.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { testPython } from '../checks/helpers.js';
import { cli, tempDir } from '../helpers/cli.js';
import { startPty } from '../helpers/pty.js';
import { repoRoot } from '../helpers/syllabus.js';
import { describeProcessesIn, processesIn } from '../helpers/processes.js';

const count = (text: string, part: string) => text.split(part).length - 1;

describe('check --watch', () => {
  it(
    're-runs after a file is saved, says what changed, and Ctrl-C stops it with no process left',
    { timeout: 120_000 },
    async () => {
      const workspace = mkdtempSync(join(tmpdir(), 'mlops-ws-'));
      const project = join(workspace, '01-modern-python');
      cpSync(join(repoRoot, 'solutions', '01-modern-python'), project, { recursive: true });
      const home = mkdtempSync(join(tmpdir(), 'mlops-pty-'));
      const session = startPty(
        ['check', '01', '--dir', workspace, '--python', testPython(), '--watch', '--lang', 'en'],
        { home, cwd: home, cols: 120, rows: 60 },
      );
      try {
        await session.waitFor(/Watching .*01-modern-python: save a file to check again · Ctrl-C stops/, 60_000);
        expect(session.raw()).toContain('Score: 100/100');

        // Save a README too short for the rubric: the checker runs again by itself
        const readme = readFileSync(join(project, 'README.md'), 'utf8');
        writeFileSync(join(project, 'README.md'), '# utils\n');
        await session.waitFor(() => session.raw().includes('Since the last run, 01: 100 → 92 (−8 readme)'), 60_000);
        expect(session.raw()).toContain('Saved: README.md. Checking again…');
        await session.waitFor(() => count(session.raw(), 'Watching ') === 2, 30_000);

        // Put it back, and press Ctrl-C while that run's processes are alive
        writeFileSync(join(project, 'README.md'), readme);
        await session.waitFor(
          () => count(session.raw(), 'Saved: README.md') === 2 && processesIn(project).length > 0,
          60_000,
        );
        await session.type('\u0003');
        expect(await session.exited).toBe(130);
        expect(session.raw()).toContain('Interrupted: every process I started has been stopped.');
        // Killed groups can take a moment to be reaped: wait for /proc, not a fixed time
        await session.waitFor(() => processesIn(project).length === 0, 10_000).catch(() => undefined);
        expect(describeProcessesIn(project)).toEqual([]);
      } finally {
        session.kill();
      }
    },
  );

  it('refuses --json and --junit with one sentence and exit 2, in both languages', async () => {
    const workspace = tempDir('mlops-ws-');
    cpSync(join(repoRoot, 'solutions', '01-modern-python'), join(workspace, '01-modern-python'), { recursive: true });
    const en = await cli(['check', '01', '--dir', workspace, '--watch', '--json', '--lang', 'en']);
    expect(en.exitCode).toBe(2);
    expect(en.stdout).toContain('--watch runs until Ctrl-C and cannot be combined with --json or --junit');
    const es = await cli([
      'check',
      '01',
      '--dir',
      workspace,
      '--watch',
      '--junit',
      join(workspace, 'r.xml'),
      '--lang',
      'es',
    ]);
    expect(es.exitCode).toBe(2);
    expect(es.stderr).toContain('--watch sigue hasta Ctrl-C y no se combina con --json ni --junit');
    expect(es.stderr).not.toMatch(/at .*\.js:\d+/);
  });
});
