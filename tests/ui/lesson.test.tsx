// The lesson reader, plan and route views through ink-testing-library.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { Store } from '../../src/state/store.js';
import type { State } from '../../src/state/schema.js';
import { App } from '../../src/ui/app.js';
import type { Route } from '../../src/ui/app-state.js';
import { realSyllabus } from '../helpers/syllabus.js';
import { renderUi } from '../helpers/ui.js';

const sections = [
  'Goals',
  'Concepts',
  'Mini-project step by step',
  'How to validate',
  'Common mistakes',
  'Further reading',
];
// A lesson long enough to scroll: six sections of twelve numbered paragraphs each.
const body = sections
  .map((title, s) =>
    [`## ${title}`, ...Array.from({ length: 12 }, (_, p) => `Paragraph ${s}.${p} of ${title}.`)].join('\n\n'),
  )
  .join('\n\n');
const lessons = async () => ({ title: 'Modern Python', body });

function setup(state: Partial<State>, initialRoute: Route, size = { columns: 60, rows: 20 }) {
  const store = Store.open(mkdtempSync(join(tmpdir(), 'mlops-ui-')));
  store.update((current) => ({ ...current, ...state }));
  const ui = renderUi(
    <App
      store={store}
      syllabus={realSyllabus()}
      fallbackLang="en"
      today={() => '2026-11-26'}
      defaultWorkspace={tmpdir()}
      initialRoute={initialRoute}
      lessons={lessons}
    />,
    size,
  );
  return { ...ui, store };
}
const profile = {
  language: 'en' as const,
  startDate: '2026-11-02',
  paceWeeks: 8 as const,
  workspace: tmpdir(),
  createdAt: 'x',
};

describe('lesson reader', () => {
  it('scrolls, jumps through the table of contents, and saves the place when leaving', async () => {
    const ui = setup({ profile }, { name: 'lesson', id: '01' });
    let frame = await ui.waitFor('Lesson 01 · Modern Python');
    expect(frame).toContain('Paragraph 0.0 of Goals.');
    expect(frame).toMatch(/\d+ % · 1\/6 sections/);
    await ui.press('pageDown');
    await ui.waitFor((text) => !text.includes('Paragraph 0.0 of Goals.'));
    await ui.press({ text: 't' });
    await ui.waitFor('Contents');
    for (let i = 0; i < 4; i++) await ui.press('down');
    await ui.waitFor('❯ Common mistakes');
    await ui.press('enter');
    frame = await ui.waitFor('Paragraph 4.0 of Common mistakes.');
    expect(frame).toMatch(/5\/6 sections/);
    // b leaves the lesson; the position and sections reached are saved
    await ui.press({ text: 'b' });
    await ui.waitFor('Continue');
    // Saved when the reader closes (an effect clean-up, right after the frame)
    await vi.waitFor(() =>
      expect(ui.store.read().modules['01']?.lesson).toMatchObject({ sectionsRead: [0, 1, 2, 3, 4], read: false }),
    );
    expect(ui.store.read().modules['01']!.lesson!.position).toBeGreaterThan(40);
  });

  it('reopens at the saved place and marks the lesson read at its last section', async () => {
    const saved = { position: 0, sectionsRead: [0], read: false, updatedAt: 'x' };
    const first = setup({ profile, modules: { '01': { lesson: saved } } }, { name: 'lesson', id: '01' });
    await first.waitFor('Paragraph 0.0 of Goals.');
    await first.press({ text: 'G' });
    await first.waitFor('✓ Lesson read');
    await first.press({ text: 'b' });
    await first.waitFor('Continue');
    await vi.waitFor(() =>
      expect(first.store.read().modules['01']?.lesson).toMatchObject({ read: true, sectionsRead: [0, 1, 2, 3, 4, 5] }),
    );
    const stored = first.store.read().modules['01']!.lesson!;

    // A new session (as after a restart) opens where the learner was
    const again = setup({ profile, modules: { '01': { lesson: stored } } }, { name: 'lesson', id: '01' });
    const frame = await again.waitFor('Further reading');
    expect(frame).not.toContain('Paragraph 0.0 of Goals.');
    expect(frame).toContain('100 % · 6/6 sections');
  });

  it('is opened from the module screen with l', async () => {
    const ui = setup({ profile }, { name: 'module', id: '01' });
    const frame = await ui.waitFor('Module 01 · Modern Python');
    expect(frame).toContain('l lesson');
    await ui.press({ text: 'l' });
    await ui.waitFor('Lesson 01 · Modern Python');
    await ui.press({ text: 'b' });
    await ui.waitFor('Module 01 · Modern Python');
  });
});

describe('plan views', () => {
  it('shows the weekly plan with days, drills and interview weeks', async () => {
    const ui = setup({ profile }, { name: 'plan' }, { columns: 80, rows: 40 });
    const frame = await ui.waitFor('Plan by week');
    expect(frame).toContain('Week 4 (now)');
    expect(frame).toContain('04 Modelling · 6 days');
    expect(frame).toContain('Total: 2.5 days');
    await ui.press({ text: 'G' });
    const end = await ui.waitFor('Week 8');
    expect(end).toContain('Week 7  senior drills');
    expect(end).toContain('Interview preparation: senior-level drills');
  });

  it('shows the 0 → Senior/Staff route with related modules, in Spanish', async () => {
    const ui = setup({ profile: { ...profile, language: 'es' } }, { name: 'route' }, { columns: 100, rows: 60 });
    const frame = await ui.waitFor('Ruta 0 → Senior/Staff');
    expect(frame).toContain('M00 Entorno, herramientas y flujo de trabajo');
    expect(frame).toContain('Módulos del curso: 00 Introducción');
    await ui.press({ text: 'G' });
    await ui.waitFor('M11 Arquitectura MLOps Senior/Staff');
  });
});
