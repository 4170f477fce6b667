// The learner's situation as data: what `status`, `status --json` and the home screen show.
import {
  checkScores,
  continueTarget,
  LESSON_SECTION_COUNT,
  moduleStatus,
  overdueModules,
  type ModuleProgress,
  type ModuleStatus,
} from './progress.js';
import { dueIds, summarizeDrills, type DrillRecord, type DrillSummary } from './practice.js';
import { planFor, weekOfModule, weekPosition, type WeekPhase } from './schedule.js';
import type { Lang, Level, ModuleId, Pace, Syllabus } from './types.js';

export interface StatusInput {
  syllabus: Syllabus;
  lang: Lang;
  today: string;
  startDate: string;
  paceWeeks: Pace;
  progress: Partial<Record<ModuleId, ModuleProgress>>;
  lastModule?: ModuleId | undefined;
  /** The learner's own drill level (Settings); the week's level otherwise. */
  drillLevel?: Level | undefined;
  /** Drills and review cards, counted at `now` (an ISO time). */
  practice?:
    { now: string; cards: Readonly<Record<string, { due: string }>>; drills: readonly DrillRecord[] } | undefined;
}

export interface ModuleSummary {
  id: ModuleId;
  slug: string;
  title: string;
  week: number;
  status: ModuleStatus;
  overdue: boolean;
  thisWeek: boolean;
  lessonRead: boolean;
  quizBest: number | null;
  checkBest: number | null;
  /** The last checker run's score (what the module stands at now). */
  checkLast: number | null;
  /** Weeks since the module's last planned week, when it is behind; 0 otherwise. */
  behindWeeks: number;
}

export interface StatusSummary {
  today: string;
  startDate: string;
  paceWeeks: Pace;
  week: number;
  totalWeeks: number;
  phase: WeekPhase;
  daysToStart: number;
  drillLevel: Level;
  interviewWeek: boolean;
  thisWeek: ModuleId[];
  continue: ModuleId | null;
  modulesDone: number;
  modules: ModuleSummary[];
  reviewsDue: number;
  drills: DrillSummary;
  /** Lessons started and not finished: the share of sections read (what Continue resumes). */
  lessonPlaces?: Partial<Record<ModuleId, number>>;
}

export function summarize(input: StatusInput): StatusSummary {
  const plan = planFor(input.syllabus, input.paceWeeks);
  const position = weekPosition(plan, input.startDate, input.today);
  const overdue = new Set(overdueModules(plan, position.week, input.progress));
  const current = new Set(position.plan.modules);
  const modules = input.syllabus.modules.map((module): ModuleSummary => {
    const progress = input.progress[module.id];
    const scores = checkScores(progress?.check);
    const lastWeek = plan.weeks.reduce((last, week, index) => (week.modules.includes(module.id) ? index + 1 : last), 0);
    return {
      id: module.id,
      slug: module.slug,
      title: module.title[input.lang],
      week: weekOfModule(plan, module.id),
      status: moduleStatus(progress),
      overdue: overdue.has(module.id),
      thisWeek: current.has(module.id),
      lessonRead: progress?.lesson?.read ?? false,
      quizBest: progress?.quiz?.best ?? null,
      checkBest: scores?.best ?? null,
      checkLast: scores?.last ?? null,
      behindWeeks: overdue.has(module.id) ? Math.max(1, position.week - lastWeek) : 0,
    };
  });
  return {
    today: input.today,
    startDate: input.startDate,
    paceWeeks: input.paceWeeks,
    week: position.week,
    totalWeeks: position.totalWeeks,
    phase: position.phase,
    daysToStart: position.daysToStart,
    drillLevel: input.drillLevel ?? position.plan.drill,
    interviewWeek: Boolean(position.plan.interview),
    thisWeek: position.plan.modules,
    continue: continueTarget(plan, input.progress, input.lastModule) ?? null,
    modulesDone: modules.filter((module) => module.status === 'done').length,
    modules,
    lessonPlaces: Object.fromEntries(
      Object.entries(input.progress)
        .filter(([, progress]) => progress?.lesson && !progress.lesson.read)
        .map(([id, progress]) => [
          id,
          Math.round((progress!.lesson!.sectionsRead.length / LESSON_SECTION_COUNT) * 100),
        ]),
    ),
    reviewsDue: input.practice ? dueIds(input.practice.cards, new Date(input.practice.now)).length : 0,
    drills: summarizeDrills(input.practice?.drills ?? [], new Date(input.practice?.now ?? `${input.today}T00:00:00Z`)),
  };
}
