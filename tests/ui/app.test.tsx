// The TUI through ink-testing-library: what the learner sees after each key.
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

function setup(state?: Partial<State>, size?: { columns?: number; rows?: number }, fallbackLang: 'es' | 'en' = 'en') {
  const home = mkdtempSync(join(tmpdir(), 'mlops-ui-'));
  const store = Store.open(home);
  if (state) store.update((current) => ({ ...current, ...state }));
  const ui = renderUi(
    <App
      store={store}
      syllabus={realSyllabus()}
      fallbackLang={fallbackLang}
      today={() => '2026-11-26'}
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

describe('first run', () => {
  it('walks language → start date → pace → workspace, then shows home in the chosen language', async () => {
    // Given a new learner whose locale is English
    const ui = setup(undefined, undefined, 'en');
    await ui.waitFor('Idioma / Language');
    // When they pick Spanish (second entry) and accept the other defaults
    await ui.press('down');
    await ui.waitFor('❯ Español');
    await ui.press('enter');
    await ui.waitFor('¿Qué día empiezas?');
    await ui.press({ text: '2026-11-02' });
    await ui.waitFor('> 2026-11-02');
    await ui.press('enter');
    await ui.waitFor('¿En cuántas semanas');
    await ui.press('enter');
    await ui.waitFor('¿Dónde guardarás tus mini-proyectos?');
    await ui.press('enter');
    // Then home shows week 4 of the 8-week plan in Spanish, and the profile is saved
    const frame = await ui.waitFor('Continuar: 00 Introducción');
    expect(frame).toContain('Semana 4 de 8');
    expect(frame).toContain('Semana 1');
    expect(frame).toContain('01 Python moderno');
    expect(ui.store.read().profile).toMatchObject({ language: 'es', startDate: '2026-11-02', paceWeeks: 8, workspace });
  });

  it('rejects an impossible start date with one sentence and stays on the step', async () => {
    const ui = setup(undefined, undefined, 'en');
    await ui.waitFor('Idioma / Language');
    await ui.press('enter');
    await ui.waitFor('Which day do you start?');
    await ui.press({ text: '2026-02-30' });
    await ui.waitFor('> 2026-02-30');
    await ui.press('enter');
    const frame = await ui.waitFor('That date does not exist');
    expect(frame).toContain('Step 2 of 4');
  });

  it('offers to create a workspace folder that does not exist; declining keeps what was typed', async () => {
    const ui = setup(undefined, undefined, 'en');
    await ui.waitFor('Idioma / Language');
    await ui.press('enter');
    await ui.waitFor('Which day');
    await ui.press('enter');
    await ui.waitFor('In how many weeks');
    await ui.press('enter');
    await ui.waitFor('Where will you keep');
    await ui.press({ text: '/no/such/folder\r' });
    await ui.waitFor('The folder /no/such/folder does not exist yet.');
    await ui.waitFor('❯ Create it and use it');
    await ui.press('down');
    await ui.waitFor('❯ Type another folder');
    await ui.press('enter');
    await ui.waitFor('> /no/such/folder');
    expect(ui.store.read().profile).toBeNull();
  });

  it('a wrong date keeps what was typed, and Shift-Tab / b go back a step', async () => {
    const ui = setup(undefined, undefined, 'en');
    await ui.waitFor('Idioma / Language');
    await ui.press('enter');
    await ui.waitFor('Which day');
    await ui.press({ text: '2026-13-01\r' });
    const refused = await ui.waitFor('That date does not exist');
    expect(refused).toContain('> 2026-13-01');
    // Two Backspaces in one chunk delete two characters
    await ui.press({ text: '\u007f\u007f' });
    await ui.waitFor((frame) => frame.includes('> 2026-13-') && !frame.includes('> 2026-13-01'));
    await ui.press({ text: '\u001b[Z' });
    await ui.waitFor('❯ English');
    await ui.press('enter');
    await ui.waitFor('Which day');
    await ui.press('enter');
    await ui.waitFor('In how many weeks');
    await ui.press({ text: 'b' });
    await ui.waitFor('Which day');
  });
});

describe('home and module screens', () => {
  it('shows the plan by week with statuses, and opens a module with its syllabus content', async () => {
    const ui = setup({ profile: profile('en'), modules: { '00': { check: { best: 88, passed: true, history: [] } } } });
    let frame = await ui.waitFor('Continue: 01 Modern Python');
    // Today first: the week's steps; the plan by week is further down the list
    expect(frame).toMatch(/Read lesson 05\s+to do/);
    await ui.press('enter');
    frame = await ui.waitFor('Module 01 · Modern Python');
    expect(frame).toContain('Objectives');
    expect(frame).toContain('Validate configuration with dataclasses and Pydantic');
    expect(frame).toContain('A utils/ library with config.py (Pydantic) and mathops.py (typed functions)');
    expect(frame).toContain(join(workspace, '01-modern-python'));
    // Opening a module starts it and makes it the one Continue returns to
    expect(ui.store.read()).toMatchObject({ lastModule: '01', modules: { '01': { startedAt: expect.any(String) } } });
    await ui.press({ text: 'b' });
    await ui.waitFor('Continue: 01 Modern Python');
    await ui.press('pageDown');
    frame = await ui.waitFor(/00 Introduction\s+passed · 88/);
    expect(frame).toMatch(/01 Modern Python\s+behind/);
    await ui.press('pageDown');
    await ui.waitFor('▸ Week 4');
  });

  it('toggles help with ? and closes it with b', async () => {
    const ui = setup({ profile: profile('es') });
    await ui.waitFor('Continuar');
    await ui.press({ text: '?' });
    await ui.waitFor('b: volver a la pantalla anterior');
    await ui.press({ text: 'b' });
    await ui.waitFor('Continuar');
  });

  it('changes language and pace in settings and saves them at once', async () => {
    const ui = setup({ profile: profile('en') });
    await ui.waitFor('Continue');
    // Settings is after the plan: jump with PgDn, then walk up from the bottom
    for (let i = 0; i < 4; i++) await ui.press('pageDown');
    await ui.waitFor('❯ Quit');
    await ui.press('up');
    await ui.press('up');
    await ui.waitFor('❯ Settings');
    await ui.press('enter');
    await ui.waitFor(/Language\s+English/);
    await ui.press('enter');
    await ui.waitFor(/Idioma\s+Español/);
    await ui.press('down');
    await ui.press('enter');
    await ui.waitFor(/Ritmo\s+12 semanas/);
    expect(ui.store.read().profile).toMatchObject({ language: 'es', paceWeeks: 12 });
    await ui.press({ text: 'b' });
    await ui.waitFor('Semana 4 de 12');
  });
});

describe('a damaged progress file', () => {
  it('is reported once on the first screen, in the learner’s language', async () => {
    const home = mkdtempSync(join(tmpdir(), 'mlops-ui-'));
    const store = Store.open(home);
    const ui = renderUi(
      <App
        store={store}
        syllabus={realSyllabus()}
        fallbackLang="es"
        today={() => '2026-11-26'}
        defaultWorkspace={workspace}
        notice={(lang) =>
          lang === 'es' ? 'Tu archivo de progreso estaba dañado; lo moví a /x/state.json.corrupt-1.' : 'moved'
        }
      />,
    );
    const frame = await ui.waitFor('Idioma / Language');
    expect(frame).toContain('Tu archivo de progreso estaba dañado; lo moví a /x/state.json.corrupt-1.');
  });
});

describe('layout', () => {
  for (const [columns, rows] of [
    [60, 20],
    [80, 24],
    [200, 50],
  ] as const) {
    it(`fits ${columns}×${rows}: no line wider than the terminal, hint bar visible`, async () => {
      const ui = setup({ profile: profile('es') }, { columns, rows });
      const frame = await ui.waitFor((text) => text.includes('Continuar') && text.includes('q salir'));
      const lines = frame.split('\n');
      for (const line of lines) expect([...line].length, line).toBeLessThanOrEqual(columns);
      expect(lines.length).toBeLessThanOrEqual(rows);
      await ui.press('enter');
      const module = await ui.waitFor('Módulo 00');
      for (const line of module.split('\n')) expect([...line].length, line).toBeLessThanOrEqual(columns);
      expect(module.split('\n').length).toBeLessThanOrEqual(rows);
    });
  }
});
