// A short drill in a real pseudo-terminal, from setup to results; then the plain commands see it.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cli } from '../helpers/cli.js';
import { KEYS, startPty, type PtySession } from '../helpers/pty.js';

const sessions: PtySession[] = [];
afterEach(() => {
  for (const session of sessions.splice(0)) session.kill();
});

/** Answers whatever question is on screen so that it is (almost always) missed. */
async function answerOnScreen(session: PtySession, screen: string): Promise<void> {
  if (screen.includes('Enter model answer')) {
    // Open: reveal the model answer, tick nothing, confirm → 0 key points
    await session.type(KEYS.enter);
    await session.waitFor('Tick the key points you covered');
    await session.type(KEYS.enter);
  } else if (screen.includes('More than one answer is right')) {
    // Multi: one mark only is never full credit
    await session.type(' ');
    await session.waitFor('[x]');
    await session.type(KEYS.enter);
  } else await session.type('1');
}

describe('a drill in the TUI', () => {
  it('setup → 3 questions → results; status --json shows it and review has its misses due', async () => {
    const home = mkdtempSync(join(tmpdir(), 'mlops-pty-'));
    const cwd = mkdtempSync(join(tmpdir(), 'mlops-ws-'));
    writeFileSync(
      join(home, 'state.json'),
      JSON.stringify({
        schemaVersion: 1,
        profile: { language: 'en', startDate: '2026-11-02', paceWeeks: 8, workspace: cwd, createdAt: 'x' },
        modules: {},
      }),
    );
    const session = startPty(['drill', '--level', 'junior', '--count', '3', '--minutes', '5'], {
      home,
      cwd,
      cols: 60,
      rows: 20,
    });
    sessions.push(session);
    // Setup: the values from the command line, Enter starts
    const setup = await session.waitFor('Timed drill');
    expect(setup).toMatch(/Questions\s+‹ 3 ›/);
    expect(setup).toMatch(/Minutes\s+‹ 5 ›/);
    await session.type(KEYS.enter);
    for (let n = 1; n <= 3; n++) {
      const screen = await session.waitFor(`Question ${n}/3`);
      expect(screen).toMatch(/◷ \d:\d\d · this \d:\d\d/);
      for (const line of screen.split('\n')) expect([...line].length).toBeLessThanOrEqual(60);
      await answerOnScreen(session, screen);
    }
    const results = await session.waitFor('Drill results');
    expect(results).toMatch(/Score: \d+ % · \d\/3 right/);
    expect(results).toContain('By topic');
    for (const line of results.split('\n')) expect([...line].length).toBeLessThanOrEqual(60);
    await session.type('q');
    expect(await session.exited).toBe(0);

    const status = await cli(['status', '--json'], { home });
    expect(status.exitCode).toBe(0);
    const json = JSON.parse(status.stdout);
    expect(json.drills.total).toBe(1);
    expect(json.drills.last).toMatchObject({ level: 'junior', status: 'finished', answered: 3, count: 3 });
    expect(json.drills.byLevel.junior.completed).toBe(1);
    expect(json.reviewsDue).toBeGreaterThanOrEqual(1);

    const review = startPty(['review'], { home, cwd, cols: 60, rows: 20 });
    sessions.push(review);
    await review.waitFor(`Question 1/${json.reviewsDue}`);
    await review.type('q');
    expect(await review.exited).toBe(0);
  });

  it('killed with SIGKILL in the middle of a drill, it leaves a readable store with what was answered', async () => {
    const home = mkdtempSync(join(tmpdir(), 'mlops-pty-'));
    const cwd = mkdtempSync(join(tmpdir(), 'mlops-ws-'));
    writeFileSync(
      join(home, 'state.json'),
      JSON.stringify({
        schemaVersion: 1,
        profile: { language: 'en', startDate: '2026-11-02', paceWeeks: 8, workspace: cwd, createdAt: 'x' },
        modules: {},
      }),
    );
    const session = startPty(['drill', '--level', 'mid', '--count', '5', '--minutes', '5'], {
      home,
      cwd,
      cols: 80,
      rows: 24,
    });
    sessions.push(session);
    await session.waitFor('Timed drill');
    await session.type(KEYS.enter);
    await answerOnScreen(session, await session.waitFor('Question 1/5'));
    await session.waitFor('Question 2/5');
    // The first answer is written just after the next question appears; then, mid-drill, the
    // operating system ends the process: no clean-up, no chance to save anything else.
    await vi.waitFor(
      () => expect(JSON.parse(readFileSync(join(home, 'state.json'), 'utf8')).drills?.[0]?.answers).toHaveLength(1),
      { timeout: 5000 },
    );
    session.kill('SIGKILL');
    await session.exited;

    const status = await cli(['status', '--json'], { home });
    expect(status.exitCode).toBe(0);
    expect(status.stderr).toBe('');
    const json = JSON.parse(status.stdout);
    expect(json.drills.total).toBe(1);
    expect(json.drills.last).toMatchObject({ level: 'mid', answered: 1, count: 5 });
  });
});
