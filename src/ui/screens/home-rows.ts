// Home's rows as data: Today's steps, the modules by week, practice and the rest, each with a typed
// action; the single-key shortcuts and the module finder. Pure: home.tsx draws them.
import type { StatusSummary } from '../../core/status.js';
import type { TodayStep } from '../../core/today.js';
import type { ModuleId, Plan } from '../../core/types.js';
import type { Messages } from '../../i18n/index.js';
import type { ListRow } from '../components/scroll-list.js';
import { stepDetail } from '../deliverables-text.js';

export type HomeAction =
  | { type: 'module'; id: ModuleId; then?: TodayStep['kind'] | undefined }
  | { type: 'open'; route: 'plan' | 'route' | 'settings' | 'drill' | 'review' | 'stats' | 'deliverables' | 'pitch' }
  | { type: 'help' }
  | { type: 'quit' }
  | { type: 'none' };

/** A home row and what choosing it does (headings do nothing). */
export type HomeRow = ListRow & { action: HomeAction };

export const open = (route: Extract<HomeAction, { type: 'open' }>['route']): HomeAction => ({ type: 'open', route });
export const heading = (key: string, label: string, highlight: boolean): HomeRow => ({
  key,
  label,
  heading: true,
  highlight,
  action: { type: 'none' },
});

/** Home's single keys and what each opens. */
export const SHORTCUTS: Readonly<Record<string, HomeAction>> = {
  d: open('drill'),
  r: open('review'),
  s: open('stats'),
  p: open('plan'),
  f: open('deliverables'),
  i: open('pitch'),
};
export const SHORTCUT_KEYS: ReadonlySet<string> = new Set(Object.keys(SHORTCUTS));

/** A step of Today as a row: what to do, and how far it is. */
export function stepRow(t: Messages, step: TodayStep): HomeRow {
  return {
    key: `step:${step.kind}:${step.module}`,
    label: t.home.step[step.kind](step.module),
    detail: stepDetail(t, step),
    detailColor: step.state === 'done' ? 'green' : undefined,
    action: { type: 'module', id: step.module, then: step.kind },
  };
}

/** "✓", "–" or the step's figure: the state of one step in a module's one-line summary. */
function stepMark(step: TodayStep): string {
  if (step.state === 'done') return '✓';
  if (step.value === null) return '–';
  return step.kind === 'check' ? String(step.value) : `${step.value} %`;
}

/**
 * One row per module of the week: its next step to open, with the state of each step beside it.
 * Used when a step per row would not fit above the fold (three-module weeks, short terminals).
 */
export function moduleStepRows(t: Messages, steps: readonly TodayStep[]): HomeRow[] {
  const modules = [...new Set(steps.map((step) => step.module))];
  return modules.map((module) => {
    const own = steps.filter((step) => step.module === module);
    const next = own.find((step) => step.state !== 'done');
    const detail = own.map((step) => `${t.home.stepShort[step.kind]} ${stepMark(step)}`).join(' · ');
    if (!next)
      return {
        key: `step:module:${module}`,
        label: t.home.modulePassed(module),
        detail,
        detailColor: 'green',
        action: { type: 'module', id: module },
      };
    return {
      key: `step:${next.kind}:${module}`,
      label: t.home.step[next.kind](module),
      detail,
      action: { type: 'module', id: module, then: next.kind },
    };
  });
}

/** Rows of Today's steps that fit in `room` rows, besides Continue, reviews and the drill. */
export function todayRows(t: Messages, steps: readonly TodayStep[], room: number): HomeRow[] {
  return steps.length + 4 <= room ? steps.map((step) => stepRow(t, step)) : moduleStepRows(t, steps);
}

/** "01, 02" — or "00…08 (9)" when a full list would not fit on the line. */
export function behindList(ids: readonly string[]): string {
  return ids.length <= 4 ? ids.join(', ') : `${ids[0]}…${ids[ids.length - 1]} (${ids.length})`;
}

/** Lower-case without accents, so "intro" finds "Introducción". */
const fold = (text: string) =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();

/** Module rows whose number or title contains the query (each module once). */
export function findRows(t: Messages, summary: StatusSummary, query: string): HomeRow[] {
  const wanted = fold(query.trim());
  return summary.modules
    .filter((module) => !wanted || module.id.includes(wanted) || fold(module.title).includes(wanted))
    .map((module) => ({
      key: `module:${module.id}`,
      label: `${module.id} ${module.title}`,
      detail: module.overdue ? t.status.overdue : t.status[module.status],
      action: { type: 'module', id: module.id },
    }));
}

/** " · 55 (best 91)": the last run, and the best when a later run scored lower. */
export function checkDetail(t: Messages, last: number | null, best: number | null): string {
  if (last === null || best === null) return '';
  return best > last ? ` · ${last} ${t.home.bestOf(best)}` : ` · ${last}`;
}

/** Rows of the home list: Today (Continue, the week's steps, reviews, drill), the plan week by week, then the rest. */
export function homeRows(
  t: Messages,
  summary: StatusSummary,
  plan: Plan,
  steps: readonly TodayStep[] = [],
  room = Infinity,
  deliverables?: { done: number; total: number },
): HomeRow[] {
  const byId = new Map(summary.modules.map((module) => [module.id, module]));
  const next = summary.continue ? byId.get(summary.continue) : undefined;
  // Continue goes back into a lesson left half-read; otherwise to the module page.
  const resume = next && summary.lessonPlaces?.[next.id];
  const rows: HomeRow[] = [
    heading('heading:today', t.home.today, true),
    {
      key: next ? (resume ? `lesson:${next.id}` : `module:${next.id}`) : 'continue:none',
      action: next ? { type: 'module', id: next.id, then: resume ? 'lesson' : undefined } : { type: 'none' },
      label: next ? t.home.continue(next.id, next.title) : t.home.allDone,
      detail: resume ? t.lesson.status(`${resume} %`) : undefined,
      highlight: true,
    },
    ...todayRows(t, steps, room),
    {
      key: 'review',
      label: t.practice.review.home(summary.reviewsDue),
      highlight: summary.reviewsDue > 0,
      action: open('review'),
    },
    { key: 'drill', label: t.practice.drill.home(t.levels[summary.drillLevel]), action: open('drill') },
  ];
  plan.weeks.forEach((week, index) => {
    const number = index + 1;
    const current = number === summary.week && summary.phase !== 'after';
    const title = week.interview
      ? `${t.home.weekHeading(number)} · ${t.home.interviewWeek} (${t.levels[week.drill]})`
      : t.home.weekHeading(number);
    rows.push(heading(`week:${number}`, current ? `▸ ${title}` : title, current));
    for (const id of week.modules) {
      const module = byId.get(id)!;
      // A module spread over two weeks is listed in each; the key keeps rows distinct.
      rows.push({
        key: `module:${id}:${number}`,
        label: `${id} ${module.title}`,
        // The state, and the last checker score once there is one (the best beside it when higher).
        detail: `${module.overdue ? t.status.overdue : t.status[module.status]}${checkDetail(t, module.checkLast, module.checkBest)}`,
        // "behind" is a warning, not dim like "not started".
        detailColor: module.overdue ? 'yellow' : undefined,
        action: { type: 'module', id },
      });
    }
  });
  rows.push(
    { key: 'stats', label: t.practice.stats.home, action: open('stats') },
    { key: 'pitch', label: t.pitch.home, action: open('pitch') },
    { key: 'plan', label: t.home.plan, action: open('plan') },
    ...(deliverables
      ? [
          {
            key: 'deliverables',
            label: t.deliverables.home(deliverables.done, deliverables.total),
            action: open('deliverables'),
          },
        ]
      : []),
    { key: 'route', label: t.home.route, action: open('route') },
    { key: 'settings', label: t.home.settings, action: open('settings') },
    { key: 'help', label: t.home.help, action: { type: 'help' } },
    { key: 'quit', label: t.home.quit, action: { type: 'quit' } },
  );
  return rows;
}
