// The words and marks of the final deliverables and Today's steps, shared by the screen, `status` and
// `export`. No Ink here: plain commands import it without loading the interface.
import type { DeliverableState, Evidence } from '../core/deliverables.js';
import { formatDay } from '../core/schedule.js';
import type { TodayStep } from '../core/today.js';
import type { Messages } from '../i18n/index.js';

const MARKS: Readonly<Record<DeliverableState, string>> = { done: '✓', partial: '~', missing: '✗' };
/** What a terminal without colour or Unicode shows (NO_COLOR, TERM=dumb): a checkbox read at a glance. */
const ASCII_MARKS: Readonly<Record<DeliverableState, string>> = { done: '[x]', partial: '[~]', missing: '[ ]' };

export function deliverableMark(state: DeliverableState, ascii = false): string {
  return (ascii ? ASCII_MARKS : MARKS)[state];
}

/** True where marks must not rely on colour or on glyphs a plain terminal may lack. */
export function plainMarks(env: NodeJS.ProcessEnv = process.env): boolean {
  return (env.NO_COLOR !== undefined && env.NO_COLOR !== '') || env.TERM === 'dumb' || env.FORCE_COLOR === '0';
}

/** The learner's local day of a stored run time. */
export const dayOfRun = (at: string | null): string | null => (at ? formatDay(new Date(at)) : null);

/** "06 FastAPI service · 91/100 · 2026-11-18 ✓", or "… · not run". */
export function evidenceText(t: Messages, evidence: Evidence, title: string, ascii = false): string {
  const d = t.deliverables;
  const name = d.evidence(evidence.module, title);
  if (evidence.last === null || evidence.best === null) return `${name} · ${d.notRun}`;
  const mark = evidence.passed ? ` ${deliverableMark('done', ascii)}` : '';
  return `${name} · ${d.run(evidence.last, evidence.best, dayOfRun(evidence.at))}${mark}`;
}

/** How far a step of Today is, as home's Today says it ("read ✓", "40 % read", "passed 82 ✓"…). */
export function stepDetail(t: Messages, step: TodayStep): string {
  if (step.kind === 'lesson')
    return step.state === 'done'
      ? t.home.lessonRead
      : step.state === 'started'
        ? t.home.lessonAt(step.value ?? 0)
        : t.home.stepTodo;
  if (step.value === null) return t.home.stepTodo;
  if (step.kind === 'quiz') return step.state === 'done' ? t.home.quizPassed(step.value) : t.home.quizBest(step.value);
  return step.state === 'done' ? t.home.checkPassed(step.value) : t.home.checkLast(step.value);
}
