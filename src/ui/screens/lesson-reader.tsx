import { Box, Text } from 'ink';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { LessonProgress } from '../../core/progress.js';
import type { Messages } from '../../i18n/index.js';
import { Frame } from '../components/frame.js';
import { ScrollList } from '../components/scroll-list.js';
import { StyledLine } from '../components/styled-line.js';
import { scrollStep } from '../hooks/scroll-keys.js';
import { useKeys } from '../hooks/use-keys.js';
import { useTerminalSize } from '../hooks/use-terminal-size.js';
import { lastTop, level2Count, lineOfBlock, percentRead, sectionsReached } from '../markdown/reading.js';
import { renderMarkdown } from '../markdown/render.js';

export interface LessonReaderProps {
  t: Messages;
  moduleId: string;
  title: string;
  body: string;
  saved: LessonProgress | undefined;
  /** Called (debounced, and when leaving) with the position to keep. */
  onSave: (progress: Omit<LessonProgress, 'updatedAt'>) => void;
  /** The table of contents is open: "b" closes it instead of leaving the lesson. */
  onCaptureBack: (capture: boolean) => void;
  active: boolean;
}

const SAVE_DELAY_MS = 800;

export function LessonReader({ t, moduleId, title, body, saved, onSave, onCaptureBack, active }: LessonReaderProps) {
  const { columns, rows } = useTerminalSize();
  const width = Math.max(20, Math.min(columns, 100));
  // Frame (4 lines) + the "lesson read" line: the output stays shorter than the terminal.
  const height = Math.max(3, rows - 6);
  // Re-wrapped whenever the terminal's width changes.
  const document = useMemo(() => renderMarkdown(body, { width }), [body, width]);
  const [top, setTop] = useState(() => lineOfBlock(document, saved?.position ?? 0));
  const [toc, setToc] = useState(false);
  const reached = useRef(new Set<number>(saved?.sectionsRead ?? []));
  const wasRead = useRef(saved?.read ?? false);
  const maxTop = lastTop(document, height);
  const clampedTop = Math.min(top, maxTop);

  // Keep the same place when a resize re-wraps the text.
  const anchor = useRef(document.lines[clampedTop]?.block ?? 0);
  useEffect(() => {
    setTop(lineOfBlock(document, anchor.current));
  }, [document]);
  useEffect(() => {
    anchor.current = document.lines[clampedTop]?.block ?? 0;
  }, [clampedTop, document]);

  for (const index of sectionsReached(document, clampedTop + height)) reached.current.add(index);
  const total = level2Count(document);
  const read = wasRead.current || (total > 0 && reached.current.has(total - 1));
  wasRead.current = read;

  const snapshot = () => ({ position: document.lines[clampedTop]?.block ?? 0, sectionsRead: [...reached.current].sort((a, b) => a - b), read });
  const latest = useRef(snapshot);
  latest.current = snapshot;
  useEffect(() => {
    const timer = setTimeout(() => onSave(latest.current()), SAVE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [clampedTop]);
  // Leaving the reader (b, q, Ctrl-C) saves at once.
  useEffect(() => () => onSave(latest.current()), []);

  useKeys((input, key) => {
    if (toc) return;
    const step = scrollStep(input, key, height, maxTop);
    if (step) setTop((current) => step(Math.min(current, maxTop)));
    else if (input === 't') {
      setToc(true);
      onCaptureBack(true);
    }
  }, active);
  useKeys((input) => {
    if (toc && input === 'b') {
      setToc(false);
      onCaptureBack(false);
    }
  }, active && toc);

  const progress = t.lesson.progress(percentRead(document, clampedTop, height), reached.current.size, total);
  const frameTitle = t.lesson.title(moduleId, title);
  if (toc) {
    const rows = document.sections
      .filter((section) => section.depth <= 3)
      .map((section, index) => ({ key: String(index), label: `${section.depth === 3 ? '   ' : ''}${section.title}`, line: section.line }));
    return (
      <Frame title={frameTitle} context={progress} hints={[t.keys.move, t.lesson.jump, t.keys.back]}>
        <Text bold>{t.lesson.contents}</Text>
        <ScrollList
          rows={rows}
          height={Math.max(3, height - 2)}
          width={width}
          active={active}
          onSelect={(row) => {
            setTop(Math.min(maxTop, rows[Number(row.key)]!.line));
            setToc(false);
            onCaptureBack(false);
          }}
        />
      </Frame>
    );
  }
  const visible = document.lines.slice(clampedTop, clampedTop + height);
  return (
    <Frame title={frameTitle} context={progress} hints={[t.lesson.scroll, t.lesson.contentsKey, t.keys.back, t.keys.quit]}>
      <Box flexDirection="column">
        {visible.map((line, index) => (
          <StyledLine key={clampedTop + index} segments={line.segments} />
        ))}
      </Box>
      {read ? <Text color="green">{t.lesson.done}</Text> : null}
    </Frame>
  );
}
