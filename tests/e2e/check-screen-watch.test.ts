// The check screen's w in a real pseudo-terminal, on the real engine: a save re-runs the checker and
// says what changed; w during a run stops it with every process it started; q leaves nothing behind.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { testPython } from '../checks/helpers.js';
import { startPty } from '../helpers/pty.js';
import { describeProcessesIn, processesIn } from '../helpers/processes.js';
import { repoRoot } from '../helpers/syllabus.js';

describe('check screen watch mode', () => {
  it(
    're-runs after a save, says what changed, and w stops the running check with no process left',
    { timeout: 180_000 },
    async () => {
      const workspace = mkdtempSync(join(tmpdir(), 'mlops-ws-'));
      const project = join(workspace, '01-modern-python');
      cpSync(join(repoRoot, 'solutions', '01-modern-python'), project, { recursive: true });
      const home = mkdtempSync(join(tmpdir(), 'mlops-pty-'));
      const profile = {
        language: 'en',
        startDate: '2026-11-02',
        paceWeeks: 8,
        workspace,
        python: testPython(),
        createdAt: '2026-11-02T09:00:00.000Z',
      };
      writeFileSync(
        join(home, 'state.json'),
        JSON.stringify({
          schemaVersion: 2,
          profile,
          modules: {},
          lastModule: '01',
          quizzes: [],
          questions: {},
          drills: [],
          cards: {},
        }),
      );
      const session = startPty([], { home, cwd: workspace, cols: 100, rows: 40 });
      try {
        await session.waitFor('Continue: 01');
        await session.type('\r');
        await session.waitFor('Module 01');
        await session.type('c');
        await session.waitFor('By category', 90_000);
        expect(session.screen()).toContain('w watch');
        await session.type('w');
        await session.waitFor('Watch mode: save a file of the mini-project to check again · w stops');

        // Save a README too short for the rubric: the checker runs again by itself
        const readme = readFileSync(join(project, 'README.md'), 'utf8');
        writeFileSync(join(project, 'README.md'), '# utils\n');
        const changed = await session.waitFor(
          (screen) =>
            screen.includes('Since the last run, 01: 100 → 92 (−8 readme)') && screen.includes('Watch mode: save'),
          90_000,
        );
        expect(changed).toContain('Saved: README.md');

        // Put it back, and press w while that run's processes are alive
        writeFileSync(join(project, 'README.md'), readme);
        await session.waitFor(() => processesIn(project).length > 0, 60_000);
        await session.type('w');
        await session.waitFor('Watch stopped: the running check was stopped');
        // Killed groups can take a moment to be reaped: wait for /proc, not a fixed time
        await session.waitFor(() => processesIn(project).length === 0, 10_000).catch(() => undefined);
        expect(describeProcessesIn(project)).toEqual([]);
        await session.type('q');
        expect(await session.exited).toBe(0);
        const saved = JSON.parse(readFileSync(join(home, 'state.json'), 'utf8')).modules['01'].check.history;
        expect(saved.map((run: { score: number }) => run.score)).toEqual([100, 92]);
      } finally {
        session.kill();
      }
    },
  );
});
