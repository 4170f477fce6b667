// What home answers first: how far along the learner is, what today's work is, and whether they
// keep pace with the plan. Pure: the caller passes today's date and turns stored times into days.
import { deliverables, deliverablesDone } from './deliverables.js';
import { checkScores, moduleStatus, rubricLevel, type ModuleProgress } from './progress.js';
import { parseDay } from './schedule.js';
import type { Lang, ModuleId, Plan, Rubric } from './types.js';
import type { StatusSummary } from './status.js';

const DAY_MS = 24 * 60 * 60 * 1000;

export type StepKind = 'lesson' | 'quiz' | 'check';
export type StepState = 'todo' | 'started' | 'done';

export interface TodayStep {
  kind: StepKind;
  module: ModuleId;
  state: StepState;
  /** Lesson: the share of sections read; quiz: the best score; check: the last score. */
  value: number | null;
}

export interface Progress {
  total: number;
  modulesPassed: number;
  lessonsRead: number;
  quizzesPassed: number;
}

export type Pace = { kind: 'behind'; modules: ModuleId[] } | { kind: 'ahead' } | { kind: 'on-track' };

/** Modules passed, lessons read and quizzes passed, over every module of the syllabus. */
export function overallProgress(
  progress: Partial<Record<ModuleId, ModuleProgress>>,
  modules: readonly ModuleId[],
): Progress {
  let modulesPassed = 0;
  let lessonsRead = 0;
  let quizzesPassed = 0;
  for (const id of modules) {
    const entry = progress[id];
    if (moduleStatus(entry) === 'done') modulesPassed++;
    if (entry?.lesson?.read) lessonsRead++;
    if (entry?.quiz?.passed) quizzesPassed++;
  }
  return { total: modules.length, modulesPassed, lessonsRead, quizzesPassed };
}

/**
 * A bar of `width` cells for the three kinds of work together (each module has a lesson, a quiz and
 * a check), so reading and quizzes move it before the first checker passes.
 */
export function progressBar(progress: Progress, width: number): string {
  const goal = progress.total * 3;
  const done = progress.modulesPassed + progress.lessonsRead + progress.quizzesPassed;
  // Any work shows: a first passed module must not leave the bar empty.
  const filled = goal === 0 || done === 0 ? 0 : Math.min(width, Math.max(1, Math.round((done / goal) * width)));
  return '█'.repeat(filled) + '░'.repeat(width - filled);
}

/** The mean of every module's last checker score, or null before the first run. */
export function averageCheckScore(progress: Partial<Record<ModuleId, ModuleProgress>>): number | null {
  const scores = Object.values(progress)
    .map((entry) => checkScores(entry?.check)?.last)
    .filter((score): score is number => score !== undefined);
  if (scores.length === 0) return null;
  return Math.round(scores.reduce((sum, score) => sum + score, 0) / scores.length);
}

/** The rubric's level label of the average check score, or null before the first run. */
export function averageLevel(
  rubric: Rubric,
  progress: Partial<Record<ModuleId, ModuleProgress>>,
  lang: Lang,
): { score: number; label: string } | null {
  const score = averageCheckScore(progress);
  return score === null ? null : { score, label: rubricLevel(rubric, score).label[lang] };
}

/**
 * Consecutive days with practice ending today — or yesterday, since a streak is not broken until
 * the day is over.
 */
export function practiceStreak(days: Iterable<string>, today: string): number {
  const set = new Set(days);
  const now = parseDay(today);
  if (now === undefined) return 0;
  const key = (time: number) => new Date(time).toISOString().slice(0, 10);
  let cursor = set.has(today) ? now : now - DAY_MS;
  let streak = 0;
  while (set.has(key(cursor))) {
    streak++;
    cursor -= DAY_MS;
  }
  return streak;
}

/** What counts as practice: lessons read, quizzes, drills, reviews and checker runs, by their stored times. */
export interface PracticeTimes {
  modules: Partial<Record<ModuleId, ModuleProgress>>;
  quizzes: readonly { at: string }[];
  questions: Readonly<Record<string, { history: readonly { at: string }[] }>>;
  drills: readonly { startedAt: string }[];
}

/** The calendar days with practice; `dayOf` turns a stored ISO time into the learner's local day. */
export function practiceDays(times: PracticeTimes, dayOf: (iso: string) => string): Set<string> {
  const stamps: string[] = [];
  for (const entry of Object.values(times.modules)) {
    if (entry?.lesson?.updatedAt) stamps.push(entry.lesson.updatedAt);
    if (entry?.quiz?.updatedAt) stamps.push(entry.quiz.updatedAt);
    for (const run of entry?.check?.history ?? []) stamps.push(run.at);
  }
  for (const quiz of times.quizzes) stamps.push(quiz.at);
  for (const record of Object.values(times.questions)) for (const answer of record.history) stamps.push(answer.at);
  for (const drill of times.drills) stamps.push(drill.startedAt);
  return new Set(stamps.map(dayOf));
}

/** The week's next steps: for each of its modules, the lesson, the quiz and (when it has one) the check. */
export function todaySteps(
  weekModules: readonly ModuleId[],
  progress: Partial<Record<ModuleId, ModuleProgress>>,
  sectionCount: number,
  hasCheck: (id: ModuleId) => boolean,
): TodayStep[] {
  const steps: TodayStep[] = [];
  for (const module of weekModules) {
    const entry = progress[module];
    const lesson = entry?.lesson;
    steps.push({
      kind: 'lesson',
      module,
      state: lesson?.read ? 'done' : lesson ? 'started' : 'todo',
      value: lesson && !lesson.read ? Math.round((lesson.sectionsRead.length / sectionCount) * 100) : null,
    });
    const quiz = entry?.quiz;
    steps.push({
      kind: 'quiz',
      module,
      state: quiz?.passed ? 'done' : quiz ? 'started' : 'todo',
      value: quiz ? quiz.best : null,
    });
    if (hasCheck(module)) {
      const scores = checkScores(entry?.check);
      steps.push({
        kind: 'check',
        module,
        state: scores?.passed ? 'done' : scores ? 'started' : 'todo',
        value: scores ? scores.last : null,
      });
    }
  }
  return steps;
}

/**
 * Behind when modules of past weeks are not passed; ahead when every module planned up to this week
 * has passed before the plan is over (or before it starts).
 */
export function paceOf(summary: Pick<StatusSummary, 'week' | 'phase' | 'modules'>, plan: Plan): Pace {
  const overdue = summary.modules.filter((module) => module.overdue).map((module) => module.id);
  if (overdue.length > 0) return { kind: 'behind', modules: overdue };
  if (summary.phase === 'after') return { kind: 'on-track' };
  const done = new Set(summary.modules.filter((module) => module.status === 'done').map((module) => module.id));
  const planned = plan.weeks.slice(0, summary.week).flatMap((week) => week.modules);
  if (summary.phase === 'before') return done.size > 0 ? { kind: 'ahead' } : { kind: 'on-track' };
  const later = plan.weeks.slice(summary.week).flatMap((week) => week.modules);
  return planned.every((id) => done.has(id)) && later.some((id) => !done.has(id))
    ? { kind: 'ahead' }
    : { kind: 'on-track' };
}

export interface HomeDigest {
  progress: Progress;
  level: { score: number; label: string } | null;
  streak: number;
  steps: TodayStep[];
  pace: Pace;
  /** Final deliverables done, of all of them (home's row; the screen has the detail). */
  deliverables: { done: number; total: number };
}

export interface HomeDigestInput {
  summary: StatusSummary;
  plan: Plan;
  rubric: Rubric;
  lang: Lang;
  times: PracticeTimes;
  /** The learner's local day of a stored time (the clock's time zone). */
  dayOf: (iso: string) => string;
  hasCheck: (id: ModuleId) => boolean;
  sectionCount: number;
}

/** Everything home shows above its list, from the summary and the stored progress. */
export function homeDigest(input: HomeDigestInput): HomeDigest {
  const { summary, times } = input;
  const finals = deliverables(times.modules);
  return {
    progress: overallProgress(
      times.modules,
      summary.modules.map((module) => module.id),
    ),
    level: averageLevel(input.rubric, times.modules, input.lang),
    streak: practiceStreak(practiceDays(times, input.dayOf), summary.today),
    steps: todaySteps(summary.thisWeek, times.modules, input.sectionCount, input.hasCheck),
    pace: paceOf(summary, input.plan),
    deliverables: { done: deliverablesDone(finals), total: finals.length },
  };
}
