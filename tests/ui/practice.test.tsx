// Quizzes, drills and review through ink-testing-library, with a fake clock and a small bank.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { BankQuestion } from '../../src/core/quiz.js';
import { Store } from '../../src/state/store.js';
import { App } from '../../src/ui/app.js';
import type { Route } from '../../src/ui/app-state.js';
import { eventually } from '../helpers/eventually.js';
import { renderUi } from '../helpers/ui.js';
import { realSyllabus } from '../helpers/syllabus.js';

const workspace = mkdtempSync(join(tmpdir(), 'mlops-ws-'));
const l = (en: string, es = en) => ({ en, es });
const single = (n: number): BankQuestion => ({
  id: `jr-git-0${n}`,
  level: 'junior',
  topic: 'git-tools',
  modules: ['01'],
  type: 'single',
  difficulty: 1,
  prompt: l(`Which git command ${n}?\nThis line was\nhard-wrapped.`),
  options: [l('wrong A'), l('wrong B'), l('the RIGHT one'), l('wrong C')],
  answer: [2],
  explanation: l('Because it is the right one.'),
});
const open: BankQuestion = {
  id: 'sr-lead-01',
  level: 'senior',
  topic: 'leadership',
  modules: ['11'],
  type: 'open',
  difficulty: 2,
  prompt: l('How do you lead an incident review?'),
  modelAnswer: l('Blameless, with a timeline and owners.'),
  keyPoints: [l('blameless'), l('timeline'), l('owners'), l('follow-up')],
};
const bank = [single(1), single(2), single(3), open];

function setup(initialRoute: Route, options: { columns?: number; rows?: number; lang?: 'es' | 'en' } = {}) {
  const home = mkdtempSync(join(tmpdir(), 'mlops-ui-'));
  const store = Store.open(home);
  store.update((current) => ({
    ...current,
    profile: { language: options.lang ?? 'en', startDate: '2026-11-02', paceWeeks: 8, workspace, createdAt: 'x' },
  }));
  const clock = { now: Date.parse('2026-11-26T10:00:00Z') };
  const ui = renderUi(
    <App
      store={store}
      syllabus={realSyllabus()}
      fallbackLang={options.lang ?? 'en'}
      today={() => '2026-11-26'}
      defaultWorkspace={workspace}
      initialRoute={initialRoute}
      clock={() => clock.now}
      seed={42}
      tickMs={10}
      questions={async () => bank}
    />,
    { columns: options.columns ?? 60, rows: options.rows ?? 20 },
  );
  return { ...ui, store, clock };
}

/** The number shown before "the RIGHT one". */
const rightDigit = (frame: string) => /(\d)\. the RIGHT one/.exec(frame)![1]!;
const wrongDigit = (frame: string) => /(\d)\. wrong/.exec(frame)![1]!;
// The store is written by effects after the frame shows: eventually() polls until the write holds.
const fits = (frame: string, width = 60) => frame.split('\n').every((line) => [...line].length <= width);

describe('module quiz', () => {
  it('gives feedback after each answer, then the score; saves attempts and best', async () => {
    // Given module 01 has three auto-graded questions in the bank
    const ui = setup({ name: 'quiz', id: '01' });
    let frame = await ui.waitFor('Question 1/3');
    expect(frame).toContain('Which git command');
    // The hard wraps of the prompt are re-flowed into one paragraph
    expect(frame).toMatch(/This line was hard-wrapped\./);
    expect(fits(frame)).toBe(true);
    // When the learner answers right with a digit
    await ui.press({ text: rightDigit(frame) });
    frame = await ui.waitFor('✓ Correct');
    expect(frame).toContain('Because it is the right one.');
    await ui.press('enter');
    frame = await ui.waitFor('Question 2/3');
    // And wrong with ↑/↓ + Enter
    const target = Number(wrongDigit(frame));
    for (let i = 1; i < target; i++) {
      await ui.press('down');
      await ui.waitFor(new RegExp(`❯ ${i + 1}\\.`));
    }
    await ui.press('enter');
    frame = await ui.waitFor('✗ Incorrect');
    expect(frame).toContain('Right answer:');
    await ui.press('enter');
    frame = await ui.waitFor('Question 3/3');
    await ui.press({ text: rightDigit(frame) });
    await ui.waitFor('✓ Correct');
    await ui.press('enter');
    // Then the final score: 2 of 3 is 67 %, under the 70 % pass mark
    frame = await ui.waitFor('2/3 right · 67 %');
    expect(frame).toContain('Not yet');
    await eventually(() =>
      expect(ui.store.read().modules['01']?.quiz).toMatchObject({ attempts: 1, best: 67, passed: false }),
    );
    expect(Object.keys(ui.store.read().cards)).toHaveLength(1);
    expect(ui.store.read().quizzes).toHaveLength(1);
  });
});

describe('timed drill', () => {
  it('shows the countdown from the injected clock and ends at time-out; only the question on screen is missed', async () => {
    const ui = setup({ name: 'drill', level: 'junior', count: 3, minutes: 1 });
    let frame = await ui.waitFor('Timed drill');
    expect(frame).toMatch(/Questions\s+‹ 3 ›/);
    await ui.press('enter');
    frame = await ui.waitFor('Question 1/3');
    expect(frame).toContain('◷ 1:00 · this 0:00');
    ui.clock.now += 15_000;
    frame = await ui.waitFor('◷ 0:45 · this 0:15');
    await ui.press({ text: rightDigit(frame) });
    // No feedback in a drill: straight to the next question, its own clock at zero
    frame = await ui.waitFor('Question 2/3');
    expect(frame).toContain('this 0:00');
    await eventually(() =>
      expect(ui.store.read().drills[0]).toMatchObject({ status: 'in-progress', answers: [{ score: 1, ms: 15_000 }] }),
    );
    ui.clock.now += 46_000;
    frame = await ui.waitFor('Drill results');
    expect(frame).toContain('Score: 33 % · 1/3 right');
    expect(frame).toContain('Time ran out');
    expect(frame).toContain('1 question not reached');
    expect(fits(frame)).toBe(true);
    await eventually(() => expect(ui.store.read().drills[0]).toMatchObject({ status: 'timeout', score: 33 }));
    expect(Object.keys(ui.store.read().cards)).toHaveLength(1);
  });

  it('says so on the setup screen when the bank is too small', async () => {
    const ui = setup({ name: 'drill', level: 'junior' });
    const frame = await ui.waitFor('The junior bank has only 3 questions (you asked for 10)');
    expect(fits(frame)).toBe(true);
  });

  it('open questions: notes, the model answer, ticking key points for partial credit', async () => {
    const ui = setup({ name: 'drill', level: 'senior', count: 1, minutes: 5 });
    await ui.waitFor('Timed drill');
    await ui.press('enter');
    await ui.waitFor('How do you lead an incident review?');
    await ui.press({ text: 'n' });
    await ui.waitFor('Your notes:');
    await ui.press({ text: 'blameless q' });
    await ui.waitFor('blameless q');
    await ui.press('enter');
    await ui.waitFor('Enter model answer');
    await ui.press('enter');
    let frame = await ui.waitFor('Tick the key points you covered');
    expect(frame).toContain('Blameless, with a timeline and owners.');
    await ui.press({ text: ' ' });
    await ui.waitFor('[x] 1. blameless');
    await ui.press('down');
    await ui.waitFor('❯ [ ] 2. timeline');
    await ui.press({ text: ' ' });
    await ui.waitFor('[x] 2. timeline');
    await ui.press('enter');
    frame = await ui.waitFor('Drill results');
    expect(frame).toContain('Score: 50 %');
    // Under 70 % of the key points: the question goes to review
    await eventually(() => expect(Object.keys(ui.store.read().cards)).toEqual(['sr-lead-01']));
  });

  it('q asks before abandoning; an abandoned drill is saved with what was answered', async () => {
    const ui = setup({ name: 'drill', level: 'junior', count: 3, minutes: 5 });
    await ui.waitFor('Timed drill');
    await ui.press('enter');
    const frame = await ui.waitFor('Question 1/3');
    await ui.press({ text: rightDigit(frame) });
    await ui.waitFor('Question 2/3');
    await ui.press({ text: 'q' });
    await ui.waitFor('Abandon the drill?');
    await ui.press({ text: 'n' });
    await ui.waitFor((text) => text.includes('Question 2/3') && !text.includes('Abandon'));
    await ui.press({ text: 'q' });
    await ui.waitFor('Abandon the drill?');
    await ui.press({ text: 'y' });
    await ui.waitFor('Drill abandoned: 1/3 answered');
    await eventually(() =>
      expect(ui.store.read().drills[0]).toMatchObject({ status: 'abandoned', answers: [{ score: 1 }] }),
    );
  });
});

describe('review', () => {
  it('shows due cards, rates auto-graded answers itself and reschedules them', async () => {
    const ui = setup({ name: 'quiz', id: '01' });
    let frame = await ui.waitFor('Question 1/3');
    await ui.press({ text: wrongDigit(frame) });
    await ui.waitFor('✗ Incorrect');
    await eventually(() => expect(Object.keys(ui.store.read().cards)).toHaveLength(1));
    ui.unmount();

    const again = renderUi(
      <App
        store={ui.store}
        syllabus={realSyllabus()}
        fallbackLang="en"
        today={() => '2026-11-26'}
        defaultWorkspace={workspace}
        initialRoute={{ name: 'review' }}
        clock={() => ui.clock.now + 5_000}
        seed={1}
        questions={async () => bank}
      />,
      { columns: 60, rows: 20 },
    );
    frame = await again.waitFor('Review · Question 1/1');
    await again.press({ text: rightDigit(frame) });
    await again.waitFor('Rated “easy”');
    await eventually(() =>
      expect(Date.parse(Object.values(ui.store.read().cards)[0]!.due)).toBeGreaterThan(ui.clock.now + 5_000),
    );
    await again.press('enter');
    await again.waitFor('Review finished: 1 card');
  });
});

describe('stats', () => {
  it('shows drill scores and accuracy by topic; "practise these" starts a quiz on the weakest topics', async () => {
    const ui = setup({ name: 'stats' });
    ui.store.update((current) => ({
      ...current,
      drills: [
        {
          id: 'd1',
          level: 'junior',
          startedAt: '2026-11-20T10:00:00.000Z',
          status: 'finished',
          count: 3,
          minutes: 5,
          questionIds: [],
          answers: [],
          score: 40,
        },
        {
          id: 'd2',
          level: 'junior',
          startedAt: '2026-11-21T10:00:00.000Z',
          status: 'finished',
          count: 3,
          minutes: 5,
          questionIds: [],
          answers: [],
          score: 80,
        },
      ],
      questions: {
        'jr-git-01': {
          topic: 'junior/git-tools',
          history: [
            { at: 'x', score: 0, mode: 'drill' },
            { at: 'y', score: 1, mode: 'quiz' },
          ],
        },
      },
    }));
    ui.unmount();
    const again = renderUi(
      <App
        store={ui.store}
        syllabus={realSyllabus()}
        fallbackLang="en"
        today={() => '2026-11-26'}
        defaultWorkspace={workspace}
        initialRoute={{ name: 'stats' }}
        clock={() => ui.clock.now}
        seed={3}
        questions={async () => bank}
      />,
      { columns: 60, rows: 20 },
    );
    const frame = await again.waitFor('Accuracy by topic');
    expect(frame).toMatch(/junior\s+▄▇\s+80 % \(\+40\)/);
    expect(frame).toContain('Git and tools (junior)');
    expect(fits(frame)).toBe(true);
    await again.press('enter');
    await again.waitFor('Practice · weakest topics · Question 1/3');
  });
});

describe('numbers in Spanish (item 20)', () => {
  it('a partial score by topic is written with a decimal comma', async () => {
    const home = mkdtempSync(join(tmpdir(), 'mlops-ui-'));
    const store = Store.open(home);
    store.update((current) => ({
      ...current,
      profile: { language: 'es', startDate: '2026-11-02', paceWeeks: 8, workspace, createdAt: 'x' },
    }));
    const clock = { now: Date.parse('2026-11-26T10:00:00Z') };
    const ui = renderUi(
      <App
        store={store}
        syllabus={realSyllabus()}
        fallbackLang="es"
        today={() => '2026-11-26'}
        defaultWorkspace={workspace}
        initialRoute={{ name: 'drill', level: 'senior', count: 1, minutes: 5 }}
        clock={() => clock.now}
        seed={42}
        tickMs={10}
        questions={async () => bank}
      />,
      { columns: 60, rows: 30 },
    );
    await ui.waitFor('Simulacro cronometrado');
    await ui.press('enter');
    await ui.waitFor('How do you lead an incident review?');
    await ui.press('enter');
    await ui.waitFor('[ ] 1. blameless');
    for (const key of [' ', 'down', ' ', 'down', ' '] as const) await ui.press(key === ' ' ? { text: ' ' } : key);
    await ui.waitFor('[x] 3. owners');
    await ui.press('enter');
    const results = await ui.waitFor('Por tema');
    // 3 of 4 key points: 0,75 of the question, shown with one decimal and a comma
    expect(results).toMatch(/0,8\/1/);
    expect(results).not.toMatch(/0\.\d\/1/);
  });
});

describe('? over a practice screen (item 17)', () => {
  /** The prompt of the question on screen ("Which git command 2?"). */
  const prompt = (frame: string) => /Which git command \d\?/.exec(frame)![0];

  it('mid-quiz: shows the quiz keys and returns to the same question with the same option selected', async () => {
    const ui = setup({ name: 'quiz', id: '01' });
    let frame = await ui.waitFor('Question 1/3');
    await ui.press({ text: rightDigit(frame) });
    await ui.waitFor('✓ Correct');
    await ui.press('enter');
    frame = await ui.waitFor('Question 2/3');
    const asked = prompt(frame);
    const rightIsSecond = rightDigit(frame) === '2';
    await ui.press('down');
    await ui.waitFor('❯ 2.');
    await ui.press({ text: '?' });
    frame = await ui.waitFor('Keys on this screen · quiz');
    expect(frame).toContain('1–9: answer with that option');
    expect(frame).not.toContain(asked);
    expect(fits(frame)).toBe(true);
    // b closes the help, it does not leave the quiz (which would ask first: one answer is given)
    await ui.press({ text: 'b' });
    frame = await ui.waitFor('Question 2/3');
    expect(frame).toContain(asked);
    expect(frame).toContain('❯ 2.');
    expect(frame).not.toContain('Leave the quiz');
    // And the quiz goes on from there: Enter answers with the option still selected
    await ui.press({ text: '?' });
    await ui.waitFor('Keys on this screen · quiz');
    await ui.press({ text: '?' });
    await ui.waitFor('Question 2/3');
    await ui.press('enter');
    frame = await ui.waitFor(/✓ Correct|✗ Incorrect/);
    expect(frame).toContain(rightIsSecond ? '✓ Correct' : '✗ Incorrect');
    await eventually(() =>
      expect(ui.store.read().questions[`jr-git-0${/\d/.exec(asked)![0]}`]?.history).toHaveLength(1),
    );
  });

  it('mid-drill: the clock keeps running behind the help and the overlay says so; same question afterwards', async () => {
    const ui = setup({ name: 'drill', level: 'junior', count: 3, minutes: 1 });
    await ui.waitFor('Timed drill');
    await ui.press({ text: '?' });
    let frame: string;
    await ui.waitFor('Keys on this screen · drill setup');
    await ui.press({ text: 'b' });
    await ui.waitFor(/Questions\s+‹ 3 ›/);
    await ui.press('enter');
    frame = await ui.waitFor('Question 1/3');
    const asked = prompt(frame);
    await ui.press('down');
    await ui.waitFor('❯ 2.');
    await ui.press({ text: '?' });
    frame = await ui.waitFor('Keys on this screen · drill');
    expect(frame).toContain("1:00 left: the drill's clock keeps running");
    ui.clock.now += 20_000;
    await ui.waitFor('0:40 left: the drill');
    await ui.press({ text: '\u001B' });
    frame = await ui.waitFor('Question 1/3');
    expect(frame).toContain(asked);
    expect(frame).toContain('❯ 2.');
    // The 20 s spent in the help count, for the drill and for this question
    expect(frame).toContain('◷ 0:40 · this 0:20');
    // Time running out while the help is open ends the drill behind it
    await ui.press({ text: '?' });
    await ui.waitFor('0:40 left: the drill');
    ui.clock.now += 41_000;
    await ui.waitFor('Time ran out while the help was open');
    await eventually(() => expect(ui.store.read().drills[0]).toMatchObject({ status: 'timeout' }));
    await ui.press({ text: '?' });
    frame = await ui.waitFor('Drill results');
    expect(frame).toContain('Time ran out');
  });

  it('mid-drill, open question: ? in the notes is typed; outside them it opens the help and the notes stay', async () => {
    const ui = setup({ name: 'drill', level: 'senior', count: 1, minutes: 5 });
    await ui.waitFor('Timed drill');
    await ui.press('enter');
    await ui.waitFor('How do you lead an incident review?');
    await ui.press({ text: 'n' });
    await ui.waitFor('Your notes:');
    await ui.press({ text: 'why? owners' });
    await ui.waitFor('why? owners');
    await ui.press('enter');
    await ui.waitFor('Enter model answer');
    await ui.press({ text: '?' });
    await ui.waitFor('Keys on this screen · drill');
    await ui.press({ text: 'b' });
    const frame = await ui.waitFor('How do you lead an incident review?');
    expect(frame).toContain('why? owners');
  });

  it('stats and the card browser show their own keys; b closes the help, not the screen', async () => {
    const ui = setup({ name: 'stats' });
    await ui.waitFor('Accuracy by topic');
    await ui.press({ text: '?' });
    let frame = await ui.waitFor('Keys on this screen · stats');
    expect(frame).toContain('Enter: a quiz on your weakest topics');
    await ui.press({ text: 'b' });
    await ui.waitFor('Accuracy by topic');
    ui.unmount();

    const review = setup({ name: 'review' });
    await review.waitFor('Nothing to review right now.');
    await review.press({ text: 'l' });
    await review.waitFor('Review cards');
    await review.press({ text: '?' });
    frame = await review.waitFor('Keys on this screen · cards');
    expect(frame).toContain('x: suspend or resume the card');
    await review.press({ text: 'b' });
    await review.waitFor('Review cards');
  });

  it('in Spanish: the drill keys and its running clock', async () => {
    const ui = setup({ name: 'drill', level: 'junior', count: 3, minutes: 2 }, { lang: 'es' });
    await ui.waitFor('Simulacro cronometrado');
    await ui.press('enter');
    await ui.waitFor('Pregunta 1/3');
    await ui.press({ text: '?' });
    const frame = await ui.waitFor('Teclas de esta pantalla · simulacro');
    expect(frame).toContain('Quedan 2:00: el reloj del simulacro sigue corriendo');
    expect(frame).toContain('? · b · Esc volver a donde estabas');
    await ui.press({ text: '?' });
    await ui.waitFor('Pregunta 1/3');
  });
});
