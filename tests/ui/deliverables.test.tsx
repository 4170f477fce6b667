// The final deliverables screen as the learner meets it: from home and the plan, ticked from checker runs.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { deliverables } from '../../src/core/deliverables.js';
import { messages } from '../../src/i18n/index.js';
import { App } from '../../src/ui/app.js';
import { DeliverablesScreen } from '../../src/ui/screens/deliverables.js';
import { Store } from '../../src/state/store.js';
import type { State } from '../../src/state/schema.js';
import { renderUi } from '../helpers/ui.js';
import { realSyllabus } from '../helpers/syllabus.js';

const workspace = mkdtempSync(join(tmpdir(), 'mlops-ws-'));
const TODAY = '2026-11-26';
const syllabus = realSyllabus();
const profile = (language: 'es' | 'en') => ({
  language,
  startDate: '2026-11-02',
  paceWeeks: 8 as const,
  workspace,
  createdAt: '2026-11-02T09:00:00Z',
});
// Midday UTC: the same calendar day in any time zone the tests run in.
const runs = (...scores: [number, string][]) => ({
  best: Math.max(...scores.map(([score]) => score)),
  passed: scores.at(-1)![0] >= 70,
  history: scores.map(([score, day]) => ({ at: `${day}T12:00:00Z`, score })),
});
// Cards passed, the API passed but the dashboard failed, observability passed once and broke since.
const modules: State['modules'] = {
  '09': { check: runs([84, '2026-11-22']) },
  '06': { check: runs([91, '2026-11-18']) },
  '07': { check: runs([55, '2026-11-19']) },
  '10': { check: runs([88, '2026-11-20'], [40, '2026-11-24']) },
};

function setup(language: 'es' | 'en') {
  const store = Store.open(mkdtempSync(join(tmpdir(), 'mlops-ui-')));
  store.update((current) => ({ ...current, profile: profile(language), modules }));
  return renderUi(
    <App
      store={store}
      syllabus={syllabus}
      fallbackLang="en"
      today={() => TODAY}
      clock={() => Date.parse(`${TODAY}T12:00:00Z`)}
      defaultWorkspace={workspace}
    />,
    { columns: 80, rows: 40 },
  );
}

describe('final deliverables screen', () => {
  it('opens from home with f: each deliverable with its state, evidence (module, score, date) and what to run next', async () => {
    const ui = setup('en');
    await ui.waitFor('Today');
    await ui.press({ text: 'f' });
    const frame = await ui.waitFor('Final deliverables');
    expect(frame).toContain('1 of 6 deliverables done');
    expect(frame).toMatch(/ML portfolio reproduced locally · missing/);
    expect(frame).toContain('00 Introduction · not run');
    expect(frame).toContain('Next: mlops-tutor check 00');
    expect(frame).toContain('Complete model cards and dataset cards · done');
    expect(frame).toContain('09 Model and Dataset Cards · 84/100 · 2026-11-22');
    expect(frame).toContain('Deployable APIs and dashboards · partial');
    expect(frame).toContain('06 API deployment · 91/100 · 2026-11-18');
    expect(frame).toContain('07 Dashboard · 55/100 · 2026-11-19');
    expect(frame).toContain('Next: mlops-tutor check 07');
    expect(frame).toContain('Checker 08 grades one project’s workflow: repeat it in the other two.');
    expect(frame).toContain('c checker 00');
    // ↓ to the rest: a run that fell below the pass mark no longer ticks observability
    await ui.press({ text: 'G' });
    const end = await ui.waitFor('Maintenance runbooks');
    expect(end).toContain('Basic observability system · missing');
    expect(end).toContain('10 Observability and monitoring · 40/100 (best 88) · 2026-11-24');
  });

  it('lists its keys under ?, goes back with b, and c opens the checker of the first missing module', async () => {
    const ui = setup('en');
    await ui.waitFor('Today');
    await ui.press({ text: 'f' });
    await ui.waitFor('1 of 6 deliverables done');
    await ui.press({ text: '?' });
    const help = await ui.waitFor('Keys on this screen · final deliverables');
    expect(help).toContain('c: open the checker of the first missing module');
    await ui.press({ text: 'b' });
    await ui.waitFor('1 of 6 deliverables done');
    await ui.press({ text: 'c' });
    await ui.waitFor('Checker 00 · Introduction');
    await ui.press({ text: 'b' });
    await ui.waitFor('1 of 6 deliverables done');
    await ui.press({ text: 'b' });
    await ui.waitFor('Today');
  });

  it('home lists it as a row with the count done; the plan opens it with f, in Spanish', async () => {
    const ui = setup('es');
    await ui.waitFor('Hoy');
    // The row sits after the plan's, near the end of home's list: down to the last row, then back up to it
    for (let presses = 0; presses < 60; presses++) await ui.press('down');
    await ui.waitFor(/❯ Salir/);
    for (const row of ['Ayuda', 'Ajustes', 'Ruta 0']) {
      await ui.press('up');
      await ui.waitFor(`❯ ${row}`);
    }
    await ui.press('up');
    await ui.waitFor(/❯ Entregables finales · 1\/6/);
    await ui.press('enter');
    await ui.waitFor('1 de 6 entregables hechos');
    // Back on home at the row it left from, far down the list (Today, at the top, scrolled away).
    await ui.press({ text: 'b' });
    await ui.waitFor(/❯ Entregables finales · 1\/6/);
    await ui.press({ text: 'p' });
    const plan = await ui.waitFor('f entregables');
    expect(plan).toContain('Plan por semanas');
    await ui.press({ text: 'f' });
    const frame = await ui.waitFor('Entregables finales');
    expect(frame).toContain('1 de 6 entregables hechos');
    expect(frame).toContain('Portafolio ML reproducido localmente · pendiente');
    expect(frame).toContain('Model Cards y Dataset Cards completos · hecho');
    expect(frame).toContain('APIs y dashboards desplegables · parcial');
    expect(frame).toContain('07 Dashboard · 55/100 · 2026-11-19');
    expect(frame).toContain('Siguiente: mlops-tutor check 07');
    expect(frame).toContain('El checker 08 evalúa el workflow de un proyecto');
  });
});

describe('marks', () => {
  const draw = (ascii: boolean) =>
    renderUi(
      <DeliverablesScreen
        t={messages('en')}
        lang="en"
        syllabus={syllabus}
        deliverables={deliverables(modules)}
        active
        onOpenCheck={() => undefined}
        ascii={ascii}
      />,
      { columns: 80, rows: 40 },
    );

  it('reads ✓, ~ and ✗ where the terminal has Unicode, and checkboxes under NO_COLOR or TERM=dumb', async () => {
    const unicode = await draw(false).waitFor('Maintenance runbooks');
    expect(unicode).toContain('✓ Complete model cards and dataset cards · done');
    expect(unicode).toContain('~ Deployable APIs and dashboards · partial');
    expect(unicode).toContain('✗ Maintenance runbooks · missing');
    const plain = await draw(true).waitFor('Maintenance runbooks');
    expect(plain).toContain('[x] Complete model cards and dataset cards · done');
    expect(plain).toContain('[~] Deployable APIs and dashboards · partial');
    expect(plain).toContain('[ ] Maintenance runbooks · missing');
    expect(plain).toContain('09 Model and Dataset Cards · 84/100 · 2026-11-22 [x]');
    expect(plain).not.toMatch(/[✓✗]/);
  });
});
