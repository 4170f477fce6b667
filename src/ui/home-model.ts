// What home shows, derived from the store: the plan, the status summary and today's digest. Pure, and
// shared by the app (which memoizes each part) and the first paint, so both draw the same home.
import { checkedModules } from '../content/checkers.js';
import { LESSON_SECTION_COUNT } from '../core/progress.js';
import { formatDay, planFor } from '../core/schedule.js';
import { summarize, type StatusSummary } from '../core/status.js';
import { homeDigest, type HomeDigest } from '../core/today.js';
import type { Lang, Plan, Syllabus } from '../core/types.js';
import type { State } from '../state/schema.js';

export const homePlan = (syllabus: Syllabus, data: State): Plan => planFor(syllabus, data.profile?.paceWeeks ?? 8);

export function homeSummary(syllabus: Syllabus, data: State, lang: Lang, today: string, now: number): StatusSummary {
  const { profile } = data;
  return summarize({
    syllabus,
    lang,
    today,
    startDate: profile?.startDate ?? today,
    paceWeeks: profile?.paceWeeks ?? 8,
    progress: data.modules,
    lastModule: data.lastModule,
    drillLevel: profile?.drillLevel,
    practice: { now: new Date(now).toISOString(), cards: data.cards, drills: data.drills },
  });
}

export function homeDigestOf(
  syllabus: Syllabus,
  data: State,
  lang: Lang,
  summary: StatusSummary,
  plan: Plan,
): HomeDigest {
  return homeDigest({
    summary,
    plan,
    rubric: syllabus.rubric,
    lang,
    times: data,
    dayOf: (iso) => formatDay(new Date(iso)),
    hasCheck: (id) => checkedModules.has(id),
    sectionCount: LESSON_SECTION_COUNT,
  });
}
