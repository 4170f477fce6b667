// Home as the learner meets it: what now, single keys, finding a module.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { App } from '../../src/ui/app.js';
import { Store } from '../../src/state/store.js';
import type { State } from '../../src/state/schema.js';
import { renderUi } from '../helpers/ui.js';
import { realSyllabus } from '../helpers/syllabus.js';

const workspace = mkdtempSync(join(tmpdir(), 'mlops-ws-'));
const TODAY = '2026-11-26';

function setup(state: Partial<State>, size?: { columns?: number; rows?: number }) {
  const store = Store.open(mkdtempSync(join(tmpdir(), 'mlops-ui-')));
  store.update((current) => ({ ...current, ...state }));
  const ui = renderUi(
    <App
      store={store}
      syllabus={realSyllabus()}
      fallbackLang="en"
      today={() => TODAY}
      clock={() => Date.parse(`${TODAY}T12:00:00Z`)}
      defaultWorkspace={workspace}
    />,
    size,
  );
  return { ...ui, store };
}

const profile = (language: 'es' | 'en', startDate = '2026-11-02') => ({
  language,
  startDate,
  paceWeeks: 8 as const,
  workspace,
  createdAt: '2026-11-02T09:00:00Z',
});
const run = (score: number, at: string) => ({ best: score, passed: score >= 70, history: [{ at, score }] });

describe('home: what now', () => {
  it('shows the week, the progress, the level and streak, and Today’s steps with their state, at 60×20', async () => {
    // Week 4 (05 and 06): 00–04 passed yesterday and today, 05 half-read with a failed quiz
    const passed = Object.fromEntries(
      ['00', '01', '02', '03', '04'].map((id, index) => [
        id,
        { check: run(80 + index, index % 2 ? '2026-11-25T10:00:00Z' : '2026-11-26T10:00:00Z') },
      ]),
    );
    const ui = setup(
      {
        profile: profile('en'),
        modules: {
          ...passed,
          '05': {
            lesson: { position: 3, sectionsRead: [0, 1, 2], read: false, updatedAt: '2026-11-26T09:00:00Z' },
            quiz: { attempts: 1, best: 60, passed: false, updatedAt: '2026-11-26T09:30:00Z' },
          },
        },
      },
      { columns: 60, rows: 20 },
    );
    const frame = await ui.waitFor('Today');
    expect(frame).toContain('Week 4 of 8');
    expect(frame).toMatch(/[█░]{10} 5\/12 passed · 0 lessons · 0 quizzes/);
    // 80..84 average 82: the rubric's Senior
    expect(frame).toContain('Level: Senior (avg 82) · 2-day streak');
    expect(frame).toMatch(/Read lesson 05\s+50 % read/);
    expect(frame).toMatch(/Quiz 05\s+best 60 % · 70 passes/);
    expect(frame).toMatch(/Check 05\s+to do/);
    expect(frame).toMatch(/Check 06\s+to do/);
    expect(frame).toContain('Drill (junior)');
    expect(frame).toContain('d drill · r review · s stats · p plan · / find · q quit');
    for (const line of frame.split('\n')) expect([...line].length, line).toBeLessThanOrEqual(60);
    expect(frame.split('\n').length).toBeLessThanOrEqual(20);
  });

  it('flags overdue modules, and tells a learner ahead of plan', async () => {
    const behind = setup({ profile: profile('es'), modules: { '00': { check: run(90, '2026-11-20T10:00:00Z') } } });
    await behind.waitFor('Semana 4 de 8 · Atrasado: 01, 02, 03, 04 · ponte al día');
    // Week 2 of a plan started 2026-11-16, with 00–03 passed
    const passed = Object.fromEntries(
      ['00', '01', '02', '03'].map((id) => [id, { check: run(75, '2026-11-20T10:00:00Z') }]),
    );
    const ahead = setup({ profile: profile('en', '2026-11-16'), modules: passed });
    await ahead.waitFor('Week 2 of 8 · Ahead of plan: get a start on next week');
  });

  it('folds a three-module week into one row per module so Today fits 60×20', async () => {
    // Week 6 of a plan started 2026-10-20: modules 09, 10 and 11
    const ui = setup(
      {
        profile: profile('es', '2026-10-20'),
        modules: {
          '09': {
            lesson: { position: 1, sectionsRead: [0, 1, 2, 3, 4, 5], read: true, updatedAt: '2026-11-26T09:00:00Z' },
          },
        },
      },
      { columns: 60, rows: 20 },
    );
    const frame = await ui.waitFor('Hoy');
    expect(frame).toMatch(/Quiz 09\s+lección ✓ · quiz – · check –/);
    expect(frame).toMatch(/Leer la lección 10\s+lección – · quiz – · check –/);
    expect(frame).toMatch(/Leer la lección 11/);
    expect(frame).toContain('Simulacro (mid)');
    expect(frame).toContain('q salir');
  });

  it('opens the quiz of a Today step, with the module page under it', async () => {
    const ui = setup({ profile: profile('en') });
    await ui.waitFor('Today');
    await ui.press('down');
    await ui.press('down');
    await ui.waitFor('❯ Quiz 05');
    await ui.press('enter');
    await ui.waitFor('Quiz 05 · MLflow and DVC');
    expect(ui.store.read().lastModule).toBe('05');
  });

  it('opens drill, review, stats and the full plan with single keys', async () => {
    const ui = setup({ profile: profile('en') });
    await ui.waitFor('Today');
    await ui.press({ text: 'd' });
    await ui.waitFor(/Level\s+‹ junior ›/);
    await ui.press({ text: 'b' });
    await ui.waitFor('Today');
    await ui.press({ text: 'p' });
    await ui.waitFor((frame) => !frame.includes('Today') && frame.includes('Plan by week'));
    await ui.press({ text: 'b' });
    await ui.waitFor('Today');
    await ui.press({ text: 's' });
    await ui.waitFor((frame) => !frame.includes('Today') && frame.includes('Stats'));
  });

  it('finds a module by typing part of its title, without the single keys firing', async () => {
    const ui = setup({ profile: profile('en') });
    await ui.waitFor('Today');
    await ui.press({ text: '/' });
    await ui.waitFor('Find a module: ');
    // "d" and "s" are letters of the query here, not the drill and stats keys
    await ui.press({ text: 'dep' });
    await ui.waitFor('Find a module: dep');
    await ui.press({ text: 'x' });
    await ui.waitFor('No module matches');
    await ui.press('backspace');
    await ui.press({ text: 'loy' });
    await ui.waitFor(/❯ 06 API deployment/);
    await ui.press('enter');
    await ui.waitFor('Module 06 · API deployment');
    // Back home, the global keys work again
    await ui.press({ text: 'b' });
    await ui.waitFor('Today');
  });
});
