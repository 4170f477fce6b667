import { Box, Text } from 'ink';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { LessonProgress } from '../../core/progress.js';
import type { Messages } from '../../i18n/index.js';
import { Frame } from '../components/frame.js';
import { ScrollList } from '../components/scroll-list.js';
import { StyledLine } from '../components/styled-line.js';
import { TextField } from '../components/text-field.js';
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
  /** The search field is open: letters are text, not the app's shortcuts. */
  onEditing?: ((editing: boolean) => void) | undefined;
  active: boolean;
}

const SAVE_DELAY_MS = 800;

/** Lines whose text contains `query` (case-insensitive), in order. */
export function matchingLines(lines: readonly { segments: readonly { text: string }[] }[], query: string): number[] {
  const needle = query.toLocaleLowerCase();
  if (!needle) return [];
  return lines.flatMap((line, index) => (line.segments.map((segment) => segment.text).join('').toLocaleLowerCase().includes(needle) ? [index] : []));
}

export function LessonReader({ t, moduleId, title, body, saved, onSave, onCaptureBack, onEditing, active }: LessonReaderProps) {
  const { columns, rows } = useTerminalSize();
  const width = Math.max(20, Math.min(columns, 100));
  // Frame (4 lines) + the "lesson read" line: the output stays shorter than the terminal.
  const height = Math.max(3, rows - 6);
  // Re-wrapped whenever the terminal's width changes.
  const document = useMemo(() => renderMarkdown(body, { width }), [body, width]);
  const [top, setTop] = useState(() => lineOfBlock(document, saved?.position ?? 0));
  const [toc, setToc] = useState(false);
  const [searching, setSearching] = useState(false);
  const [query, setQuery] = useState('');
  const [matchIndex, setMatchIndex] = useState<number | undefined>();
  const matches = useMemo(() => matchingLines(document.lines, query), [document, query]);
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

  const stopSearching = () => {
    setSearching(false);
    onEditing?.(false);
  };
  /** Shows match `index` (wrapping around) a few lines below the top, so its context is visible. */
  const showMatch = (found: readonly number[], index: number) => {
    if (found.length === 0) return setMatchIndex(undefined);
    const wrapped = ((index % found.length) + found.length) % found.length;
    setMatchIndex(wrapped);
    setTop(Math.min(maxTop, Math.max(0, found[wrapped]! - 2)));
  };
  useKeys((input, key) => {
    if (toc || searching) return;
    const step = scrollStep(input, key, height, maxTop);
    if (step) setTop((current) => step(Math.min(current, maxTop)));
    else if (input === 't') {
      setToc(true);
      onCaptureBack(true);
    } else if (input === '/') {
      setSearching(true);
      onEditing?.(true);
    } else if (input === 'n' && matches.length) showMatch(matches, (matchIndex ?? -1) + 1);
    else if (input === 'N' && matches.length) showMatch(matches, (matchIndex ?? 0) - 1);
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
    // The cursor starts on the section being read.
    const current = rows.reduce((found, row) => (row.line <= clampedTop ? row.key : found), rows[0]?.key);
    return (
      <Frame title={frameTitle} context={progress} hints={[t.keys.move, t.lesson.jump, t.keys.back]}>
        <Text bold>{t.lesson.contents}</Text>
        <ScrollList
          rows={rows}
          height={Math.max(3, height - 2)}
          width={width}
          active={active}
          initialKey={current}
          onSelect={(row) => {
            setTop(Math.min(maxTop, rows[Number(row.key)]!.line));
            setToc(false);
            onCaptureBack(false);
          }}
        />
      </Frame>
    );
  }
  const visible = document.lines.slice(clampedTop, clampedTop + height - (searching || query ? 1 : 0));
  const searchLine = query && !searching ? (matches.length ? t.lesson.matches(query, (matchIndex ?? 0) + 1, matches.length) : t.lesson.noMatch(query)) : undefined;
  const hints = searching ? [t.keys.type, t.keys.cancelEsc] : [t.lesson.scroll, t.lesson.contentsKey, t.lesson.searchKey, ...(matches.length ? [t.lesson.nextKey] : []), t.keys.back, t.keys.quit];
  return (
    <Frame title={frameTitle} context={progress} hints={hints}>
      <Box flexDirection="column">
        {visible.map((line, index) => (
          <StyledLine key={clampedTop + index} segments={line.segments} />
        ))}
      </Box>
      {searching ? (
        <Box>
          <Text color="cyan">/</Text>
          <TextField
            placeholder={query}
            active={active}
            onCancel={stopSearching}
            onSubmit={(value) => {
              stopSearching();
              setQuery(value);
              const found = matchingLines(document.lines, value);
              // The first match after the top line, so "/" finds forward from where you are.
              const next = found.findIndex((line) => line > clampedTop);
              showMatch(found, next < 0 ? 0 : next);
            }}
          />
        </Box>
      ) : searchLine ? (
        <Text color={matches.length ? 'cyan' : 'yellow'}>{searchLine}</Text>
      ) : null}
      {read ? <Text color="green">{t.lesson.done}</Text> : null}
    </Frame>
  );
}
