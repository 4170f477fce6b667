import { Box, Text } from 'ink';
import { useEffect, useRef, useState } from 'react';
import { useKeys } from '../hooks/use-keys.js';
import { listKeyToAction } from '../keys/list.js';
import { keepVisible } from '../scroll/model.js';
import { nextSelection } from '../scroll/selection.js';
import { initialSelection, positionText, rowTexts, SELECTED_MARK, UNSELECTED_MARK } from './list-layout.js';

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
export function ScrollList<Row extends ListRow = ListRow>({
  rows,
  height,
  width,
  onSelect,
  initialKey,
  active = true,
  onHighlight,
}: ScrollListProps<Row>) {
  const selectable = rows.map((row, index) => (row.heading ? -1 : index)).filter((index) => index >= 0);
  const [selected, setSelected] = useState(() => initialSelection(rows, initialKey));
  // Keys can arrive between a render and the effect that hands Ink the new handler; the ref
  // always holds the latest row, so fast Down+Enter selects what the screen shows.
  const latest = useRef(selected);
  const visible = Math.max(1, height);
  // Keep a heading directly above the first selectable row visible when scrolled to the top.
  const offsetFor = (current: number, row: number) =>
    selectable[0] === row ? 0 : keepVisible(current, row, row, visible, rows.length);
  // Scrolled to the selected row from the first frame: a list opened on a row far down (home after
  // Settings) drew its top first, then jumped.
  const [offset, setOffset] = useState(() => offsetFor(0, selected));

  // After a resize or new rows. A key sets the offset with the selection (below): through this
  // effect alone, a move that scrolls took a second render, which Ink's frame throttle held back
  // (up to 17 ms at 60 fps: the slowest moves in the bench); after a key it changes nothing now.
  useEffect(() => {
    setOffset((current) => offsetFor(current, selected));
    // `selectable` is derived from `rows` on every render; rows.length stands for it.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [selected, visible, rows.length]);

  useKeys((input, key) => {
    const current = latest.current;
    const action = listKeyToAction(input, key);
    if (!action) return;
    if (action.type === 'select') {
      const row = rows[current];
      if (row && !row.heading) onSelect(row);
      return;
    }
    const next = nextSelection(selectable, current, action, visible);
    if (next !== current) {
      latest.current = next;
      setSelected(next);
      setOffset((offset) => offsetFor(offset, next));
      if (rows[next]) onHighlight?.(rows[next]!);
    }
  }, active);

  const window = rows.slice(offset, offset + visible);
  return (
    <Box flexDirection="column">
      {window.map((row, index) => {
        const isSelected = offset + index === selected;
        const { label, detail } = rowTexts(row, width);
        if (row.heading)
          return (
            <Text key={row.key} bold color={row.highlight ? 'cyan' : undefined}>
              {label}
            </Text>
          );
        return (
          <Box key={row.key} width={width}>
            <Text color={isSelected ? 'cyan' : undefined}>{isSelected ? SELECTED_MARK : UNSELECTED_MARK}</Text>
            <Box flexGrow={1}>
              <Text color={isSelected ? 'cyan' : undefined} bold={isSelected || row.highlight}>
                {label}
              </Text>
            </Box>
            {detail ? (
              <Text dimColor={!isSelected && !row.detailColor} color={row.detailColor}>
                {detail}
              </Text>
            ) : null}
          </Box>
        );
      })}
      {rows.length > visible ? <Text dimColor>{positionText(offset, visible, rows.length)}</Text> : null}
    </Box>
  );
}
