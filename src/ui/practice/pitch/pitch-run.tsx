// The speech itself (countdown, the current part, its pace and points, notes), the self-rating of
// every talking point, and the results.
import { Box, Text } from 'ink';
import { useCallback, useEffect, useReducer, useRef, useState } from 'react';
import { useClockTicks } from '../../hooks/use-clock.js';
import { nextPart, pitchClock, pointsFor, POINT_RATINGS, tickPitch, type PitchRun, type PointRating } from '../../../core/pitch.js';
import { formatClock, formatElapsed } from '../../../core/session.js';
import type { Lang, Level } from '../../../core/types.js';
import type { PitchContent } from '../../../content/pitch.js';
import type { Messages } from '../../../i18n/index.js';
import { Frame } from '../../components/frame.js';
import { useKeys } from '../../hooks/use-keys.js';
import { confirmStopKeyToAction, pitchRatingKeyToAction, speechKeyToAction } from '../../keys/pitch.js';
import { resultKeyToAction } from '../../keys/results.js';
import { useTerminalSize } from '../../hooks/use-terminal-size.js';
import { truncate } from '../../layout.js';
import { prose, type Line } from '../lines.js';
import { bodyHeight } from '../question-run.js';
import { Viewport } from '../viewport.js';
import { LineField, useLineInput } from './line-input.js';
import { pointLines, ratingLines, resultLines, type ResultInput } from './pitch-lines.js';
import type { PitchOptions } from './pitch-setup.js';

interface Common {
  t: Messages;
  lang: Lang;
  content: PitchContent;
  active: boolean;
}

/** "Stop the speech? (y/n)": y (or s, Enter) stops, anything else goes on. Returns the key handler's guard. */
function useConfirmStop(active: boolean, onStop: () => void): [boolean, () => void] {
  const [asking, setAsking] = useState(false);
  useKeys((input, key) => {
    if (confirmStopKeyToAction(input, key) === 'stop') onStop();
    else setAsking(false);
  }, active && asking);
  return [asking, () => setAsking(true)];
}

type RunAction = { type: 'tick'; now: number } | { type: 'next'; now: number };
const runReducer = (run: PitchRun, action: RunAction): PitchRun => (action.type === 'tick' ? tickPitch(run, action.now) : nextPart(tickPitch(run, action.now), action.now));

export interface PitchSpeechProps extends Common {
  options: PitchOptions;
  initialRun: PitchRun;
  clock: () => number;
  tickMs?: number | undefined;
  onTyping: (typing: boolean) => void;
  onEnd: (run: PitchRun, notes: string[]) => void;
  onStop: () => void;
}

export function PitchSpeech(props: PitchSpeechProps) {
  const { t, lang, content, clock } = props;
  const r = t.pitch.run;
  const { columns, rows } = useTerminalSize();
  const width = Math.max(20, columns);
  const [run, dispatch] = useReducer(runReducer, props.initialRun);
  const [now, setNow] = useState(clock);
  const notes = useRef<string[]>([]);
  const note = useLineInput(
    (text) => {
      notes.current = [...notes.current, text];
    },
    props.onTyping,
  );
  const noting = note.value !== undefined;
  const [asking, ask] = useConfirmStop(props.active && !noting, props.onStop);

  const onTick = useCallback((at: number) => {
    setNow(at);
    dispatch({ type: 'tick', now: at });
  }, []);
  useClockTicks(run.status === 'speaking', clock, props.tickMs, onTick);
  useEffect(() => {
    if (run.status !== 'speaking') {
      props.onTyping(false);
      props.onEnd(run, notes.current);
    }
    // Once per change of status: the speech ends once, with the run as it stands then.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [run.status]);

  useKeys((input, key) => {
    if (note.handle(input, key)) return;
    const action = speechKeyToAction(input, key);
    if (action === 'next') dispatch({ type: 'next', now: clock() });
    else if (action === 'note') note.open();
    else if (action === 'stop') ask();
  }, props.active && !asking);

  const state = pitchClock(run, now);
  const part = content.parts[run.part]!;
  const last = run.part === content.parts.length - 1;
  const progress = content.parts.map((_, index) => (index < run.part ? '■' : index === run.part ? '▣' : '□')).join('');
  const lines: Line[] = [
    [{ text: truncate(r.part(run.part + 1, content.parts.length, part.title[lang]), Math.max(4, width - progress.length - 1)), bold: true, color: 'cyan' }, { text: ` ${progress}`, dim: true }],
    [{ text: truncate(r.pace(formatElapsed(state.partMs), formatElapsed(state.partPaceMs)), width), color: state.partOver ? 'yellow' : undefined }],
  ];
  // When the next part should begin, read on the countdown the speaker is watching.
  const following = content.parts[run.part + 1];
  if (following) lines.push([{ text: truncate(r.nextAt(following.title[lang], formatClock(run.minutes * 60_000 - run.plan[run.part]!.endMs)), width), dim: true }]);
  if (state.partOver) lines.push(...prose(r.over, width, { color: 'yellow' }));
  else if (state.behind) lines.push(...prose(r.behind(content.parts[state.pacedPart]!.title[lang]), width, { color: 'yellow' }));
  lines.push([], [{ text: truncate(r.points, width), dim: true }], ...pointLines(part, props.options.level, lang, width));
  const footer = noting ? 2 : 1;
  const hints = asking ? [r.confirmQuit] : noting ? [t.practice.keys.notesDone, t.keys.cancelEsc] : [last ? t.pitch.keys.finish : t.pitch.keys.next, t.pitch.keys.note, t.pitch.keys.stop];
  return (
    <Frame title={`mlops-tutor · ${t.pitch.title} · ${t.levels[props.options.level]}`} context={r.clock(formatClock(state.remainingMs))} hints={hints}>
      <Viewport lines={lines} height={bodyHeight(rows) - footer} active={props.active && !noting && !asking} />
      {noting ? (
        <Box flexDirection="column">
          <Text dimColor>{r.noteLabel}</Text>
          <LineField value={note.value ?? ''} width={width} />
        </Box>
      ) : (
        <Text dimColor wrap="truncate">
          {asking ? r.confirmQuit : notes.current.length ? r.notes(notes.current.length) : ' '}
        </Text>
      )}
    </Frame>
  );
}

export interface PitchRatingProps extends Common {
  level: Level;
  timeUp: boolean;
  onSave: (ratings: Record<string, PointRating>) => void;
  onStop: () => void;
}

export function PitchRating(props: PitchRatingProps) {
  const { t, lang, content, level } = props;
  const { columns, rows } = useTerminalSize();
  const width = Math.max(20, columns);
  const ids = pointsFor(content.parts, level).map((point) => point.id);
  const [ratings, setRatings] = useState<Record<string, PointRating>>({});
  const [cursor, setCursor] = useState(0);
  const latest = useRef({ ratings, cursor });
  latest.current = { ratings, cursor };
  const [asking, ask] = useConfirmStop(props.active, props.onStop);

  useKeys((input, key) => {
    const current = latest.current;
    const id = ids[current.cursor];
    const rate = (rating: PointRating) => {
      if (!id) return;
      const next = { ...current.ratings, [id]: rating };
      latest.current = { ...current, ratings: next };
      setRatings(next);
    };
    const move = (to: number) => {
      const next = Math.max(0, Math.min(ids.length, to));
      latest.current = { ...latest.current, cursor: next };
      setCursor(next);
    };
    const action = pitchRatingKeyToAction(input, key);
    if (action?.type === 'move') move(current.cursor + action.delta);
    else if (action?.type === 'nudge') {
      const was = current.ratings[id ?? ''];
      rate(POINT_RATINGS[Math.max(0, Math.min(2, was === undefined ? (action.step > 0 ? 2 : 0) : was + action.step))]!);
    } else if (action?.type === 'rate') {
      rate(action.rating);
      move(current.cursor + 1);
    } else if (action?.type === 'enter') {
      if (current.cursor >= ids.length) props.onSave(current.ratings);
      else move(current.cursor + 1);
    } else if (action?.type === 'stop') ask();
  }, props.active && !asking);

  const intro = [...(props.timeUp ? prose(t.pitch.rate.timeUp, width, { color: 'yellow' }) : []), ...prose(t.pitch.rate.intro, width, { dim: true })];
  const view = ratingLines(t, lang, content, level, ratings, cursor, width);
  const height = bodyHeight(rows) - intro.length;
  return (
    <Frame title={`mlops-tutor · ${t.pitch.rate.title}`} context={`${Object.keys(ratings).length}/${ids.length}`} hints={asking ? [t.pitch.run.confirmQuit] : [t.pitch.keys.points, t.pitch.keys.rate, t.pitch.keys.save, t.pitch.keys.stop]}>
      <Viewport lines={intro} height={intro.length} active={false} />
      <Viewport lines={view.lines} height={height} focus={view.focus} active={props.active && !asking} />
    </Frame>
  );
}

export interface PitchResultsProps extends Common {
  input: ResultInput;
  onBack: () => void;
  onQuit: () => void;
}

export function PitchResults(props: PitchResultsProps) {
  const { t, lang, content, input } = props;
  const { columns, rows } = useTerminalSize();
  const width = Math.max(20, columns);
  useKeys((input, key) => {
    const action = resultKeyToAction(input, key);
    if (action === 'back') props.onBack();
    else if (action === 'quit') props.onQuit();
  }, props.active);
  const lines = resultLines(t, lang, content, input, width);
  return (
    <Frame title={`mlops-tutor · ${t.pitch.results.title}`} context={t.levels[input.level]} hints={[t.practice.keys.scroll, t.keys.back, t.keys.help, t.keys.quit]}>
      <Viewport lines={lines} height={bodyHeight(rows)} arrows active={props.active} />
    </Frame>
  );
}
