import { Box, Text } from 'ink';
import { useEffect, useMemo, useState } from 'react';
import type { StatusSummary } from '../../core/status.js';
import { progressBar, type HomeDigest } from '../../core/today.js';
import type { Plan } from '../../core/types.js';
import type { Messages } from '../../i18n/index.js';
import { Frame } from '../components/frame.js';
import { ScrollList } from '../components/scroll-list.js';
import { useTerminalSize } from '../hooks/use-terminal-size.js';
import { useKeys } from '../hooks/use-keys.js';
import { homeKeyToAction } from '../keys/home.js';
import { applyChunk } from '../components/text-field.js';
import { truncate } from '../layout.js';
import { SHORTCUTS, SHORTCUT_KEYS, behindList, findRows, homeRows, type HomeAction } from './home-rows.js';

export { findRows, homeRows, stepRow, type HomeAction } from './home-rows.js';

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
