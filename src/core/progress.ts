// Progress rules: how a module's state follows from what the learner has done.
import type { ModuleId, Plan, Rubric } from './types.js';

export interface LessonProgress {
  position: number;
  sectionsRead: number[];
  read: boolean;
  updatedAt: string;
}

export interface QuizProgress {
  attempts: number;
  best: number;
  passed: boolean;
  updatedAt: string;
}

export interface CheckProgress {
  best: number;
  passed: boolean;
  /** `passed` is the run's own verdict; entries written before it was stored lack it. */
  history: { at: string; score: number; passed?: boolean | undefined }[];
}

/** The lesson's checkpoints answered fully right: indexes of their level-2 sections (as sectionsRead). */
export interface CheckpointProgress {
  passed: number[];
  updatedAt: string;
}

export interface ModuleProgress {
  startedAt?: string | undefined;
  lesson?: LessonProgress | undefined;
  checkpoints?: CheckpointProgress | undefined;
  quiz?: QuizProgress | undefined;
  check?: CheckProgress | undefined;
}

/** Every lesson has six level-2 sections (content/schemas.ts LESSON_SECTIONS; a test keeps them equal). */
export const LESSON_SECTION_COUNT = 6;

export type ModuleStatus = 'not-started' | 'in-progress' | 'done';

/** The syllabus rubric's pass mark, which every checker uses (checks/*.yaml passScore). */
export const CHECK_PASS_MARK = 70;

/**
 * The checker's last run and best score. A module counts as passed by its last run: a later run
 * that scores lower means the project broke, and home must not keep calling it passed. The run's own
 * verdict counts (a 75 with too few points verified here did not pass); runs saved before the
 * verdict was stored are judged by their score, as they were then.
 */
export function checkScores(
  check: CheckProgress | undefined,
): { last: number; best: number; passed: boolean } | undefined {
  if (!check) return undefined;
  const last = check.history[check.history.length - 1];
  if (last === undefined) return { last: check.best, best: check.best, passed: check.passed };
  return {
    last: last.score,
    best: Math.max(check.best, last.score),
    passed: last.passed ?? last.score >= CHECK_PASS_MARK,
  };
}

/** A module is done when its mini-project's last checker run passed; started once anything was touched. */
export function moduleStatus(progress: ModuleProgress | undefined): ModuleStatus {
  if (!progress) return 'not-started';
  if (checkScores(progress.check)?.passed) return 'done';
  if (progress.startedAt || progress.lesson || progress.quiz || progress.check) return 'in-progress';
  return 'not-started';
}

/** Modules in the order the plan visits them (a module spread over two weeks appears once). */
export function planOrder(plan: Plan): ModuleId[] {
  const seen = new Set<ModuleId>();
  for (const week of plan.weeks) for (const id of week.modules) seen.add(id);
  return [...seen];
}

/**
 * What "Continue" opens: the module the learner last worked on while it is unfinished,
 * otherwise the first unfinished module of the plan (earlier, overdue ones come first).
 * Undefined when every module is done.
 */
export function continueTarget(
  plan: Plan,
  progress: Partial<Record<ModuleId, ModuleProgress>>,
  lastModule: ModuleId | undefined,
): ModuleId | undefined {
  if (lastModule && moduleStatus(progress[lastModule]) !== 'done') return lastModule;
  return planOrder(plan).find((id) => moduleStatus(progress[id]) !== 'done');
}

/** Modules of past weeks that are not done yet. */
export function overdueModules(
  plan: Plan,
  currentWeek: number,
  progress: Partial<Record<ModuleId, ModuleProgress>>,
): ModuleId[] {
  const current = new Set(plan.weeks[currentWeek - 1]?.modules ?? []);
  const past = plan.weeks.slice(0, Math.max(0, currentWeek - 1)).flatMap((week) => week.modules);
  return [...new Set(past)].filter((id) => !current.has(id) && moduleStatus(progress[id]) !== 'done');
}

/** The rubric's level label for a score (90+ Staff/Principal … below 60 still developing). */
export function rubricLevel(rubric: Rubric, score: number): Rubric['levels'][number] {
  const sorted = [...rubric.levels].sort((a, b) => b.min - a.min);
  return sorted.find((level) => score >= level.min) ?? sorted[sorted.length - 1]!;
}

/**
 * Modules 00–04 are the junior weeks' foundations (environment, Python, data, features, a first
 * model): a 100 there says nothing about being Staff or Senior, so they get a neutral label.
 */
const FOUNDATION_MODULES: ReadonlySet<ModuleId> = new Set(['00', '01', '02', '03', '04']);

export function levelIsMeaningful(module: ModuleId): boolean {
  return !FOUNDATION_MODULES.has(module);
}
