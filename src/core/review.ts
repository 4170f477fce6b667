// Review scheduling with FSRS (ts-fsrs): cards are stored as plain JSON; this module converts them.
// Imported only by the screens that rate answers, so start-up never loads the scheduler.
import { createEmptyCard, fsrs, Rating, type Card, type Grade } from 'ts-fsrs';
import type { BankQuestion } from './quiz.js';

/** A card as kept in the store (dates as ISO strings). */
export interface StoredCard {
  due: string;
  stability: number;
  difficulty: number;
  elapsed_days: number;
  scheduled_days: number;
  learning_steps: number;
  reps: number;
  lapses: number;
  state: number;
  last_review?: string | undefined;
  /** Set aside by the learner: kept, never due, until resumed. */
  suspended?: boolean | undefined;
}

export type ReviewRating = 'again' | 'hard' | 'good' | 'easy';
export const REVIEW_RATINGS: readonly ReviewRating[] = ['again', 'hard', 'good', 'easy'];

const GRADES: Record<ReviewRating, Grade> = {
  again: Rating.Again,
  hard: Rating.Hard,
  good: Rating.Good,
  easy: Rating.Easy,
};

// Fuzz spreads due dates randomly; schedules here must be reproducible from the injected clock.
const scheduler = fsrs({ enable_fuzz: false });

function toStored(card: Card): StoredCard {
  return {
    due: card.due.toISOString(),
    stability: card.stability,
    difficulty: card.difficulty,
    elapsed_days: card.elapsed_days,
    scheduled_days: card.scheduled_days,
    learning_steps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    state: card.state,
    ...(card.last_review ? { last_review: card.last_review.toISOString() } : {}),
  };
}

function fromStored({ suspended: _suspended, ...card }: StoredCard): Card {
  return {
    ...card,
    due: new Date(card.due),
    state: card.state,
    last_review: card.last_review ? new Date(card.last_review) : undefined,
  } as Card;
}

/** A new card, due now. */
export function newCard(now: Date): StoredCard {
  return toStored(createEmptyCard(now));
}

export function rateCard(card: StoredCard, rating: ReviewRating, now: Date): StoredCard {
  const next = toStored(scheduler.next(fromStored(card), now, GRADES[rating]).card);
  // A quiz answer reschedules a suspended card but does not resume it: that is the learner's call.
  return card.suspended ? { ...next, suspended: true } : next;
}

/**
 * The rating of an auto-graded answer: wrong → again, partly right (a multi with partial credit) →
 * hard, right → good, right within a third of the question's time limit (60 s when it has none) → easy.
 */
export function derivedRating(question: Pick<BankQuestion, 'timeLimitSec'>, score: number, ms: number): ReviewRating {
  if (score <= 0) return 'again';
  if (score < 1) return 'hard';
  return ms <= ((question.timeLimitSec ?? 60) * 1000) / 3 ? 'easy' : 'good';
}

/**
 * What an answer does to the question's card: a miss creates one (due now) or sends the existing one
 * back with the rating; an answer that needs no review only moves an existing card on.
 */
export function cardAfterAnswer(
  existing: StoredCard | undefined,
  rating: ReviewRating,
  needsReview: boolean,
  now: Date,
): StoredCard | undefined {
  if (!existing) return needsReview ? newCard(now) : undefined;
  return rateCard(existing, rating, now);
}
