import { Box, Text } from 'ink';
import { useEffect, useRef, useState } from 'react';
import { useKeys } from '../hooks/use-keys.js';
import { scrollOffset, truncate } from '../layout.js';

export interface ListRow {
  key: string;
  label: string;
  /** Shown right-aligned (a status, a score). */
  detail?: string | undefined;
  /** Headings are shown but cannot be selected. */
  heading?: boolean | undefined;
  highlight?: boolean | undefined;
  /** The detail's colour when it is a warning ("behind"); dim otherwise. */
  detailColor?: string | undefined;
}

/** Generic over the row type, so a screen's rows can carry what selecting them does (home's actions). */
export interface ScrollListProps<Row extends ListRow = ListRow> {
  rows: Row[];
  height: number;
  width: number;
  onSelect: (row: Row) => void;
  /** Key of the row selected first. */
  initialKey?: string | undefined;
  active?: boolean;
  /** Called when the cursor moves onto a row (screens whose keys act on the row under the cursor). */
  onHighlight?: ((row: Row) => void) | undefined;
}

/** A list that scrolls a window over its rows (ink-select-input's `limit` rotates instead). */
export function ScrollList<Row extends ListRow = ListRow>({ rows, height, width, onSelect, initialKey, active = true, onHighlight }: ScrollListProps<Row>) {
  const selectable = rows.map((row, index) => (row.heading ? -1 : index)).filter((index) => index >= 0);
  const initial = Math.max(0, rows.findIndex((row) => row.key === initialKey && !row.heading));
  const [selected, setSelected] = useState(selectable.includes(initial) ? initial : (selectable[0] ?? 0));
  // Keys can arrive between a render and the effect that hands Ink the new handler; the ref
  // always holds the latest row, so fast Down+Enter selects what the screen shows.
  const latest = useRef(selected);
  const [offset, setOffset] = useState(0);
  const visible = Math.max(1, height);

  // Keep a heading directly above the first selectable row visible when scrolled to the top.
  useEffect(() => {
    setOffset((current) => {
      const first = selectable[0] === selected ? 0 : scrollOffset(selected, current, visible, rows.length);
      return first;
    });
  }, [selected, visible, rows.length]);

  useKeys((input, key) => {
    const current = latest.current;
    const position = selectable.indexOf(current);
    let next: number | undefined;
    if (key.downArrow || input === 'j') next = selectable[Math.min(position + 1, selectable.length - 1)];
    else if (key.upArrow || input === 'k') next = selectable[Math.max(position - 1, 0)];
    else if (key.pageDown) next = selectable.find((index) => index >= current + visible) ?? selectable[selectable.length - 1];
    else if (key.pageUp) next = [...selectable].reverse().find((index) => index <= current - visible) ?? selectable[0];
    else if (key.return) {
      const row = rows[current];
      if (row && !row.heading) onSelect(row);
    }
    if (next !== undefined && next !== current) {
      latest.current = next;
      setSelected(next);
      if (rows[next]) onHighlight?.(rows[next]!);
    }
  }, active);

  const window = rows.slice(offset, offset + visible);
  return (
    <Box flexDirection="column">
      {window.map((row, index) => {
        const isSelected = offset + index === selected;
        const detail = row.detail ?? '';
        const labelWidth = Math.max(4, width - 2 - (detail ? [...detail].length + 1 : 0));
        const label = truncate(row.label, labelWidth);
        if (row.heading)
          return (
            <Text key={row.key} bold color={row.highlight ? 'cyan' : undefined}>
              {truncate(row.label, width)}
            </Text>
          );
        return (
          <Box key={row.key} width={width}>
            <Text color={isSelected ? 'cyan' : undefined}>{isSelected ? '❯ ' : '  '}</Text>
            <Box flexGrow={1}>
              <Text color={isSelected ? 'cyan' : undefined} bold={isSelected || row.highlight}>
                {label}
              </Text>
            </Box>
            {detail ? (
              <Text dimColor={!isSelected && !row.detailColor} color={row.detailColor}>
                {` ${detail}`}
              </Text>
            ) : null}
          </Box>
        );
      })}
      {rows.length > visible ? <Text dimColor>{`${offset + 1}–${Math.min(offset + visible, rows.length)}/${rows.length}`}</Text> : null}
    </Box>
  );
}
