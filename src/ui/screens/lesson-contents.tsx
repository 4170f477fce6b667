// The lesson's contents (t): its sections and subsections, a ✓ on sections whose checkpoint was passed,
// the cursor on the section being read; Enter jumps there.
import { Text } from 'ink';
import type { Messages } from '../../i18n/index.js';
import { Frame } from '../components/frame.js';
import { ScrollList } from '../components/scroll-list.js';
import type { RenderedDocument } from '../markdown/types.js';

export interface LessonContentsProps {
  t: Messages;
  title: string;
  progress: string;
  document: RenderedDocument;
  /** Indexes of the level-2 sections whose checkpoint was passed. */
  passed: readonly number[];
  /** The first line on screen in the reader. */
  top: number;
  height: number;
  width: number;
  active: boolean;
  onJump: (line: number) => void;
}

export function LessonContents({
  t,
  title,
  progress,
  document,
  passed,
  top,
  height,
  width,
  active,
  onJump,
}: LessonContentsProps) {
  let level2 = -1;
  const rows = document.sections
    .filter((section) => section.depth <= 3)
    .map((section, index) => {
      if (section.depth === 2) level2 += 1;
      const mark = section.depth === 2 && passed.includes(level2) ? ` ${t.lesson.checkpoint.passed}` : '';
      return {
        key: String(index),
        label: `${section.depth === 3 ? '   ' : ''}${section.title}${mark}`,
        line: section.line,
      };
    });
  // The cursor starts on the section being read.
  const current = rows.reduce((found, row) => (row.line <= top ? row.key : found), rows[0]?.key);
  return (
    <Frame title={title} context={progress} hints={[t.keys.move, t.lesson.jump, t.keys.back]}>
      <Text bold>{t.lesson.contents}</Text>
      <ScrollList
        rows={rows}
        height={Math.max(3, height - 2)}
        width={width}
        active={active}
        initialKey={current}
        onSelect={(row) => onJump(rows[Number(row.key)]!.line)}
      />
    </Frame>
  );
}
