// A checkpoint at the end of a lesson section: one or two bank questions answered in the reader,
// each with its verdict and explanation. It never traps the reader: s skips it, PgUp (or ↑ above the
// first option) goes back to the text, t opens the contents, and the app's b and q keep working.
import { Box, type Key } from 'ink';
import { useEffect, useReducer, useRef, useState, type MutableRefObject } from 'react';
import { checkpointPassed } from '../../core/checkpoints.js';
import { drawQuestion, type BankQuestion } from '../../core/quiz.js';
import { seededRng } from '../../core/random.js';
import { startSession } from '../../core/session.js';
import type { Lang } from '../../core/types.js';
import type { Messages } from '../../i18n/index.js';
import { Frame } from '../components/frame.js';
import { truncate } from '../layout.js';
import { StyledLine } from '../components/styled-line.js';
import { feedbackLines, questionLines, type Line } from '../practice/lines.js';
import { initialRunner, runnerReducer } from '../practice/runner.js';
import { checkpointKeyToAction } from '../keys/checkpoint.js';
import { useScroll } from '../scroll/use-scroll.js';

export interface CheckpointAnswerEvent {
  question: BankQuestion;
  score: number;
  ms: number;
  /** The checkpoint's last question, and every answer was fully right. */
  passes: boolean;
}

export type KeyHandler = (input: string, key: Key) => void;

export interface LessonCheckpointProps {
  t: Messages;
  lang: Lang;
  /** The reader's title and progress, kept in the frame so the learner knows where they are. */
  title: string;
  context: string;
  section: string;
  questions: readonly BankQuestion[];
  width: number;
  /** Lines available for the question and its feedback. */
  height: number;
  seed: number;
  clock: () => number;
  /** Where the reader finds this checkpoint's key handler: the reader owns the only subscription. */
  keys: MutableRefObject<KeyHandler | undefined>;
  onAnswer: (answer: CheckpointAnswerEvent) => void;
  /** Answered, feedback read: reading goes on. */
  onDone: () => void;
  onSkip: () => void;
  /** Back to the text, a line or a page up. */
  onBackToText: (by: 'line' | 'page') => void;
  onContents: () => void;
}

export function LessonCheckpoint(props: LessonCheckpointProps) {
  const { t, lang, width, height } = props;
  // Drawn once, when the checkpoint opens.
  const [initial] = useState(() => {
    const rng = seededRng(props.seed);
    return initialRunner(
      startSession(
        props.questions.map((question) => drawQuestion(question, rng)),
        props.clock(),
      ),
      true,
    );
  });
  const [state, dispatch] = useReducer(runnerReducer, initial);
  const latest = useRef(state);
  latest.current = state;
  const saved = useRef(0);

  // Each answer goes to the store as it is given (history and review), like a quiz's.
  useEffect(() => {
    const { answers, questions } = state.session;
    for (; saved.current < answers.length && answers[saved.current]; saved.current++) {
      const record = answers[saved.current]!;
      const last = saved.current === questions.length - 1;
      props.onAnswer({
        question: questions[saved.current]!.question,
        score: record.score,
        ms: record.ms,
        passes: last && checkpointPassed(answers.map((answer) => answer?.score ?? 0)),
      });
    }
    if (state.phase === 'done') props.onDone();
    // Runs when the session moves on; `saved` keeps each answer from being sent twice.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [state.session, state.phase]);

  const { session, phase } = state;
  const index = phase === 'feedback' ? state.shown : session.index;
  const drawn = session.questions[index];
  const count = session.questions.length;
  const label = `${t.lesson.checkpoint.title(props.section)}${count > 1 ? ` · ${t.lesson.checkpoint.question(index + 1, count)}` : ''}`;
  const header: Line[] = [
    [{ text: truncate(label, width), color: 'cyan', bold: true }],
    [{ text: truncate(t.lesson.checkpoint.intro, width), dim: true }],
  ];
  let body: Line[] = [];
  let focus: [number, number] | undefined;
  if (drawn && phase === 'feedback') {
    const record = session.answers[index];
    body = [...header, ...feedbackLines(t, lang, drawn, record?.score ?? 0, width, record?.response)];
  } else if (drawn && phase !== 'done') {
    const view = questionLines(t, lang, drawn, state.cursor, state.marks, width);
    body = [...header, ...view.lines];
    focus = view.focus && [view.focus[0] + header.length, view.focus[1] + header.length];
  }
  // A question follows the option under the cursor; its feedback scrolls by hand from the top.
  const scroll = useScroll({ total: body.length, height, follow: focus, resetKey: `${phase}:${state.shown}` });

  props.keys.current = (input, key) => {
    const current = latest.current;
    const action = checkpointKeyToAction(input, key, {
      phase: current.phase,
      cursor: current.cursor,
      now: props.clock(),
    });
    if (action?.type === 'skip') props.onSkip();
    else if (action?.type === 'contents') props.onContents();
    else if (action?.type === 'back-to-text') props.onBackToText(action.by);
    else if (action?.type === 'dispatch') dispatch(action.action);
    else if (action?.type === 'scroll') scroll.apply(action.scroll);
  };

  if (!drawn || phase === 'done') return null;
  const { top } = scroll;
  let hints: string[];
  if (phase === 'feedback') {
    hints = [
      session.status === 'running' ? t.lesson.checkpoint.next : t.lesson.checkpoint.resume,
      t.lesson.checkpoint.skip,
      t.lesson.checkpoint.backToText,
      t.lesson.contentsKey,
      t.keys.back,
      t.keys.quit,
    ];
  } else {
    hints = [
      drawn.question.type === 'multi' ? t.practice.keys.answerMulti : t.practice.keys.answerSingle,
      t.lesson.checkpoint.skip,
      t.lesson.checkpoint.backToText,
      t.lesson.contentsKey,
      t.keys.back,
      t.keys.quit,
    ];
  }
  return (
    <Frame title={props.title} context={props.context} hints={hints}>
      <Box flexDirection="column">
        {body.slice(top, top + height).map((segments, line) => (
          <StyledLine key={top + line} segments={segments} />
        ))}
      </Box>
    </Frame>
  );
}
