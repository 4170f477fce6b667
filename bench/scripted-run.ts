// The TUI session the bench times, as a learner would go: home → a lesson read to its end → a quiz
// → a drill → stats. Every key is timed to the frame that shows its effect; the heavy transitions
// (opening a lesson, starting a quiz, starting a drill, opening stats) are kept apart by name.
import { KEYS, type BenchSession } from './pty-session.js';

export interface KeyTiming {
  step: string;
  ms: number;
}

const changed = (before: string) => (screen: string) => screen !== before;
const selectedRow = (screen: string) => screen.split('\n').find((line) => line.startsWith('❯')) ?? '';

/** Answers whatever question is on screen (a wrong or partial answer is fine for timing), then
 * waits for `after` — the feedback, or the next question — so no key lands on a half-drawn screen. */
async function answer(session: BenchSession, timings: KeyTiming[], after: (screen: string) => boolean): Promise<void> {
  const screen = session.screen();
  if (screen.includes('Enter model answer')) {
    timings.push({ step: 'answer', ms: await session.press(KEYS.enter, 'Tick the key points you covered') });
    timings.push({ step: 'answer', ms: await session.press(KEYS.enter, after) });
  } else if (screen.includes('More than one answer is right')) {
    timings.push({ step: 'answer', ms: await session.press(' ', '[x]') });
    timings.push({ step: 'answer', ms: await session.press(KEYS.enter, after) });
  } else timings.push({ step: 'answer', ms: await session.press('1', after) });
}

/** Moves the home list's selection (up or down) until the selected row matches. */
async function selectOnHome(
  session: BenchSession,
  timings: KeyTiming[],
  row: RegExp,
  key: string = KEYS.down,
): Promise<void> {
  for (let i = 0; i < 60 && !row.test(selectedRow(session.screen())); i++) {
    const before = selectedRow(session.screen());
    timings.push({
      step: 'move',
      ms: await session.press(key, (screen) => selectedRow(screen) !== '' && selectedRow(screen) !== before),
    });
  }
  if (!row.test(selectedRow(session.screen())))
    throw new Error(`bench: no home row matches ${row}. Screen:\n${session.screen()}`);
}

async function backHome(session: BenchSession, timings: KeyTiming[]): Promise<void> {
  for (let i = 0; i < 4 && !session.screen().startsWith('mlops-tutor · '); i++)
    timings.push({ step: 'back', ms: await session.press('b', changed(session.screen())) });
}

/** `stage` is told when each part is done (the bench reads memory there). */
export async function scriptedRun(
  session: BenchSession,
  stage: (name: string) => void = () => {},
): Promise<KeyTiming[]> {
  const timings: KeyTiming[] = [];
  await session.started;
  stage('home');
  // A few plain moves on home.
  for (let i = 0; i < 6; i++)
    timings.push({ step: 'move', ms: await session.press(i % 2 ? KEYS.up : KEYS.down, changed(session.screen())) });
  await selectOnHome(session, timings, /Continue/, KEYS.up);
  // Continue opens a half-read lesson where it was left, else the module page; b goes from one to the other.
  timings.push({
    step: 'open module',
    ms: await session.press(KEYS.enter, (screen) => screen.includes('Module 00 ·') || /Lesson 00 · /.test(screen)),
  });
  if (!session.screen().includes('Module 00 ·'))
    timings.push({ step: 'back', ms: await session.press('b', 'Module 00 ·') });
  timings.push({ step: 'open lesson', ms: await session.press('l', /Lesson 00 · .*sections/) });
  // Read to the end, a page at a time; the checkpoints at the ends of sections are skipped (s).
  for (let i = 0; i < 80 && !session.screen().includes('100 %'); i++)
    timings.push({
      step: 'page',
      ms: await session.press(session.screen().includes('s skip') ? 's' : ' ', changed(session.screen())),
    });
  stage('lesson');
  timings.push({ step: 'back', ms: await session.press('b', 'Module 00 ·') });
  timings.push({ step: 'start quiz', ms: await session.press('z', /Question 1\/\d+/) });
  // A module quiz has as many questions as the module's own pool allows (up to 10).
  const quizLength = Number(/Question 1\/(\d+)/.exec(session.screen())?.[1] ?? 10);
  for (let n = 1; n <= quizLength; n++) {
    await answer(session, timings, (screen) => /Enter (next|finish)/.test(screen));
    timings.push({
      step: 'next',
      ms: await session.press(
        KEYS.enter,
        n < quizLength
          ? `Question ${n + 1}/${quizLength}`
          : (screen) => !screen.includes(`Question ${quizLength}/${quizLength}`),
      ),
    });
  }
  stage('quiz');
  await backHome(session, timings);
  await selectOnHome(session, timings, /Drill \(/);
  timings.push({ step: 'open drill setup', ms: await session.press(KEYS.enter, 'Timed drill') });
  // Five questions: down to the count, then left from the level's default.
  timings.push({ step: 'setup', ms: await session.press(KEYS.down, changed(session.screen())) });
  for (let count = Number(/Questions\s+‹ (\d+) ›/.exec(session.screen())?.[1] ?? 5); count > 5; count--)
    timings.push({ step: 'setup', ms: await session.press(KEYS.left, `‹ ${count - 1} ›`) });
  timings.push({ step: 'start drill', ms: await session.press(KEYS.enter, /Question 1\/\d+/) });
  const total = Number(/Question 1\/(\d+)/.exec(session.screen())?.[1]);
  for (let n = 1; n <= total; n++) {
    await answer(
      session,
      timings,
      (screen) =>
        /Enter (next|finish)/.test(screen) ||
        screen.includes(n < total ? `Question ${n + 1}/${total}` : 'Drill results'),
    );
    if (/Enter (next|finish)/.test(session.screen()))
      timings.push({
        step: 'next',
        ms: await session.press(KEYS.enter, n < total ? `Question ${n + 1}/${total}` : 'Drill results'),
      });
  }
  stage('drill');
  await backHome(session, timings);
  await selectOnHome(session, timings, /Stats/);
  timings.push({ step: 'open stats', ms: await session.press(KEYS.enter, /Stats/) });
  stage('stats');
  return timings;
}
