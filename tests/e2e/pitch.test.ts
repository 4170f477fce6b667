// A pitch drill in a real pseudo-terminal, from home to its results; then the plain commands see it.
// The speaker moves on part by part with Enter, so the run needs no fake clock.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { cli } from '../helpers/cli.js';
import { KEYS, startPty, type PtySession } from '../helpers/pty.js';

const sessions: PtySession[] = [];
afterEach(() => {
  for (const session of sessions.splice(0)) session.kill();
});

const fits = (screen: string) => screen.split('\n').every((line) => [...line].length <= 60);

describe('a pitch drill in the TUI', () => {
  it('home → i → setup → five parts → rating → results at 60×20; status --json and export show it', async () => {
    const home = mkdtempSync(join(tmpdir(), 'mlops-pty-'));
    const cwd = mkdtempSync(join(tmpdir(), 'mlops-ws-'));
    writeFileSync(
      join(home, 'state.json'),
      JSON.stringify({
        schemaVersion: 2,
        profile: { language: 'en', startDate: '2026-11-02', paceWeeks: 8, workspace: cwd, createdAt: 'x' },
        modules: {},
        quizzes: [],
        questions: {},
        drills: [],
        cards: {},
      }),
    );
    const session = startPty([], { home, cwd, cols: 60, rows: 20 });
    sessions.push(session);
    await session.waitFor('Today');
    await session.type('i');
    const setup = await session.waitFor('Review talking points (no timer)');
    expect(fits(setup)).toBe(true);
    await session.type(KEYS.enter);

    const parts = [
      'Problem and business impact',
      'Data',
      'Model and metrics',
      'MLOps: tracking, CI/CD, serving',
      'Trade-offs and what you would do',
    ];
    for (const [index, title] of parts.entries()) {
      const screen = await session.waitFor(`Part ${index + 1}/5 · ${title}`);
      expect(screen).toMatch(/◷ \d:\d\d/);
      expect(screen).toMatch(/On this part \d:\d\d of \d:\d\d/);
      expect(fits(screen)).toBe(true);
      if (index === 1) {
        // A note, kept with the speech
        await session.type('n');
        await session.waitFor('Note:');
        await session.type('name the metric first');
        await session.waitFor('name the metric first');
        await session.type(KEYS.enter);
        await session.waitFor('1 note');
      }
      await session.type(KEYS.enter);
    }

    const rating = await session.waitFor('Rate your speech');
    expect(fits(rating)).toBe(true);
    // The first point covered, the second partly; then down to Save
    await session.type('2');
    await session.waitFor(/1\/\d+/);
    await session.type('1');
    await session.waitFor(/2\/\d+/);
    const total = Number(/\d+\/(\d+)/.exec(session.screen())![1]);
    for (let i = 2; i < total; i++) await session.type(KEYS.down);
    await session.waitFor('❯ Save and see the result');
    await session.type(KEYS.enter);

    const results = await session.waitFor('Pitch results');
    expect(results).toMatch(/Score: \d+ % · 3\/\d+ points/);
    expect(results).toContain('Time per part (actual / pace)');
    expect(fits(results)).toBe(true);
    await session.type('q');
    expect(await session.exited).toBe(0);

    const status = await cli(['status', '--json'], { home });
    expect(status.exitCode).toBe(0);
    const json = JSON.parse(status.stdout);
    expect(json.pitch.total).toBe(1);
    expect(json.pitch.recent[0]).toMatchObject({ status: 'finished', minutes: 6 });
    expect(json.pitch.trend.direction).toBe('none');
    expect(JSON.parse(readFileSync(join(home, 'state.json'), 'utf8')).pitches[0].notes).toEqual([
      'name the metric first',
    ]);

    const report = await cli(['export'], { home });
    expect(report.exitCode).toBe(0);
    expect(report.stdout).toContain('## Portfolio pitch');
    expect(report.stdout).toContain('1 speech · last');
  });
});
