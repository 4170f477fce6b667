import { Text } from 'ink';
import { useRef, type Dispatch, type ReactNode } from 'react';
import type { Lang } from '../../core/types.js';
import type { Messages } from '../../i18n/index.js';
import { Frame } from '../components/frame.js';
import { useKeys } from '../hooks/use-keys.js';
import { questionKeyToAction } from '../keys/question.js';
import { useTerminalSize } from '../hooks/use-terminal-size.js';
import { feedbackLines, prose, questionLines, revealLines, typed, type Line } from './lines.js';
import type { RunnerAction, RunnerState } from './runner.js';
import { Viewport } from './viewport.js';

export interface QuestionRunProps {
  t: Messages;
  lang: Lang;
  title: string;
  /** Right of the title: the drill's clock. */
  context?: string | undefined;
  state: RunnerState;
  dispatch: Dispatch<RunnerAction>;
  now: () => number;
  active: boolean;
  /** A drill asks before quitting; a quiz or review just leaves. */
  confirmQuit: boolean;
  /**
   * A quiz asks before `b` or `q` once something is answered (the answers become an abandoned
   * attempt); called with what the learner asked for, before the question is shown.
   */
  confirmLeave?: ((intent: 'back' | 'quit') => string) | undefined;
  onBack: () => void;
  onQuit: () => void;
  /** `?` outside the notes (where it is typed) and the quit question. */
  onHelp: () => void;
  /** Extra lines under the feedback (the review's rating). */
  feedbackExtra?: Line[] | undefined;
  /** Keys of the feedback phase before the run's own (the review's 1–4). Return true when handled. */
  onFeedbackKey?: ((input: string, enter: boolean) => boolean) | undefined;
  feedbackHints?: string[] | undefined;
  /** Shown when the run is over. */
  children?: ReactNode;
}

/** The body height of a framed screen: title, rule, rule and hint bar take four rows. */
export const bodyHeight = (rows: number) => Math.max(3, rows - 4);

/** One question at a time: answer with keys, notes and key points for open ones, feedback, quit. */
export function QuestionRun(props: QuestionRunProps) {
  const { t, lang, state, dispatch, now, active, confirmQuit } = props;
  const { columns, rows } = useTerminalSize();
  const width = Math.max(20, columns);
  const latest = useRef(state);
  latest.current = state;
  const leaveText = useRef<string | undefined>(undefined);

  useKeys(
    (input, key) => {
      const current = latest.current;
      const answeredSome = current.session.answers.some(Boolean) && current.session.status === 'running';
      const action = questionKeyToAction(input, key, {
        phase: current.phase,
        now: now(),
        confirmQuit,
        confirmLeave: Boolean(props.confirmLeave) && answeredSome,
      });
      if (action?.type === 'dispatch') action.actions.forEach(dispatch);
      else if (action?.type === 'help') props.onHelp();
      else if (action?.type === 'confirm-leave') {
        leaveText.current = props.confirmLeave!(action.intent);
        dispatch({ type: 'ask-quit' });
      } else if (action?.type === 'quit') props.onQuit();
      else if (action?.type === 'back') props.onBack();
      else if (action?.type === 'feedback' && !props.onFeedbackKey?.(action.input, action.enter) && action.otherwise)
        dispatch(action.otherwise);
    },
    active && state.phase !== 'done',
  );

  const { session, phase } = state;
  if (phase === 'done') return <>{props.children}</>;
  const index = phase === 'feedback' ? state.shown : session.index;
  const drawn = session.questions[index]!;
  const type = drawn.question.type;
  const title = `${props.title} · ${t.practice.question(index + 1, session.questions.length)}`;
  const height = bodyHeight(rows);
  const quitHint = confirmQuit ? t.practice.keys.quitDrill : t.keys.quit;
  let lines: Line[];
  let focus: [number, number] | undefined;
  let hints: string[];
  if (phase === 'confirm-quit') {
    const question = leaveText.current && !confirmQuit ? leaveText.current : t.practice.drill.confirmQuit;
    lines = [
      ...questionLines(t, lang, drawn, state.cursor, state.marks, width).lines.slice(0, 2),
      [],
      ...prose(question, width, { color: 'yellow', bold: true }),
    ];
    focus = [lines.length - 1, lines.length - 1];
    hints = [question.replace(/^.*\(/, '(')];
  } else if (phase === 'feedback') {
    const record = session.answers[index];
    lines =
      type === 'open'
        ? [
            [
              {
                text: t.practice.covered(
                  record?.response.kind === 'open' ? record.response.ticked.length : 0,
                  drawn.question.keyPoints?.length ?? 0,
                ),
                bold: true,
              },
            ],
          ]
        : feedbackLines(t, lang, drawn, record?.score ?? 0, width, record?.response);
    if (props.feedbackExtra) lines.push([], ...props.feedbackExtra);
    hints = [
      ...(props.feedbackHints ?? [session.status === 'running' ? t.practice.keys.next : t.practice.keys.finish]),
      t.practice.keys.scroll,
      quitHint,
    ];
  } else if (phase === 'reveal') {
    ({ lines, focus } = revealLines(t, lang, drawn.question, state.cursor, state.marks, state.notes, width));
    hints = [t.keys.move, t.practice.keys.tick, t.practice.keys.confirm, quitHint];
  } else {
    ({ lines, focus } = questionLines(t, lang, drawn, state.cursor, state.marks, width));
    if (type === 'open') {
      lines.push([], ...prose(t.practice.thinkOpen, width, { dim: true }));
      if (phase === 'notes' || state.notes) {
        lines.push([{ text: t.practice.notesLabel, dim: true }]);
        const noteLines = typed(state.notes || ' ', width - 2, {}, '  ');
        if (phase === 'notes')
          noteLines.push([
            { text: '> ', color: 'cyan' },
            { text: ' ', underline: true },
          ]);
        lines.push(...noteLines);
        focus = [lines.length - 1, lines.length - 1];
      }
      hints =
        phase === 'notes'
          ? [t.practice.keys.notesDone, t.keys.type]
          : [t.practice.keys.reveal, t.practice.keys.notes, quitHint];
    } else hints = [type === 'multi' ? t.practice.keys.answerMulti : t.practice.keys.answerSingle, quitHint];
  }
  if (!confirmQuit && phase !== 'notes') hints.push(t.keys.back);
  // Last, so a narrow terminal drops it first; `?` still works.
  if (phase !== 'notes' && phase !== 'confirm-quit') hints.push(t.keys.help);
  return (
    <Frame title={title} context={props.context} hints={hints}>
      <Viewport
        lines={lines}
        height={height}
        focus={focus}
        active={active && phase !== 'notes'}
        arrows={phase === 'feedback'}
      />
      {lines.length === 0 ? <Text> </Text> : null}
    </Frame>
  );
}
