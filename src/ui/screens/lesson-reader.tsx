import { Box, Text } from 'ink';
import { useEffect, useMemo, useRef, useState } from 'react';
import { checkpointPlan } from '../../core/checkpoints.js';
import type { BankQuestion } from '../../core/quiz.js';
import { recordCheckpointAnswer } from '../../state/transitions/index.js';
import { Frame } from '../components/frame.js';
import { StyledLine } from '../components/styled-line.js';
import { TextField } from '../components/text-field.js';
import { useKeys } from '../hooks/use-keys.js';
import { useTerminalSize } from '../hooks/use-terminal-size.js';
import { contentsKeyToAction, readerKeyToAction } from '../keys/reader.js';
import { isForward, scrollTop } from '../scroll/model.js';
import { useScroll } from '../scroll/use-scroll.js';
import {
  checkpointAhead,
  lastTop,
  level2Count,
  lineOfBlock,
  matchingLines,
  percentRead,
  sectionEnds,
  sectionsReached,
} from '../markdown/reading.js';
import { layoutBlocks } from '../markdown/document.js';
import { LessonCheckpoint, type KeyHandler } from './lesson-checkpoint.js';
import { LessonContents } from './lesson-contents.js';
import type { LessonReaderProps } from './lesson-reader-props.js';

export type { LessonReaderProps } from './lesson-reader-props.js';

const SAVE_DELAY_MS = 800;
// Stable defaults: the checkpoint plan is memoised on the bank.
const NO_QUESTIONS: readonly BankQuestion[] = [];
const NO_SECTIONS: readonly number[] = [];

export function LessonReader({
  t,
  lang,
  moduleId,
  title,
  blocks,
  saved,
  onSave,
  onCaptureBack,
  onEditing,
  active,
  bank = NO_QUESTIONS,
  checkpoints,
  passed = NO_SECTIONS,
  update,
  clock = Date.now,
  seed,
}: LessonReaderProps) {
  const { columns, rows } = useTerminalSize();
  const width = Math.max(20, Math.min(columns, 100));
  // Frame (4 lines) + the "lesson read" line: the output stays shorter than the terminal.
  const height = Math.max(3, rows - 6);
  // Re-wrapped whenever the terminal's width changes.
  const document = useMemo(() => layoutBlocks(blocks, { width }), [blocks, width]);
  const [initialTop] = useState(() => lineOfBlock(document, saved?.position ?? 0));
  const scroll = useScroll({ total: document.lines.length, height, initialTop });
  const [toc, setToc] = useState(false);
  const [searching, setSearching] = useState(false);
  const [query, setQuery] = useState('');
  const [matchIndex, setMatchIndex] = useState<number | undefined>();
  const matches = useMemo(() => matchingLines(document.lines, query), [document, query]);
  const reached = useRef(new Set<number>(saved?.sectionsRead ?? []));
  const wasRead = useRef(saved?.read ?? false);
  const maxTop = lastTop(document, height);
  const clampedTop = scroll.top;
  const plan = useMemo(() => checkpointPlan(bank, moduleId, checkpoints), [bank, moduleId, checkpoints]);
  const ends = useMemo(() => sectionEnds(document), [document]);
  // Checkpoints settled in this visit: passed before, answered or skipped now. A missed or skipped
  // one is asked again on the next visit.
  const settled = useRef(new Set<number>(passed));
  // The checkpoint on screen (a level-2 section index), also as a ref: a key that arrives before the
  // reader re-subscribes (right after a checkpoint closes) must see that it is closed, or it would be
  // dropped. The reader's one key handler passes keys to an open checkpoint, so no key is ever
  // handled by both.
  const [checkpoint, showCheckpoint] = useState<number | undefined>();
  const openCheckpoint = useRef<number | undefined>(undefined);
  const checkpointKeys = useRef<KeyHandler | undefined>(undefined);
  const setCheckpoint = (section: number | undefined) => {
    openCheckpoint.current = section;
    showCheckpoint(section);
  };

  // Keep the same place when a resize re-wraps the text.
  const anchor = useRef(document.lines[clampedTop]?.block ?? 0);
  // Not on the first render, whose top came from the saved place: that was a second frame for the key that opened it.
  const laidOut = useRef(document);
  useEffect(() => {
    if (laidOut.current === document) return;
    laidOut.current = document;
    scroll.apply({ type: 'to', line: lineOfBlock(document, anchor.current) });
    // Only a new wrapping (a resize) moves the view; `scroll` is a new object on every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [document]);
  useEffect(() => {
    anchor.current = document.lines[clampedTop]?.block ?? 0;
  }, [clampedTop, document]);

  for (const index of sectionsReached(document, clampedTop + height)) reached.current.add(index);
  const total = level2Count(document);
  const read = wasRead.current || (total > 0 && reached.current.has(total - 1));
  wasRead.current = read;

  const snapshot = () => ({
    position: document.lines[clampedTop]?.block ?? 0,
    sectionsRead: [...reached.current].sort((a, b) => a - b),
    read,
  });
  const latest = useRef(snapshot);
  latest.current = snapshot;
  useEffect(() => {
    const timer = setTimeout(() => onSave(latest.current()), SAVE_DELAY_MS);
    return () => clearTimeout(timer);
    // A save a moment after the reader stops moving; `latest` holds what to save.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [clampedTop]);
  // Leaving the reader (b, q, Ctrl-C) saves at once.
  // eslint-disable-next-line react-hooks/exhaustive-deps
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
    scroll.apply({ type: 'to', line: found[wrapped]! - 2 });
  };
  const openContents = () => {
    setToc(true);
    onCaptureBack(true);
  };
  useKeys((input, key) => {
    if (openCheckpoint.current !== undefined) return checkpointKeys.current?.(input, key);
    if (toc || searching) return;
    const action = readerKeyToAction(input, key, { hasMatches: matches.length > 0 });
    if (action?.type === 'scroll' && isForward(action.scroll)) {
      // A line or a page down stops at the end of a section whose checkpoint is pending (G and the contents jump past).
      // From the latest top, not the rendered one: fast keys arrive before the next render.
      const from = scroll.current();
      const to = scrollTop({ top: from, height, total: document.lines.length }, action.scroll);
      const pending = new Set(
        plan.flatMap((questions, index) => (questions.length && !settled.current.has(index) ? [index] : [])),
      );
      const ahead = checkpointAhead(ends, pending, from + height, to + height, document.lines.length);
      scroll.apply({
        type: 'to',
        line: ahead === undefined ? to : Math.min(maxTop, Math.max(from, ends[ahead]! - height)),
      });
      if (ahead !== undefined) setCheckpoint(ahead);
    } else if (action?.type === 'scroll') scroll.apply(action.scroll);
    else if (action?.type === 'contents') openContents();
    else if (action?.type === 'search') {
      setSearching(true);
      onEditing?.(true);
    } else if (action?.type === 'match')
      showMatch(matches, action.delta > 0 ? (matchIndex ?? -1) + 1 : (matchIndex ?? 0) - 1);
  }, active);
  useKeys((input) => {
    if (toc && contentsKeyToAction(input) === 'close') {
      setToc(false);
      onCaptureBack(false);
    }
  }, active && toc);

  const progress = t.lesson.progress(percentRead(document, clampedTop, height), reached.current.size, total);
  const frameTitle = t.lesson.title(moduleId, title);
  if (toc)
    return (
      <LessonContents
        t={t}
        title={frameTitle}
        progress={progress}
        document={document}
        passed={passed}
        top={clampedTop}
        height={height}
        width={width}
        active={active}
        onJump={(line) => {
          scroll.apply({ type: 'to', line });
          setToc(false);
          onCaptureBack(false);
        }}
      />
    );
  if (checkpoint !== undefined) {
    const close = () => setCheckpoint(undefined);
    const settle = () => {
      settled.current.add(checkpoint);
      close();
    };
    return (
      <LessonCheckpoint
        key={checkpoint}
        t={t}
        lang={lang}
        title={frameTitle}
        context={progress}
        section={document.sections.filter((section) => section.depth === 2)[checkpoint]?.title ?? ''}
        questions={plan[checkpoint] ?? []}
        width={width}
        height={height}
        seed={seed ?? clock()}
        clock={clock}
        keys={checkpointKeys}
        onAnswer={(answer) =>
          update?.((current) =>
            recordCheckpointAnswer(current, { ...answer, module: moduleId, section: checkpoint }, new Date(clock())),
          )
        }
        onDone={settle}
        onSkip={settle}
        onBackToText={(by) => {
          close();
          scroll.apply(by === 'line' ? { type: 'line', delta: -1 } : { type: 'page', delta: -1 });
        }}
        onContents={() => {
          close();
          openContents();
        }}
      />
    );
  }
  const visible = document.lines.slice(clampedTop, clampedTop + height - (searching || query ? 1 : 0));
  const searchLine =
    query && !searching
      ? matches.length
        ? t.lesson.matches(query, (matchIndex ?? 0) + 1, matches.length)
        : t.lesson.noMatch(query)
      : undefined;
  const hints = searching
    ? [t.keys.type, t.keys.cancelEsc]
    : [
        t.lesson.scroll,
        t.lesson.contentsKey,
        t.lesson.searchKey,
        ...(matches.length ? [t.lesson.nextKey] : []),
        t.keys.back,
        t.keys.quit,
      ];
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
