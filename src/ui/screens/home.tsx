import { Box, Text } from 'ink';
import { useMemo } from 'react';
import type { StatusSummary } from '../../core/status.js';
import type { Plan } from '../../core/types.js';
import type { Messages } from '../../i18n/index.js';
import { Frame } from '../components/frame.js';
import { ScrollList, type ListRow } from '../components/scroll-list.js';
import { useTerminalSize } from '../hooks/use-terminal-size.js';

export interface HomeProps {
  t: Messages;
  summary: StatusSummary;
  plan: Plan;
  notice?: string | undefined;
  active: boolean;
  /** The row to select first (the one the learner opened last). */
  selectedKey?: string | undefined;
  onOpen: (key: string) => void;
}

/** " · 55 (best 91)": the last run, and the best when a later run scored lower. */
export function checkDetail(t: Messages, last: number | null, best: number | null): string {
  if (last === null || best === null) return '';
  return best > last ? ` · ${last} ${t.home.bestOf(best)}` : ` · ${last}`;
}

/** Rows of the home list: Continue, the plan week by week, then settings/help/quit. */
export function homeRows(t: Messages, summary: StatusSummary, plan: Plan): ListRow[] {
  const byId = new Map(summary.modules.map((module) => [module.id, module]));
  const next = summary.continue ? byId.get(summary.continue) : undefined;
  // Continue goes back into a lesson left half-read; otherwise to the module page.
  const resume = next && summary.lessonPlaces?.[next.id];
  const rows: ListRow[] = [
    {
      key: next ? (resume ? `lesson:${next.id}` : `module:${next.id}`) : 'continue:none',
      label: next ? t.home.continue(next.id, next.title) : t.home.allDone,
      detail: resume ? t.lesson.status(`${resume} %`) : undefined,
      highlight: true,
    },
  ];
  plan.weeks.forEach((week, index) => {
    const number = index + 1;
    const current = number === summary.week && summary.phase !== 'after';
    const title = week.interview ? `${t.home.weekHeading(number)} · ${t.home.interviewWeek} (${t.levels[week.drill]})` : t.home.weekHeading(number);
    rows.push({ key: `week:${number}`, label: current ? `▸ ${title}` : title, heading: true, highlight: current });
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
      });
    }
  });
  // Practice: the week's drill level, the reviews due, the stats.
  rows.push(
    { key: 'drill', label: t.practice.drill.home(t.levels[summary.drillLevel]) },
    { key: 'review', label: t.practice.review.home(summary.reviewsDue), highlight: summary.reviewsDue > 0 },
    { key: 'stats', label: t.practice.stats.home },
  );
  rows.push(
    { key: 'plan', label: t.home.plan },
    { key: 'route', label: t.home.route },
    { key: 'settings', label: t.home.settings },
    { key: 'help', label: t.home.help },
    { key: 'quit', label: t.home.quit },
  );
  return rows;
}

export function Home({ t, summary, plan, notice, active, selectedKey, onOpen }: HomeProps) {
  const { columns, rows: height } = useTerminalSize();
  const rows = useMemo(() => homeRows(t, summary, plan), [t, summary, plan]);
  const overdue = summary.modules.filter((module) => module.overdue).length;
  const when =
    summary.phase === 'before' ? t.home.startsIn(summary.daysToStart) : summary.phase === 'after' ? t.home.planComplete : t.home.week(summary.week, summary.totalWeeks);
  const line = [summary.phase === 'during' ? '' : when, t.home.drillLevel(t.levels[summary.drillLevel]), overdue ? t.home.overdue(overdue) : ''].filter(Boolean).join(' · ');
  const noticeRows = notice ? Math.ceil(notice.length / Math.max(20, columns)) : 0;
  // Title, rule, status line, rule, hint, and the list's position line.
  const listHeight = Math.max(3, height - 6 - noticeRows - 1);
  return (
    <Frame title={`mlops-tutor · ${t.home.passed(summary.modulesDone, summary.modules.length)}`} context={summary.phase === 'during' ? t.home.week(summary.week, summary.totalWeeks) : ''} hints={[t.keys.move, t.keys.open, t.keys.help, t.keys.quit]} notice={notice}>
      <Text wrap="truncate">{line}</Text>
      <Box flexDirection="column">
        <ScrollList rows={rows} height={listHeight} width={Math.max(20, columns)} active={active} initialKey={selectedKey ?? rows[0]!.key} onSelect={(row) => onOpen(row.key)} />
      </Box>
    </Frame>
  );
}
