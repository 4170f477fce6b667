import { useEffect, useReducer, useRef, useState } from 'react';
import { dueIds, nextDue } from '../../core/practice.js';
import { drawQuestion, type BankQuestion } from '../../core/quiz.js';
import { derivedRating, rateCard, REVIEW_RATINGS, type ReviewRating, type StoredCard } from '../../core/review.js';
import { startSession } from '../../core/session.js';
import { openRating, recordReview, replaceCard } from '../../state/transitions/index.js';
import { Frame } from '../components/frame.js';
import { useKeys } from '../hooks/use-keys.js';
import { ratingCursorKeyToAction, reviewFeedbackKeyToAction, reviewResultsKeyToAction } from '../keys/review.js';
import { useResultKeys, type PracticeScreenProps } from './screen-props.js';
import { useTerminalSize } from '../hooks/use-terminal-size.js';
import { prose, relativeTime, type Line } from './lines.js';
import { bodyHeight, QuestionRun } from './question-run.js';
import { initialRunner, runnerReducer } from './runner.js';
import { Viewport } from './viewport.js';
import { CardBrowser } from './card-browser.js';

export type ReviewScreenProps = PracticeScreenProps;

/**
 * The due cards, one question each. Auto-graded answers rate the card themselves (wrong → again,
 * partial → hard, right → good, right and fast → easy); for open ones the learner chooses.
 */
export function ReviewScreen(props: ReviewScreenProps) {
  const { t, lang, clock, update } = props;
  const { columns, rows } = useTerminalSize();
  const width = Math.max(20, columns);
  // The queue is drawn once, when the review opens: ratings given during it change the cards, not it.
  const [initial] = useState(() => {
    const byId = new Map(props.bank.map((question) => [question.id, question]));
    const due = dueIds(props.data.cards, new Date(clock()))
      .map((id) => byId.get(id))
      .filter((question): question is BankQuestion => question !== undefined);
    return initialRunner(
      startSession(
        due.map((question) => drawQuestion(question, props.rng)),
        clock(),
      ),
      true,
    );
  });
  const [state, dispatch] = useReducer(runnerReducer, initial);
  // Ratings given, by question index: the card is rescheduled once per review.
  // `before` is the card as it was, so an automatic rating can be replaced by the learner's own.
  const [rated, setRated] = useState<
    Record<number, { rating: ReviewRating; due: string; before?: StoredCard | undefined }>
  >({});
  const [browsing, setBrowsing] = useState(false);
  const ratedRef = useRef(rated);
  ratedRef.current = rated;
  const [choice, setChoice] = useState(2);

  const rate = (index: number, rating: ReviewRating) => {
    if (ratedRef.current[index]) return;
    const record = state.session.answers[index];
    const question = state.session.questions[index]!.question;
    if (!record) return;
    const now = new Date(clock());
    let due = '';
    let before: StoredCard | undefined;
    update((current) => {
      before = current.cards[question.id];
      const next = recordReview(current, question, rating, record.score, record.ms, now);
      due = next.cards[question.id]?.due ?? '';
      return next;
    });
    const entry = { ...ratedRef.current, [index]: { rating, due, before } };
    ratedRef.current = entry;
    setRated(entry);
  };

  // Auto-graded answers are rated as soon as they are given.
  useEffect(() => {
    if (state.phase !== 'feedback') return;
    const drawn = state.session.questions[state.shown]!;
    const record = state.session.answers[state.shown];
    if (drawn.question.type !== 'open' && record)
      rate(state.shown, derivedRating(drawn.question, record.score, record.ms));
    if (drawn.question.type === 'open' && record) setChoice(REVIEW_RATINGS.indexOf(openRating(record.score)));
    // Once per answer shown: `rate` guards against rating twice and reads the latest session itself.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [state.phase, state.shown]);

  /** The learner overrides an automatic rating: the card is rescheduled from where it was. */
  const rerate = (index: number, rating: ReviewRating) => {
    const entry = ratedRef.current[index];
    const question = state.session.questions[index]!.question;
    if (!entry?.before || entry.rating === rating) return;
    const card = rateCard(entry.before, rating, new Date(clock()));
    update((current) => replaceCard(current, question.id, card));
    const next = { ...ratedRef.current, [index]: { ...entry, rating, due: card.due } };
    ratedRef.current = next;
    setRated(next);
  };

  const done = state.phase === 'done';
  useResultKeys(props, done && !browsing, 'review');
  useKeys(
    (input) => {
      if (reviewResultsKeyToAction(input) === 'browse') setBrowsing(true);
    },
    props.active && done && !browsing,
  );

  const shownQuestion = state.session.questions[state.shown]?.question;
  const openPending = state.phase === 'feedback' && shownQuestion?.type === 'open' && !rated[state.shown];
  const current = rated[state.shown];
  const extra: Line[] = [];
  if (state.phase === 'feedback' && shownQuestion) {
    if (current)
      extra.push(
        ...prose(
          t.practice.review.rated(
            t.practice.review.ratings[current.rating],
            relativeTime(lang, clock(), Date.parse(current.due)),
          ),
          width,
          { color: 'cyan' },
        ),
      );
    else if (openPending) {
      extra.push([{ text: t.practice.review.rateOpen, bold: true }]);
      REVIEW_RATINGS.forEach((rating, index) =>
        extra.push([
          {
            text: `${index === choice ? '❯ ' : '  '}${index + 1}. ${t.practice.review.ratings[rating]}`,
            color: index === choice ? 'cyan' : undefined,
            bold: index === choice,
          },
        ]),
      );
    }
  }
  const onFeedbackKey = (input: string, enter: boolean) => {
    const action = reviewFeedbackKeyToAction(input, enter, { openPending, rated: Boolean(current) });
    if (action?.type === 'rerate') rerate(state.shown, REVIEW_RATINGS[action.choice]!);
    else if (action?.type === 'rate') rate(state.shown, REVIEW_RATINGS[action.choice]!);
    else if (action?.type === 'rate-chosen') rate(state.shown, REVIEW_RATINGS[choice]!);
    return action !== undefined;
  };
  useKeys((_input, key) => {
    const delta = ratingCursorKeyToAction(key);
    if (delta) setChoice((value) => Math.max(0, Math.min(3, value + delta)));
  }, props.active && openPending);

  const total = state.session.questions.length;
  const lines: Line[] = [];
  if (total === 0) {
    lines.push([{ text: t.practice.review.none, bold: true }]);
    const next = nextDue(props.data.cards);
    lines.push(
      ...prose(
        next ? t.practice.review.next(relativeTime(lang, clock(), Date.parse(next))) : t.practice.review.empty,
        width,
        { dim: true },
      ),
    );
  } else lines.push([{ text: t.practice.review.done(state.session.answers.filter(Boolean).length), bold: true }]);
  if (browsing)
    return (
      <CardBrowser
        t={t}
        lang={lang}
        bank={props.bank}
        data={props.data}
        update={update}
        clock={clock}
        active={props.active}
        onBack={() => setBrowsing(false)}
        onQuit={props.onQuit}
        onHelp={() => props.onHelp('cards')}
      />
    );
  return (
    <QuestionRun
      t={t}
      lang={lang}
      title={t.practice.review.title}
      context={total ? t.practice.review.left(total - state.session.answers.filter(Boolean).length) : undefined}
      state={state}
      dispatch={dispatch}
      now={clock}
      active={props.active}
      confirmQuit={false}
      onBack={props.onBack}
      onQuit={props.onQuit}
      onHelp={() => props.onHelp('review')}
      feedbackExtra={extra}
      onFeedbackKey={onFeedbackKey}
      feedbackHints={
        openPending
          ? [t.practice.keys.rate, t.keys.choose]
          : current?.before
            ? [
                state.session.status === 'running' ? t.practice.keys.next : t.practice.keys.finish,
                t.practice.cards.rerateKey,
              ]
            : undefined
      }
    >
      <Frame
        title={`mlops-tutor · ${t.practice.review.title}`}
        hints={[t.practice.cards.browseKey, t.keys.back, t.keys.quit]}
      >
        <Viewport lines={lines} height={bodyHeight(rows)} active={false} />
      </Frame>
    </QuestionRun>
  );
}
