// A scroll list's arithmetic as pure functions: scroll-list.tsx draws it with Ink, and the first
// paint (ui/first-paint/) draws home's list before Ink has loaded.
import { truncate } from '../layout.js';
import type { ListRow } from './scroll-list.js';

/** The row selected first: the one with `initialKey` when it can be selected, else the first that can. */
export function initialSelection(rows: readonly ListRow[], initialKey: string | undefined): number {
  const selectable = rows.map((row, index) => (row.heading ? -1 : index)).filter((index) => index >= 0);
  const initial = Math.max(
    0,
    rows.findIndex((row) => row.key === initialKey && !row.heading),
  );
  return selectable.includes(initial) ? initial : (selectable[0] ?? 0);
}

/** A row's texts at a width: a heading is one truncated label; a row, its label and right-aligned detail. */
export function rowTexts(row: ListRow, width: number): { label: string; detail: string } {
  if (row.heading) return { label: truncate(row.label, width), detail: '' };
  const detail = row.detail ? ` ${row.detail}` : '';
  const labelWidth = Math.max(4, width - 2 - [...detail].length);
  return { label: truncate(row.label, labelWidth), detail };
}

/** "11–20/34" under a list longer than its window; nothing when every row shows. */
export function positionText(offset: number, visible: number, total: number): string {
  return total > visible ? `${offset + 1}–${Math.min(offset + visible, total)}/${total}` : '';
}

export const SELECTED_MARK = '❯ ';
export const UNSELECTED_MARK = '  ';
