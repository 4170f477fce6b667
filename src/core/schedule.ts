// Where the learner is in time: the current week of their plan and what it asks for.
// Dates are plain calendar days ("YYYY-MM-DD"); the caller passes today's date so this stays pure.
import type { Level, ModuleId, Pace, Plan, PlanWeek, Syllabus } from './types.js';

const DAY_MS = 24 * 60 * 60 * 1000;
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Parses "YYYY-MM-DD" as a calendar day; undefined when it is not a real date. */
export function parseDay(text: string): number | undefined {
  const match = ISO_DAY.exec(text.trim());
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const time = Date.UTC(year, month - 1, day);
  const back = new Date(time);
  // Date.UTC rolls 2026-02-31 over to March; a real date survives the round trip.
  if (back.getUTCFullYear() !== year || back.getUTCMonth() !== month - 1 || back.getUTCDate() !== day) return undefined;
  return time;
}

/** The local calendar day of a Date, as "YYYY-MM-DD". */
export function formatDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

export function planFor(syllabus: Syllabus, pace: Pace): Plan {
  const plan = syllabus.plans.find((candidate) => candidate.paceWeeks === pace);
  if (!plan) throw new Error(`No plan for a pace of ${pace} weeks`);
  return plan;
}

export type WeekPhase = 'before' | 'during' | 'after';

export interface WeekPosition {
  /** 1-based week of the plan, clamped to the plan's length. */
  week: number;
  totalWeeks: number;
  phase: WeekPhase;
  /** Days until the start date when phase is "before". */
  daysToStart: number;
  plan: PlanWeek;
}

export function weekPosition(plan: Plan, startDate: string, today: string): WeekPosition {
  const start = parseDay(startDate);
  const now = parseDay(today);
  if (start === undefined || now === undefined) throw new Error(`Invalid date: ${startDate} / ${today}`);
  const elapsedDays = Math.round((now - start) / DAY_MS);
  const totalWeeks = plan.weeks.length;
  let phase: WeekPhase = 'during';
  let week = Math.floor(elapsedDays / 7) + 1;
  if (elapsedDays < 0) {
    phase = 'before';
    week = 1;
  } else if (week > totalWeeks) {
    phase = 'after';
    week = totalWeeks;
  }
  return { week, totalWeeks, phase, daysToStart: Math.max(0, -elapsedDays), plan: plan.weeks[week - 1]! };
}

/** The first week of the plan that includes a module. */
export function weekOfModule(plan: Plan, id: ModuleId): number {
  const index = plan.weeks.findIndex((week) => week.modules.includes(id));
  return index + 1;
}

/** The drill level the syllabus assigns to a week (junior early, senior at the end). */
export function drillLevelForWeek(plan: Plan, week: number): Level {
  return plan.weeks[Math.min(Math.max(week, 1), plan.weeks.length) - 1]!.drill;
}
