// Home in a real pseudo-terminal at the smallest supported size: what now, without scrolling.
import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { formatDay } from '../../src/core/schedule.js';
import { KEYS, startPty, type PtySession } from '../helpers/pty.js';

const sessions: PtySession[] = [];
afterEach(() => {
  for (const session of sessions.splice(0)) session.kill();
});

/** A learner in week 4 of the 8-week plan (modules 05 and 06), 00 passed, a quiz taken today. */
function seededHome(language: 'en' | 'es'): { home: string; cwd: string } {
  const home = mkdtempSync(join(tmpdir(), 'mlops-pty-'));
  const cwd = mkdtempSync(join(tmpdir(), 'mlops-ws-'));
  const start = new Date();
  start.setDate(start.getDate() - 22);
  const now = new Date().toISOString();
  const modules = {
    '00': { check: { best: 84, passed: true, history: [{ at: now, score: 84 }] } },
    '05': { quiz: { attempts: 1, best: 50, passed: false, updatedAt: now } },
  };
  writeFileSync(
    join(home, 'state.json'),
    JSON.stringify({
      schemaVersion: 1,
      profile: { language, startDate: formatDay(start), paceWeeks: 8, workspace: cwd, createdAt: now },
      modules,
    }),
  );
  return { home, cwd };
}

describe('home in a pseudo-terminal', () => {
  it('shows Today, the progress bar and the drill key at 60×20 without scrolling, plain under NO_COLOR; d starts the week’s drill', async () => {
    const session = startPty([], { ...seededHome('en'), cols: 60, rows: 20, env: { NO_COLOR: '1' } });
    sessions.push(session);
    const screen = await session.waitFor('Today');
    const lines = screen.split('\n');
    expect(lines[0]).toMatch(/^mlops-tutor · 1\/12 passed\s+Week 4 of 8$/);
    expect(screen).toMatch(/Week 4 of 8 · Behind: 01, 02, 03, 04/);
    expect(screen).toMatch(/█[█░]{9} 1\/12 passed · 0 lessons · 0 quizzes/);
    expect(screen).toContain('Level: Senior (avg 84) · 1-day streak');
    expect(screen).toMatch(/Quiz 05\s+best 50 % · 70 passes/);
    expect(screen).toMatch(/Check 06\s+to do/);
    expect(screen).toContain('Drill (junior)');
    expect(lines.at(-1) || lines.at(-2)).toContain('d drill · r review · s stats · p plan · / find · q quit');
    for (const line of lines) expect([...line].length).toBeLessThanOrEqual(60);
    expect(session.raw()).not.toMatch(/\u001B\[[0-9;]*m/);

    await session.type('d');
    await session.waitFor(/Timed drill[\s\S]*Level\s+‹ junior ›/);
    await session.type(KEYS.enter);
    // The countdown of a running drill
    await session.waitFor(/◷ \d+:\d\d/);
  });

  it('draws home before the interface has loaded; keys typed at once are not lost or echoed, and home is drawn once, in place', async () => {
    const session = startPty([], { ...seededHome('en'), cols: 80, rows: 24 });
    sessions.push(session);
    await session.waitFor('Today');
    // The first frame is the painted one (Ink draws its own after loading): keys typed now wait.
    session.typeNow(`${KEYS.down}${KEYS.down}`);
    const screen = await session.waitFor(/❯ Quiz 05/);
    const lines = screen.split('\n');
    expect(lines[0]).toMatch(/^mlops-tutor · 1\/12 passed\s+Week 4 of 8$/);
    expect(lines.filter((line) => line.startsWith('mlops-tutor ·'))).toHaveLength(1);
    expect(screen).not.toContain('^[');
    expect(lines.length).toBeLessThan(24);
    // Painted first, then Ink's frame in the same place: it erases exactly the painted lines first.
    const raw = session.raw();
    const erase = raw.indexOf('\u001B[2K');
    const paintedLines = raw.slice(0, erase).split('\n').length;
    expect(raw.slice(0, erase)).toContain('Continue');
    expect(raw.slice(erase)).toMatch(
      new RegExp(`^(\u001B\\[2K\u001B\\[1A){${paintedLines - 1}}\u001B\\[2K\u001B\\[G[^]*Continue`),
    );
    await session.type('q');
    expect(await session.exited).toBe(0);
  });

  it('a second start reuses the compiled code the first one cached (the TUI changes V8 flags only after saving it)', async () => {
    // Given a learner whose first start in a fresh cache folder compiled and cached home's first paint
    const seeded = seededHome('en');
    const env = { XDG_CACHE_HOME: mkdtempSync(join(tmpdir(), 'mlops-cache-')) };
    const cached = () => {
      const dir = join(env.XDG_CACHE_HOME, 'mlops-tutor');
      const name = readdirSync(dir).find((file) => file.startsWith('start.cjs-'));
      if (!name) throw new Error(`no cached start.cjs in ${dir}`);
      const path = join(dir, name);
      return { name, bytes: readFileSync(path), mtime: statSync(path).mtimeMs };
    };
    const start = async () => {
      const session = startPty([], { ...seeded, env });
      sessions.push(session);
      await session.waitFor('Today');
      await session.type('q');
      expect(await session.exited).toBe(0);
    };
    await start();
    const first = cached();
    // When they start again
    await start();
    // Then V8 accepted that cache: it was not rejected and written anew
    const second = cached();
    expect(second.name).toBe(first.name);
    expect(second.mtime).toBe(first.mtime);
    expect(second.bytes.equals(first.bytes)).toBe(true);
  });

  it('a progress file to repair is not painted early: the interface repairs it and says so, in the saved language', async () => {
    const { home, cwd } = seededHome('en');
    const path = join(home, 'state.json');
    const state = JSON.parse(readFileSync(path, 'utf8')) as { quizzes?: unknown };
    // One field that cannot be kept: the rest is kept, the original set aside.
    writeFileSync(path, JSON.stringify({ ...state, quizzes: 'lost' }));
    const session = startPty([], { home, cwd, cols: 80, rows: 24 });
    sessions.push(session);
    const screen = await session.waitFor('Part of your progress file was damaged');
    expect(screen.replace(/\s+/g, ' ')).toContain('dropped quizzes');
    expect(readdirSync(home).some((name) => name.startsWith('state.json.corrupt-'))).toBe(true);
    await session.type('q');
  });

  it('in Spanish: Hoy, the bar and the keys fit 60×20', async () => {
    const session = startPty([], { ...seededHome('es'), cols: 60, rows: 20 });
    sessions.push(session);
    const screen = await session.waitFor('Hoy');
    expect(screen).toMatch(/█[█░]{9} 1\/12 aprobados · 0 lecciones · 0 quizzes/);
    expect(screen).toContain('Simulacro (junior)');
    expect(screen).toContain('d simulacro · r repaso · s stats · p plan · /busca · q salir');
    await session.type('q');
    expect(await session.exited).toBe(0);
  });
});
