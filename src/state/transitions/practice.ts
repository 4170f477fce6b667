// How practice changes the store: pure State → State functions, applied through Store.update so two
// processes merge. Every answer is written as it is given, so a killed drill loses nothing answered.
import {
  drillScore,
  withHistory,
  type DrillRecord,
  type DrillStatus,
  type PracticeMode,
  type QuizAttempt,
} from '../../core/practice.js';
import { needsReview, topicKey, type BankQuestion } from '../../core/quiz.js';
import { cardAfterAnswer, derivedRating, rateCard, type ReviewRating } from '../../core/review.js';
import type { ModuleId } from '../../core/types.js';
import type { State } from '../schema.js';

/** Quiz attempts kept (the module's best and attempt count live in modules[id].quiz regardless). */
const QUIZ_ATTEMPTS_KEPT = 200;

/** An open question's self-assessed share of key points, as a review rating. */
export function openRating(score: number): ReviewRating {
  if (score < 0.4) return 'again';
  if (score < 0.7) return 'hard';
  return score < 1 ? 'good' : 'easy';
}

export interface AnswerInput {
  question: BankQuestion;
  score: number;
  ms: number;
  mode: PracticeMode;
  now: Date;
  drillId?: string | undefined;
}

/** One answer: the question's history, its review card, and the drill it belongs to. */
export function recordAnswer(state: State, input: AnswerInput): State {
  const { question, score, ms, mode, now } = input;
  const at = now.toISOString();
  const rating = question.type === 'open' ? openRating(score) : derivedRating(question, score, ms);
  const card = cardAfterAnswer(state.cards[question.id], rating, needsReview(question, score), now);
  const cards = { ...state.cards };
  if (card) cards[question.id] = card;
  const drills = input.drillId
    ? state.drills.map((drill) =>
        drill.id === input.drillId && !drill.answers.some((answer) => answer.questionId === question.id)
          ? { ...drill, answers: [...drill.answers, { questionId: question.id, score, ms: Math.round(ms) }] }
          : drill,
      )
    : state.drills;
  return {
    ...state,
    questions: {
      ...state.questions,
      [question.id]: withHistory(state.questions[question.id], topicKey(question), {
        at,
        score,
        mode,
        ms: Math.round(ms),
      }),
    },
    cards,
    drills,
  };
}

/** A new drill, in progress. Any other drill still marked in progress was interrupted: it is abandoned. */
export function startDrill(state: State, drill: DrillRecord): State {
  const closed = state.drills.map((other) =>
    other.status === 'in-progress' ? { ...other, status: 'abandoned' as const, score: drillScore(other) } : other,
  );
  return { ...state, drills: [...closed, drill] };
}

/**
 * The drill ended. At a time-out, the questions never answered count as missed: they enter the history
 * with score 0 and become review cards.
 */
export function endDrill(
  state: State,
  id: string,
  status: Exclude<DrillStatus, 'in-progress'>,
  score: number,
  now: Date,
  unanswered: readonly BankQuestion[] = [],
): State {
  let next: State = {
    ...state,
    drills: state.drills.map((drill) =>
      drill.id === id ? { ...drill, status, score, endedAt: now.toISOString() } : drill,
    ),
  };
  if (status === 'timeout') {
    for (const question of unanswered) {
      next = recordAnswer(next, { question, score: 0, ms: 0, mode: 'drill', now });
    }
  }
  return next;
}

/**
 * A quiz left before its last question (after a confirmation): kept as an abandoned attempt, so it
 * counts for "what was asked last", never for the module's best.
 */
export function recordAbandonedQuiz(state: State, attempt: QuizAttempt & { answered: number }): State {
  return { ...state, quizzes: [...state.quizzes, { ...attempt, abandoned: true }].slice(-QUIZ_ATTEMPTS_KEPT) };
}

/** A finished quiz: the attempt, and for a module quiz its attempts, best and passed flag. */
export function recordQuiz(state: State, attempt: QuizAttempt, passScore: number): State {
  const quizzes = [...state.quizzes, attempt].slice(-QUIZ_ATTEMPTS_KEPT);
  if (!attempt.module) return { ...state, quizzes };
  const id: ModuleId = attempt.module;
  const module = state.modules[id] ?? {};
  const previous = module.quiz;
  return {
    ...state,
    quizzes,
    lastModule: state.lastModule ?? id,
    modules: {
      ...state.modules,
      [id]: {
        ...module,
        startedAt: module.startedAt ?? attempt.at,
        quiz: {
          attempts: (previous?.attempts ?? 0) + 1,
          best: Math.max(previous?.best ?? 0, attempt.score),
          passed: Boolean(previous?.passed) || attempt.score >= passScore,
          updatedAt: attempt.at,
        },
      },
    },
  };
}

/** A review: the card moves on by the rating; the answer joins the question's history. */
export function recordReview(
  state: State,
  question: BankQuestion,
  rating: ReviewRating,
  score: number,
  ms: number,
  now: Date,
): State {
  const existing = state.cards[question.id];
  const cards = existing ? { ...state.cards, [question.id]: rateCard(existing, rating, now) } : state.cards;
  return {
    ...state,
    cards,
    questions: {
      ...state.questions,
      [question.id]: withHistory(state.questions[question.id], topicKey(question), {
        at: now.toISOString(),
        score,
        mode: 'review',
        ms: Math.round(ms),
      }),
    },
  };
}

/**
 * The learner overrides a review's automatic rating: the card, rescheduled from where it was before
 * that review, replaces the stored one (unless the card was deleted meanwhile).
 */
export function replaceCard(state: State, id: string, card: State['cards'][string]): State {
  return state.cards[id] ? { ...state, cards: { ...state.cards, [id]: card } } : state;
}

/** Suspended cards stay in the store but are never due; the same key brings them back. */
export function toggleCardSuspended(state: State, id: string): State {
  const card = state.cards[id];
  return card ? { ...state, cards: { ...state.cards, [id]: { ...card, suspended: !card.suspended } } } : state;
}

/** A deleted card leaves the review queue; the question's answer history is kept for stats. */
export function deleteCard(state: State, id: string): State {
  if (!state.cards[id]) return state;
  const cards = { ...state.cards };
  delete cards[id];
  return { ...state, cards };
}
