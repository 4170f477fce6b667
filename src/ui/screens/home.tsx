import { Box, Text } from 'ink';
import { useEffect, useMemo, useState } from 'react';
import type { StatusSummary } from '../../core/status.js';
import { progressBar, type HomeDigest, type TodayStep } from '../../core/today.js';
import type { ModuleId, Plan } from '../../core/types.js';
import type { Messages } from '../../i18n/index.js';
import { Frame } from '../components/frame.js';
import { ScrollList, type ListRow } from '../components/scroll-list.js';
import { useTerminalSize } from '../hooks/use-terminal-size.js';
import { useKeys } from '../hooks/use-keys.js';
import { homeKeyToAction } from '../keys/home.js';
import { applyChunk } from '../components/text-field.js';
import { truncate } from '../layout.js';
import { stepDetail } from '../deliverables-text.js';

export interface HomeProps {
  t: Messages;
  summary: StatusSummary;
  plan: Plan;
  digest: HomeDigest;
  notice?: string | undefined;
  active: boolean;
  /** The row to select first (the one the learner opened last). */
  selectedKey?: string | undefined;
  /**
   * `row`: the key of the row chosen, so back returns to it; absent for a single-key shortcut, so the
   * list keeps its place (the cursor does not jump to that row).
   */
  onOpen: (action: HomeAction, row?: string) => void;
  /** True while `/` has a search field open, so the app's single-letter keys stay off. */
  onEditing?: ((editing: boolean) => void) | undefined;
}

/**
 * What choosing a home row does. `module` opens the module page, and with `then` the step on top of
 * it (so b lands on the module page, as from the module).
 */
export type HomeAction =
  | { type: 'module'; id: ModuleId; then?: TodayStep['kind'] | undefined }
  | { type: 'open'; route: 'plan' | 'route' | 'settings' | 'drill' | 'review' | 'stats' | 'deliverables' | 'pitch' }
  | { type: 'help' }
  | { type: 'quit' }
  | { type: 'none' };

/** A home row and what choosing it does (headings do nothing). */
export type HomeRow = ListRow & { action: HomeAction };

const open = (route: Extract<HomeAction, { type: 'open' }>['route']): HomeAction => ({ type: 'open', route });
const heading = (key: string, label: string, highlight: boolean): HomeRow => ({
  key,
  label,
  heading: true,
  highlight,
  action: { type: 'none' },
});

/** Home's single keys and what each opens. */
const SHORTCUTS: Readonly<Record<string, HomeAction>> = {
  d: open('drill'),
  r: open('review'),
  s: open('stats'),
  p: open('plan'),
  f: open('deliverables'),
  i: open('pitch'),
};
const SHORTCUT_KEYS: ReadonlySet<string> = new Set(Object.keys(SHORTCUTS));

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

export function Home({ t, summary, plan, digest, notice, active, selectedKey, onOpen, onEditing }: HomeProps) {
  const { columns, rows: height } = useTerminalSize();
  const width = Math.max(20, columns);
  const [query, setQuery] = useState<string | null>(null);
  const found = useMemo(() => (query === null ? [] : findRows(t, summary, query)), [t, summary, query]);
  const noticeRows = notice ? Math.ceil(notice.length / width) : 0;
  // Title, rule, three status lines, rule, hint, and the list's position line.
  const listHeight = Math.max(3, height - 8 - noticeRows - 1);
  const rows = useMemo(
    () => homeRows(t, summary, plan, digest.steps, listHeight, digest.deliverables),
    [t, summary, plan, digest, listHeight],
  );
  const finding = query !== null;
  // Cleared on unmount too: choosing a found module leaves home before the next render.
  useEffect(() => {
    onEditing?.(finding);
    return () => onEditing?.(false);
  }, [finding, onEditing]);

  useKeys((input, key) => {
    const action = homeKeyToAction(input, key, { finding: query !== null, shortcuts: SHORTCUT_KEYS });
    // Functional updates: keys typed fast arrive before the next render.
    if (action?.type === 'close-find') setQuery(null);
    else if (action?.type === 'erase')
      setQuery((current) => (current === null ? null : [...current].slice(0, -1).join('')));
    else if (action?.type === 'type')
      setQuery((current) => (current === null ? null : applyChunk(current, action.chunk).value));
    else if (action?.type === 'find') setQuery('');
    else if (action?.type === 'shortcut') onOpen(SHORTCUTS[action.letter]!);
  }, active);

  const when =
    summary.phase === 'before'
      ? t.home.startsIn(summary.daysToStart)
      : summary.phase === 'after'
        ? t.home.planComplete
        : t.home.week(summary.week, summary.totalWeeks);
  const pace =
    digest.pace.kind === 'behind'
      ? t.home.behind(behindList(digest.pace.modules))
      : digest.pace.kind === 'ahead'
        ? t.home.ahead
        : '';
  const { progress } = digest;
  const barWidth = 10;
  const progressLine = `${progressBar(progress, barWidth)} ${t.home.progress(progress.modulesPassed, progress.total, progress.lessonsRead, progress.quizzesPassed)}`;
  const levelLine = [
    digest.level ? t.home.level(digest.level.label, digest.level.score) : t.home.noLevel,
    t.home.streak(digest.streak),
  ].join(' · ');
  return (
    <Frame
      title={`mlops-tutor · ${t.home.passed(summary.modulesDone, summary.modules.length)}`}
      context={summary.phase === 'during' ? t.home.week(summary.week, summary.totalWeeks) : ''}
      hints={
        finding
          ? [t.home.findKeys]
          : [t.home.keys, t.keys.quit, t.keys.help, t.pitch.keys.home, t.keys.move, t.keys.open]
      }
      notice={notice}
    >
      <Text wrap="truncate">
        {when}
        {pace ? <Text color={digest.pace.kind === 'behind' ? 'yellow' : 'green'}>{` · ${pace}`}</Text> : null}
      </Text>
      <Text wrap="truncate">{truncate(progressLine, width)}</Text>
      <Text wrap="truncate">{truncate(levelLine, width)}</Text>
      {finding ? (
        <Box flexDirection="column">
          <Text>
            {t.home.find}
            <Text bold>{query}</Text>▏
          </Text>
          {found.length === 0 ? (
            <Text dimColor>{t.home.findNone}</Text>
          ) : (
            <ScrollList
              key={`find:${query}`}
              rows={found}
              height={listHeight - 1}
              width={width}
              active={active}
              onSelect={(row) => {
                setQuery(null);
                onOpen(row.action, row.key);
              }}
            />
          )}
        </Box>
      ) : (
        <Box flexDirection="column">
          <ScrollList
            rows={rows}
            height={listHeight}
            width={width}
            active={active}
            initialKey={selectedKey ?? rows[1]!.key}
            onSelect={(row) => onOpen(row.action, row.key)}
          />
        </Box>
      )}
    </Frame>
  );
}
