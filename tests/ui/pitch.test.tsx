// The portfolio pitch drill through ink-testing-library, with a fake clock: setup, the countdown by
// part, notes, rating, results, the cards, help, stats and Spanish — at 60×20.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { PitchEntry } from '../../src/core/pitch.js';
import type { Lang } from '../../src/core/types.js';
import { pitchHistory } from '../../src/state/transitions/index.js';
import { Store } from '../../src/state/store.js';
import { App } from '../../src/ui/app.js';
import type { Route } from '../../src/ui/app-state.js';
import { eventually } from '../helpers/eventually.js';
import { realSyllabus } from '../helpers/syllabus.js';
import { renderUi } from '../helpers/ui.js';

const workspace = mkdtempSync(join(tmpdir(), 'mlops-ws-'));
const fits = (frame: string, width = 60) => frame.split('\n').every((line) => [...line].length <= width);

function setup(options: { route?: Route; lang?: Lang; pitches?: PitchEntry[] } = {}) {
  const home = mkdtempSync(join(tmpdir(), 'mlops-ui-'));
  const store = Store.open(home);
  store.update((current) => ({
    ...current,
    profile: { language: options.lang ?? 'en', startDate: '2026-11-02', paceWeeks: 8, workspace, createdAt: 'x' },
    ...(options.pitches ? { pitches: options.pitches } : {}),
  }));
  const clock = { now: Date.parse('2026-11-26T10:00:00Z') };
  const ui = renderUi(
    <App
      store={store}
      syllabus={realSyllabus()}
      fallbackLang="en"
      today={() => '2026-11-26'}
      defaultWorkspace={workspace}
      initialRoute={options.route}
      clock={() => clock.now}
      tickMs={10}
    />,
    { columns: 60, rows: 20 },
  );
  return { ...ui, store, clock };
}

const entry = (id: string, score: number, level: PitchEntry['level'] = 'mid'): PitchEntry => ({
  id,
  at: '2026-11-20T10:00:00.000Z',
  project: 'Bank churn',
  level,
  minutes: 5,
  status: 'finished',
  elapsedMs: 300_000,
  score,
  parts: [],
  ratings: {},
});

describe('the pitch drill', () => {
  it('opens from home with i, runs part by part on the clock, takes a note, is rated and saved with its times', async () => {
    const ui = setup();
    // Given home in week 4 (a junior week), when i is pressed, then the setup opens at junior, 6 minutes
    await ui.waitFor('Today');
    await ui.press({ text: 'i' });
    const setupFrame = await ui.waitFor('Review talking points (no timer)');
    expect(setupFrame).toMatch(/Project\s+‹ Bank customer churn prediction ›/);
    expect(setupFrame).toMatch(/Minutes\s+‹ 6 ›/);
    expect(fits(setupFrame)).toBe(true);
    await ui.press('enter');

    // The first part, its pace over 6 minutes, and what a junior interviewer expects to hear
    let frame = await ui.waitFor('Part 1/5 · Problem and business impact');
    expect(frame).toContain('◷ 6:00');
    expect(frame).toContain('On this part 0:00 of 0:54');
    expect(frame).toContain('Next: Data, at ◷ 5:06');
    expect(frame).toContain('Says in one sentence who uses the prediction');
    expect(fits(frame)).toBe(true);

    // 70 s later the part is over its pace (54 s + 10 s of slack) and the speaker behind the clock
    ui.clock.now += 70_000;
    frame = await ui.waitFor('Over this part’s pace');
    expect(frame).toContain('On this part 1:10 of 0:54');
    expect(frame).toContain('◷ 4:50');

    // A note, typed right after n
    await ui.press({ text: 'n' });
    await ui.press({ text: 'said accuracy, should say recall' });
    await ui.press('enter');
    await ui.waitFor('1 note');

    await ui.press('enter');
    await ui.waitFor('Part 2/5 · Data');
    ui.clock.now += 30_000;
    await ui.waitFor('On this part 0:30 of 0:54');
    for (const next of ['Part 3/5', 'Part 4/5', 'Part 5/5']) {
      await ui.press('enter');
      await ui.waitFor(next);
    }
    await ui.press('enter');

    // Rating: every junior point, 0–2 keys move on; the last row saves
    frame = await ui.waitFor('Rate your speech');
    expect(frame).toContain('0/15');
    expect(fits(frame)).toBe(true);
    await ui.press({ text: '2' });
    await ui.waitFor('1/15');
    await ui.press({ text: '1' });
    await ui.waitFor('2/15');
    for (let i = 0; i < 13; i++) await ui.press('down');
    await ui.waitFor('❯ Save and see the result');
    await ui.press('enter');

    frame = await ui.waitFor('Pitch results');
    expect(frame).toContain('Score: 10 % · 3/30 points');
    expect(frame).toMatch(/Problem and business impact\s+1:10 \/ 0:54\s+over/);
    expect(frame).toMatch(/Data\s+0:30 \/ 0:54/);
    expect(fits(frame)).toBe(true);
    await eventually(() => expect(pitchHistory(ui.store.read())).toHaveLength(1));
    const saved = pitchHistory(ui.store.read())[0]!;
    expect(saved).toMatchObject({
      project: 'Bank customer churn prediction',
      level: 'junior',
      minutes: 6,
      status: 'finished',
      score: 10,
      notes: ['said accuracy, should say recall'],
    });
    expect(saved.ratings).toMatchObject({ 'problem-j-decision': 2, 'problem-j-target': 1, 'problem-j-today': 0 });
    expect(saved.parts.slice(0, 2).map((part) => part.ms)).toEqual([70_000, 30_000]);

    // The results page scrolls to what to work on and the note
    for (let i = 0; i < 5; i++) await ui.press('pageDown');
    frame = await ui.waitFor('Your notes');
    expect(frame).toContain('said accuracy, should say recall');
  });

  it('is cut at the length: the rating says time is up and the parts not reached are named', async () => {
    const ui = setup({ route: { name: 'pitch' } });
    await ui.waitFor('Start the speech');
    // Minutes ‹ 6 › → ‹ 5 ›, then Start
    await ui.press('down');
    await ui.press('down');
    await ui.press({ text: '\u001B[D' });
    await ui.waitFor(/Minutes\s+‹ 5 ›/);
    await ui.press('enter');
    await ui.waitFor('◷ 5:00');
    await ui.press('enter');
    await ui.waitFor('Part 2/5');
    ui.clock.now += 5 * 60_000 + 1_000;
    await ui.waitFor('Time’s up: rate what you said.');
    for (let i = 0; i < 15; i++) await ui.press('down');
    await ui.waitFor('❯ Save and see the result');
    await ui.press('enter');
    const frame = await ui.waitFor('Pitch results');
    expect(frame).toContain('The clock cut you off before the end.');
    expect(frame).toMatch(/Model and metrics\s+0:00 \/ 1:15\s+not reached/);
    await eventually(() =>
      expect(pitchHistory(ui.store.read())[0]).toMatchObject({ status: 'time-up', elapsedMs: 300_000, score: 0 }),
    );
  });

  it('takes a project name typed at once after choosing “Other”, and saves the speech under it', async () => {
    const ui = setup({ route: { name: 'pitch' } });
    await ui.waitFor('Start the speech');
    // ← from the first project lands on "Other"; the name is typed in the same breath (q and b are letters here)
    await ui.press({ text: '\u001B[D' });
    ui.stdin.write('Quick bank API');
    await ui.waitFor('> Quick bank API');
    await ui.press('enter');
    await ui.waitFor(/Project\s+‹ Quick bank API ›/);
    await ui.press('enter');
    await ui.waitFor('Part 1/5');
    for (let i = 0; i < 5; i++) await ui.press('enter');
    await ui.waitFor('Rate your speech');
    for (let i = 0; i < 15; i++) await ui.press('down');
    await ui.waitFor('❯ Save and see the result');
    await ui.press('enter');
    await ui.waitFor('Pitch results');
    await eventually(() => expect(pitchHistory(ui.store.read())[0]?.project).toBe('Quick bank API'));
  });

  it('asks before stopping a speech, and a stopped one saves nothing', async () => {
    const ui = setup({ route: { name: 'pitch' } });
    await ui.waitFor('Start the speech');
    await ui.press('enter');
    await ui.waitFor('Part 1/5');
    await ui.press({ text: 'q' });
    await ui.waitFor('Stop the speech? Nothing is saved. (y/n)');
    await ui.press({ text: 'n' });
    await ui.waitFor('Enter next part');
    await ui.press({ text: 'q' });
    await ui.waitFor('(y/n)');
    await ui.press({ text: 'y' });
    await ui.waitFor('Start the speech');
    expect(pitchHistory(ui.store.read())).toEqual([]);
  });

  it('shows the talking points as cards by part and level, without a timer, and ? lists the keys', async () => {
    const ui = setup({ route: { name: 'pitch' } });
    await ui.waitFor('Start the speech');
    for (let i = 0; i < 4; i++) await ui.press('down');
    await ui.waitFor('❯ Review talking points');
    await ui.press('enter');
    let frame = await ui.waitFor('part 1/5 · 15 % of the time · ≈ 0:54 of 6 min');
    expect(frame).toContain('[junior]');
    expect(frame).toContain('Says in one sentence who uses the prediction');
    expect(frame).not.toContain('◷');
    await ui.press({ text: '\u001B[C' });
    await ui.press({ text: '\u001B[C' });
    await ui.press({ text: '\u001B[C' });
    await ui.waitFor('MLOps: tracking, CI/CD, serving, monitoring');
    await ui.press('down');
    await ui.press('down');
    frame = await ui.waitFor('[senior]');
    expect(frame).toContain('HorizontalPodAutoscaler');
    expect(fits(frame)).toBe(true);
    await ui.press({ text: 'b' });
    await ui.waitFor('Start the speech');
    await ui.press({ text: '?' });
    frame = await ui.waitFor('Keys on this screen · portfolio pitch');
    expect(frame).toContain('n writes a note');
    await ui.press({ text: 'b' });
    await ui.waitFor('Start the speech');
  });

  it('stats shows the speeches and their trend', async () => {
    const ui = setup({
      route: { name: 'stats' },
      pitches: [entry('a', 40), entry('b', 50), entry('c', 80), entry('d', 30, 'senior')],
    });
    const frame = await ui.waitFor('Portfolio pitch');
    expect(frame).toContain('4 speeches · last 30 % · best 80 %');
    expect(frame).toMatch(/mid\s+\S+\s+80 % ↑ improving/);
    expect(frame).toMatch(/senior\s+\S+\s+30 %/);
    expect(fits(frame)).toBe(true);
  });

  it('speaks Spanish', async () => {
    const ui = setup({ route: { name: 'pitch' }, lang: 'es' });
    const frame = await ui.waitFor('Speech de portafolio');
    expect(frame).toMatch(/Proyecto\s+‹ Predicción de abandono de clientes \(banco\) ›/);
    await ui.press('enter');
    const run = await ui.waitFor('Parte 1/5 · Problema e impacto de negocio');
    expect(run).toContain('Lo que espera oír:');
    expect(run).toContain('Enter siguiente parte');
  });
});
