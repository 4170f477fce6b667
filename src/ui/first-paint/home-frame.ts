// Home as lines of styled segments, laid out as Frame, Home and ScrollList lay it out with Ink, from
// the same pure pieces (frame-layout, list-layout, home-status, home-rows). The first paint draws
// these while Ink loads; tests/ui/first-paint.test.tsx holds them to what Ink draws.
import type { StatusSummary } from '../../core/status.js';
import type { HomeDigest } from '../../core/today.js';
import type { Plan } from '../../core/types.js';
import type { Messages } from '../../i18n/index.js';
import { fitHints, frameHeight, frameWidth, titleParts } from '../components/frame-layout.js';
import { initialSelection, positionText, rowTexts, SELECTED_MARK, UNSELECTED_MARK } from '../components/list-layout.js';
import { codePointLength, truncate } from '../layout.js';
import type { Segment } from '../markdown/types.js';
import { homeRows, type HomeRow } from '../screens/home-rows.js';
import { homeChrome, homeListHeight, homeStatus } from '../screens/home-status.js';

export interface HomeFrameInput {
  t: Messages;
  summary: StatusSummary;
  plan: Plan;
  digest: HomeDigest;
  columns: number;
  rows: number;
}

const spaces = (count: number): Segment[] => (count > 0 ? [{ text: ' '.repeat(count) }] : []);

/** Styled segments cut to a width as Ink's `wrap="truncate"` cuts them: the last cell becomes "…". */
function truncateSegments(segments: Segment[], width: number): Segment[] {
  const total = segments.reduce((sum, segment) => sum + codePointLength(segment.text), 0);
  if (total <= width) return segments;
  const cut: Segment[] = [];
  let room = width - 1;
  for (const segment of segments) {
    const chars = [...segment.text];
    if (chars.length >= room) {
      cut.push({ ...segment, text: `${chars.slice(0, room).join('')}…` });
      return cut;
    }
    cut.push(segment);
    room -= chars.length;
  }
  return cut;
}

function listLine(row: HomeRow, selected: boolean, width: number): Segment[] {
  const { label, detail } = rowTexts(row, width);
  if (row.heading) return [{ text: label, bold: true, color: row.highlight ? 'cyan' : undefined }];
  const color = selected ? 'cyan' : undefined;
  const line: Segment[] = [
    { text: selected ? SELECTED_MARK : UNSELECTED_MARK, color },
    { text: label, color, bold: selected || row.highlight },
  ];
  if (!detail) return line;
  return [
    ...line,
    ...spaces(width - 2 - codePointLength(label) - codePointLength(detail)),
    { text: detail, dim: !selected && !row.detailColor, color: row.detailColor },
  ];
}

/** The lines of home's first frame (no notice, nothing being found, the list at its first row). */
export function homeFrameLines({ t, summary, plan, digest, columns, rows }: HomeFrameInput): Segment[][] {
  const width = frameWidth(columns);
  const chrome = homeChrome(t, summary);
  const { title, right } = titleParts(chrome.title, chrome.context, width);
  const rule: Segment[] = [{ text: '─'.repeat(width), dim: true }];
  const status = homeStatus(t, summary, digest);
  const listHeight = homeListHeight(rows, 0);
  const list = homeRows(t, summary, plan, digest.steps, listHeight, digest.deliverables);
  const selected = initialSelection(list, list[1]?.key);
  const visible = Math.max(1, listHeight);
  const position = positionText(0, visible, list.length);

  const body: Segment[][] = [
    truncateSegments(
      [{ text: status.when }, ...(status.pace ? [{ text: ` · ${status.pace}`, color: status.paceColor }] : [])],
      width,
    ),
    [{ text: truncate(status.progress, width) }],
    [{ text: truncate(status.level, width) }],
    ...list.slice(0, visible).map((row, index) => listLine(row, index === selected, width)),
    ...(position ? [[{ text: position, dim: true }]] : []),
  ];
  const head: Segment[][] = [
    right
      ? [
          { text: title, bold: true },
          ...spaces(width - codePointLength(title) - codePointLength(right)),
          { text: right, dim: true },
        ]
      : [{ text: title, bold: true }],
    rule,
  ];
  const foot: Segment[][] = [rule, [{ text: fitHints(chrome.hints, width), dim: true }]];
  // The body grows to fill the frame's height, as Frame's flexGrow does.
  const filler = Math.max(0, frameHeight(rows) - head.length - body.length - foot.length);
  return [...head, ...body, ...Array.from({ length: filler }, () => []), ...foot];
}
