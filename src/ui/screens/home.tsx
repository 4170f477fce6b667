import { Box, Text } from 'ink';
import { useEffect, useMemo, useState } from 'react';
import type { StatusSummary } from '../../core/status.js';
import type { HomeDigest } from '../../core/today.js';
import type { Plan } from '../../core/types.js';
import type { Messages } from '../../i18n/index.js';
import { Frame } from '../components/frame.js';
import { frameWidth } from '../components/frame-layout.js';
import { ScrollList } from '../components/scroll-list.js';
import { useTerminalSize } from '../hooks/use-terminal-size.js';
import { useKeys } from '../hooks/use-keys.js';
import { homeKeyToAction } from '../keys/home.js';
import { applyChunk } from '../components/text-field.js';
import { truncate } from '../layout.js';
import { SHORTCUTS, SHORTCUT_KEYS, findRows, homeRows, type HomeAction } from './home-rows.js';
import { homeChrome, homeListHeight, homeStatus } from './home-status.js';

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
  const width = frameWidth(columns);
  const [query, setQuery] = useState<string | null>(null);
  const found = useMemo(() => (query === null ? [] : findRows(t, summary, query)), [t, summary, query]);
  const noticeRows = notice ? Math.ceil(notice.length / width) : 0;
  const listHeight = homeListHeight(height, noticeRows);
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

  const status = homeStatus(t, summary, digest);
  const chrome = homeChrome(t, summary);
  return (
    <Frame
      title={chrome.title}
      context={chrome.context}
      hints={finding ? [t.home.findKeys] : chrome.hints}
      notice={notice}
    >
      <Text wrap="truncate">
        {status.when}
        {status.pace ? <Text color={status.paceColor}>{` · ${status.pace}`}</Text> : null}
      </Text>
      <Text wrap="truncate">{truncate(status.progress, width)}</Text>
      <Text wrap="truncate">{truncate(status.level, width)}</Text>
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
