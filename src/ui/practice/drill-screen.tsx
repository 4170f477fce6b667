import { Text } from 'ink';
import { useCallback, useEffect, useReducer, useRef, useState } from 'react';
import { useClockTicks } from '../hooks/use-clock.js';
import { previousDrill, type DrillRecord } from '../../core/practice.js';
import {
  currentQuestionMs,
  deadline,
  DRILL_DEFAULTS,
  formatClock,
  formatElapsed,
  remainingMs,
  sessionResult,
} from '../../core/session.js';
import { formatNumber } from '../../core/text.js';
import type { Level } from '../../core/types.js';
import { endDrill, recordAnswer } from '../../state/transitions/index.js';
import { Frame } from '../components/frame.js';
import { useResultKeys, type PracticeScreenProps } from './screen-props.js';
import { useTerminalSize } from '../hooks/use-terminal-size.js';
import { truncate } from '../layout.js';
import { missLines, prose, topicName, type Line } from './lines.js';
import { bodyHeight, QuestionRun } from './question-run.js';
import { runnerReducer, type RunnerState } from './runner.js';
import { Viewport } from './viewport.js';
import { DrillSetup } from './drill-setup.js';

export { adjustDrillOption } from './drill-setup.js';

export interface DrillOptions {
  level: Level;
  count: number;
  minutes: number;
}

export interface DrillScreenProps extends PracticeScreenProps {
  initial: Partial<DrillOptions> & { level: Level };
  /** How often the countdown redraws and checks the time (ms). */
  tickMs?: number | undefined;
}

/** Setup → timed run → results. */
export function DrillScreen(props: DrillScreenProps) {
  const [options, setOptions] = useState<DrillOptions>(() => ({
    ...DRILL_DEFAULTS[props.initial.level],
    ...props.initial,
  }));
  const [run, setRun] = useState<{ drill: DrillRecord; runner: RunnerState } | undefined>();
  if (!run) return <DrillSetup {...props} options={options} onChange={setOptions} onStart={setRun} />;
  return <DrillRun {...props} drill={run.drill} initialRunner={run.runner} />;
}

function DrillRun(props: DrillScreenProps & { drill: DrillRecord; initialRunner: RunnerState }) {
  const { t, lang, drill, clock, update } = props;
  const { columns, rows } = useTerminalSize();
  const width = Math.max(20, columns);
  const [state, dispatch] = useReducer(runnerReducer, props.initialRunner);
  const [now, setNow] = useState(clock);
  const saved = useRef(0);
  const ended = useRef(false);

  const onTick = useCallback((at: number) => {
    setNow(at);
    dispatch({ type: 'tick', now: at });
  }, []);
  useClockTicks(state.session.status === 'running', clock, props.tickMs, onTick);

  // Saved as it goes: each answer at once, then how the drill ended.
  useEffect(() => {
    const { session } = state;
    session.answers.forEach((record, index) => {
      if (!record || index < saved.current) return;
      const question = session.questions[index]!.question;
      update((current) =>
        recordAnswer(current, {
          question,
          score: record.score,
          ms: record.ms,
          mode: 'drill',
          now: new Date(clock()),
          drillId: drill.id,
        }),
      );
      saved.current = index + 1;
    });
    if (session.status !== 'running' && !ended.current) {
      ended.current = true;
      const result = sessionResult(session);
      // Only a question the learner saw and left unanswered is a miss worth reviewing; unseen ones are not.
      const unanswered = result.misses.filter((miss) => !miss.record).map((miss) => miss.drawn.question);
      update((current) =>
        endDrill(
          current,
          drill.id,
          session.status as 'finished' | 'timeout' | 'abandoned',
          result.score,
          new Date(session.endedAt ?? clock()),
          unanswered,
        ),
      );
    }
    // Once per change of the session; `saved` and `ended` keep each write from happening twice.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [state.session]);

  const done = state.phase === 'done';
  useResultKeys(props, done, 'drill');

  const session = state.session;
  const left = remainingMs(session, now) ?? 0;
  const clockText = t.practice.drill.clock(formatClock(left), formatElapsed(currentQuestionMs(session, now)));
  const title = t.practice.drill.title(t.levels[drill.level]);

  const result = sessionResult(session);
  const lines: Line[] = [[{ text: t.practice.drill.score(result.score, result.correct, result.total), bold: true }]];
  if (result.status === 'timeout') lines.push(...prose(t.practice.drill.timeout, width, { color: 'yellow' }));
  if (result.status === 'abandoned')
    lines.push(...prose(t.practice.drill.abandoned(result.answered, result.total), width, { color: 'yellow' }));
  if (result.notReached.length && result.status === 'timeout')
    lines.push(...prose(t.practice.drill.notReached(result.notReached.length), width, { dim: true }));
  if (result.status === 'finished') {
    const previous = previousDrill(props.data.drills, drill);
    lines.push(
      ...prose(
        previous
          ? t.practice.drill.versus(result.score - (previous.score ?? 0), previous.score ?? 0)
          : t.practice.drill.first,
        width,
        { dim: true },
      ),
    );
  }
  lines.push([], [{ text: t.practice.drill.byTopic, bold: true }]);
  for (const topic of result.byTopic) {
    const score = `${Math.round((topic.earned / topic.total) * 100)} %`.padStart(6);
    lines.push([
      { text: `  ${truncate(topicName(t, topic.topic), width - 18).padEnd(width - 18)}` },
      { text: `${formatNumber(lang, topic.earned).padStart(4)}/${topic.total}` },
      { text: score, dim: true },
    ]);
  }
  lines.push([], [{ text: t.practice.drill.times, bold: true }]);
  const cells = session.questions.map((drawn, index) => {
    const record = session.answers[index];
    return `#${index + 1} ${record ? formatElapsed(record.ms) : '—'}`;
  });
  let row = ' ';
  for (const cell of cells) {
    if ([...row].length + cell.length + 3 > width) {
      lines.push([{ text: row }]);
      row = ' ';
    }
    row += `  ${cell}`;
  }
  if (row.trim()) lines.push([{ text: row }]);
  if (result.slowest)
    lines.push([
      {
        text: `  ${t.practice.drill.slowest(session.questions.findIndex((drawn) => drawn.question.id === result.slowest!.questionId) + 1, formatElapsed(result.slowest.ms))}`,
        dim: true,
      },
    ]);
  lines.push([], [{ text: t.practice.drill.misses, bold: true }]);
  const misses = result.misses
    .filter((miss) => miss.record || result.status === 'timeout')
    .map((miss) => ({
      drawn: miss.drawn,
      number: session.questions.indexOf(miss.drawn) + 1,
      score: miss.record?.score,
      answered: Boolean(miss.record),
      response: miss.record?.response,
    }));
  if (misses.length === 0) lines.push([{ text: t.practice.drill.noMisses, color: 'green' }]);
  else {
    const carded = misses.filter((miss) =>
      miss.drawn.question.type === 'open' ? (miss.score ?? 0) < 0.7 : true,
    ).length;
    lines.push(
      ...prose(t.practice.drill.reviewAdded(carded), width, { dim: true }),
      ...missLines(t, lang, misses, width),
    );
  }
  return (
    <QuestionRun
      t={t}
      lang={lang}
      title={title}
      context={clockText}
      state={state}
      dispatch={dispatch}
      now={clock}
      active={props.active}
      confirmQuit
      onBack={props.onBack}
      onQuit={props.onQuit}
      onHelp={() => props.onHelp('drill', deadline(state.session))}
    >
      <Frame
        title={`${t.practice.drill.results} · ${t.levels[drill.level]}`}
        context={formatElapsed(result.elapsedMs)}
        hints={[t.practice.keys.scroll, t.keys.back, t.keys.quit]}
      >
        <Viewport lines={lines} height={bodyHeight(rows)} arrows active={props.active && done} />
        {lines.length === 0 ? <Text> </Text> : null}
      </Frame>
    </QuestionRun>
  );
}
