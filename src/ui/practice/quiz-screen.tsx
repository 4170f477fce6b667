import { useEffect, useReducer, useRef, useState } from 'react';
import {
  drawQuestions,
  drawTiered,
  filterPool,
  moduleQuizPool,
  percent,
  QUIZ_PASS,
  QUIZ_SIZE,
} from '../../core/quiz.js';
import { sessionResult, startSession } from '../../core/session.js';
import type { Level, ModuleId } from '../../core/types.js';
import { recordAbandonedQuiz, recordAnswer, recordQuiz } from '../../state/transitions/index.js';
import { Frame } from '../components/frame.js';
import { useResultKeys, type PracticeScreenProps } from './screen-props.js';
import { useTerminalSize } from '../hooks/use-terminal-size.js';
import { missLines, prose, type Line } from './lines.js';
import { bodyHeight, QuestionRun } from './question-run.js';
import { initialRunner, runnerReducer } from './runner.js';
import { Viewport } from './viewport.js';

export interface QuizScreenProps extends PracticeScreenProps {
  title: string;
  /** A module quiz (saved in the module's progress) or a quiz on topics (from stats). */
  module?: ModuleId | undefined;
  topics?: string[] | undefined;
  /** A module quiz's level (its week's) and the modules reached by then (its week and earlier). */
  moduleLevel?: { level: Level; reached: ReadonlySet<ModuleId> } | undefined;
}

/** Ten auto-graded questions with immediate feedback; 70 % passes a module's quiz. */
export function QuizScreen(props: QuizScreenProps) {
  const { t, lang, data, update, clock } = props;
  const { columns, rows } = useTerminalSize();
  const width = Math.max(20, columns);
  // Drawn once, when the quiz opens.
  const [initial] = useState(() => {
    const same = (ids?: readonly string[]) => (ids ?? []).join(',') === (props.topics ?? []).join(',');
    const last = [...data.quizzes].reverse().find((attempt) => attempt.module === props.module && same(attempt.topics));
    const avoid = new Set(last?.questionIds ?? []);
    // A module quiz keeps to the module's level and to modules already reached; a topics quiz (asked for from stats) does not.
    const draw =
      props.module && props.moduleLevel
        ? drawTiered(
            moduleQuizPool(props.bank, props.module, props.moduleLevel.level, props.moduleLevel.reached),
            QUIZ_SIZE,
            props.rng,
            avoid,
          )
        : drawQuestions(
            filterPool(props.bank, { module: props.module, topics: props.topics, autoGradedOnly: true }),
            QUIZ_SIZE,
            props.rng,
            avoid,
          );
    return initialRunner(startSession(draw.questions, clock()), true);
  });
  const [state, dispatch] = useReducer(runnerReducer, initial);
  const saved = useRef(0);
  const finished = useRef(false);
  const leaving = useRef<'back' | 'quit'>('back');

  // Each answer is saved as it is given; the attempt once the last one is answered.
  useEffect(() => {
    const { session } = state;
    for (; saved.current < session.answers.length; saved.current++) {
      const record = session.answers[saved.current];
      if (!record) break;
      const question = session.questions[saved.current]!.question;
      update((current) =>
        recordAnswer(current, { question, score: record.score, ms: record.ms, mode: 'quiz', now: new Date(clock()) }),
      );
    }
    if (session.status === 'abandoned' && !finished.current) {
      finished.current = true;
      const result = sessionResult(session);
      const attempt = {
        at: new Date(clock()).toISOString(),
        module: props.module,
        topics: props.topics,
        score: result.score,
        total: result.total,
        answered: result.answered,
        questionIds: session.questions.map((drawn) => drawn.question.id),
      };
      update((current) => recordAbandonedQuiz(current, attempt));
      if (leaving.current === 'quit') props.onQuit();
      else props.onBack();
      return;
    }
    if (session.status === 'finished' && !finished.current && session.questions.length > 0) {
      finished.current = true;
      const result = sessionResult(session);
      update((current) =>
        recordQuiz(
          current,
          {
            at: new Date(clock()).toISOString(),
            module: props.module,
            topics: props.topics,
            score: result.score,
            total: result.total,
            questionIds: session.questions.map((drawn) => drawn.question.id),
          },
          QUIZ_PASS,
        ),
      );
    }
    // Once per change of the session; `saved` and `finished` keep each write from happening twice.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [state.session]);

  const done = state.phase === 'done';
  useResultKeys(props, done, 'quiz');

  const result = sessionResult(state.session);
  const lines: Line[] = [];
  if (state.session.questions.length === 0) lines.push(...prose(t.practice.quiz.none, width));
  else {
    lines.push([{ text: t.practice.quiz.score(result.correct, result.total, result.score), bold: true }]);
    if (props.module) {
      lines.push(
        result.score >= QUIZ_PASS
          ? [{ text: t.practice.quiz.passed(QUIZ_PASS), color: 'green' }]
          : [{ text: t.practice.quiz.failed(QUIZ_PASS), color: 'red' }],
      );
      const quiz = data.modules[props.module]?.quiz;
      if (quiz) lines.push([{ text: t.practice.quiz.best(quiz.best, quiz.attempts), dim: true }]);
    }
    const misses = result.misses.map((miss) => ({
      drawn: miss.drawn,
      number: state.session.questions.indexOf(miss.drawn) + 1,
      score: miss.record?.score,
      answered: Boolean(miss.record),
      response: miss.record?.response,
    }));
    if (misses.length)
      lines.push([], [{ text: t.practice.drill.misses, bold: true }], ...missLines(t, lang, misses, width));
  }
  return (
    <QuestionRun
      t={t}
      lang={lang}
      title={props.title}
      state={state}
      dispatch={dispatch}
      now={clock}
      active={props.active}
      confirmQuit={false}
      confirmLeave={(intent) => {
        leaving.current = intent;
        return t.practice.quiz.confirmLeave(
          state.session.answers.filter(Boolean).length,
          state.session.questions.length,
        );
      }}
      onBack={props.onBack}
      onQuit={props.onQuit}
      onHelp={() => props.onHelp('quiz')}
    >
      <Frame
        title={props.title}
        context={state.session.questions.length ? `${percent(result.earned, result.total)} %` : ''}
        hints={[t.keys.back, t.practice.keys.scroll, t.keys.quit]}
      >
        <Viewport lines={lines} height={bodyHeight(rows)} arrows active={props.active && done} />
      </Frame>
    </QuestionRun>
  );
}
