// Questions as the quiz and drill engine sees them: drawing, option shuffling and scoring.
// Pure: randomness comes in as a seeded Rng, nothing reads the clock.
import { shuffle, type Rng } from './random.js';
import { LEVELS, type Level, type Localized, type ModuleId } from './types.js';

/** The fields of a bank question the engine uses (content's validated Question fits this shape). */
export interface BankQuestion {
  id: string;
  level: Level;
  topic: string;
  modules: readonly ModuleId[];
  type: 'single' | 'multi' | 'open';
  difficulty: number;
  timeLimitSec?: number | undefined;
  prompt: Localized;
  options?: readonly Localized[] | undefined;
  answer?: readonly number[] | undefined;
  explanation?: Localized | undefined;
  modelAnswer?: Localized | undefined;
  keyPoints?: readonly Localized[] | undefined;
  /** A module-practice question: in module quizzes and review, never in a mock interview. */
  practice?: true | undefined;
}

/** A question as drawn: its options in the order shown and the correct positions in that order. */
export interface DrawnQuestion {
  question: BankQuestion;
  /** order[shown position] = index in question.options. */
  order: number[];
  /** Shown positions of the correct options (empty for open questions). */
  correct: number[];
}

/** "junior/ml-fundamentals": topic names repeat across levels, so statistics key them with the level. */
export const topicKey = (question: Pick<BankQuestion, 'level' | 'topic'>) => `${question.level}/${question.topic}`;

export const isAutoGraded = (question: BankQuestion) => question.type !== 'open';

export interface PoolFilter {
  level?: Level | undefined;
  module?: ModuleId | undefined;
  /** topicKey values. */
  topics?: readonly string[] | undefined;
  autoGradedOnly?: boolean | undefined;
  /** Only the interview banks (a drill): module-practice questions left out. */
  interviewOnly?: boolean | undefined;
}

export function filterPool<Q extends BankQuestion>(bank: readonly Q[], filter: PoolFilter): Q[] {
  return bank.filter(
    (question) =>
      (filter.level === undefined || question.level === filter.level) &&
      (filter.module === undefined || question.modules.includes(filter.module)) &&
      (filter.topics === undefined || filter.topics.includes(topicKey(question))) &&
      (!filter.autoGradedOnly || isAutoGraded(question)) &&
      (!filter.interviewOnly || !question.practice),
  );
}

/** Shuffles a question's options and remaps its answer to the shown positions. */
export function drawQuestion(question: BankQuestion, rng: Rng): DrawnQuestion {
  if (question.type === 'open' || !question.options) return { question, order: [], correct: [] };
  const order = shuffle(
    question.options.map((_, index) => index),
    rng,
  );
  const correct = (question.answer ?? []).map((original) => order.indexOf(original)).sort((a, b) => a - b);
  return { question, order, correct };
}

export interface Draw {
  questions: DrawnQuestion[];
  /** How many were asked for. */
  requested: number;
  /** The pool was smaller than the request: `questions` holds all there is. */
  short: boolean;
}

/**
 * Draws `count` questions from a pool in random order. Questions of the previous attempt (`avoid`)
 * are taken only when the rest of the pool cannot fill the request.
 */
export function drawQuestions(
  pool: readonly BankQuestion[],
  count: number,
  rng: Rng,
  avoid: ReadonlySet<string> = new Set(),
): Draw {
  const fresh = shuffle(
    pool.filter((question) => !avoid.has(question.id)),
    rng,
  );
  const repeated = shuffle(
    pool.filter((question) => avoid.has(question.id)),
    rng,
  );
  const picked = [...fresh, ...repeated].slice(0, Math.max(0, count));
  // Repeats drawn to fill the request should not all come last: shuffle the final selection.
  const questions = shuffle(picked, rng).map((question) => drawQuestion(question, rng));
  return { questions, requested: count, short: pool.length < count };
}

/**
 * A module quiz's questions, best first: the module's own questions at its level (the level the
 * syllabus gives the module's week), then its questions at the nearest other levels. A question that
 * also belongs to a module not reached yet (a later week) is left out: module 00 never asks about DVC.
 */
export function moduleQuizPool<Q extends BankQuestion>(
  bank: readonly Q[],
  module: ModuleId,
  level: Level,
  reached: ReadonlySet<ModuleId>,
): Q[][] {
  const own = filterPool(bank, { module, autoGradedOnly: true }).filter((question) =>
    question.modules.every((id) => reached.has(id)),
  );
  const at = LEVELS.indexOf(level);
  const levels = [...LEVELS].sort(
    (a, b) =>
      Math.abs(LEVELS.indexOf(a) - at) - Math.abs(LEVELS.indexOf(b) - at) || LEVELS.indexOf(a) - LEVELS.indexOf(b),
  );
  return levels.map((tier) => own.filter((question) => question.level === tier)).filter((tier) => tier.length > 0);
}

/** Draws `count` questions taking the tiers in order (each drawn as drawQuestions does), then mixes them. */
export function drawTiered(
  tiers: readonly (readonly BankQuestion[])[],
  count: number,
  rng: Rng,
  avoid: ReadonlySet<string> = new Set(),
): Draw {
  const picked: BankQuestion[] = [];
  for (const tier of tiers) {
    if (picked.length >= count) break;
    picked.push(...drawQuestions(tier, count - picked.length, rng, avoid).questions.map((drawn) => drawn.question));
  }
  const draw = drawQuestions(picked, picked.length, rng);
  return { ...draw, requested: count, short: picked.length < count };
}

// ---------------------------------------------------------------- answers and scoring

export type Response =
  | { kind: 'single'; choice: number }
  | { kind: 'multi'; choices: number[] }
  | { kind: 'open'; ticked: number[]; notes?: string | undefined };

/**
 * Score of one answer in [0, 1]. Positions are the shown positions.
 * - single: 1 when the chosen option is the right one, else 0.
 * - multi: partial credit = (correct picks − wrong picks) / number of correct options, floored at 0.
 *   Picking every option therefore earns nothing, and one wrong pick cancels one right pick.
 * - open: the share of key points the learner ticked as covered.
 */
export function scoreResponse(drawn: DrawnQuestion, response: Response): number {
  const { question, correct } = drawn;
  if (question.type === 'single') return response.kind === 'single' && correct.includes(response.choice) ? 1 : 0;
  if (question.type === 'multi') {
    if (response.kind !== 'multi' || correct.length === 0) return 0;
    const picks = new Set(response.choices);
    let right = 0;
    let wrong = 0;
    for (const pick of picks)
      if (correct.includes(pick)) right += 1;
      else wrong += 1;
    return Math.max(0, (right - wrong) / correct.length);
  }
  const points = question.keyPoints?.length ?? 0;
  if (response.kind !== 'open' || points === 0) return 0;
  return new Set(response.ticked.filter((index) => index >= 0 && index < points)).size / points;
}

/** An open question under this share of key points is reviewed again; so is any auto-graded miss. */
export const OPEN_REVIEW_BELOW = 0.7;

/** Whether an answer should become (or stay) a review card. */
export function needsReview(question: BankQuestion, score: number): boolean {
  return question.type === 'open' ? score < OPEN_REVIEW_BELOW : score < 1;
}

/** Percent 0–100, rounded, of earned over total. */
export const percent = (earned: number, total: number) => (total > 0 ? Math.round((earned / total) * 100) : 0);

/** A module quiz (or any quiz) passes at 70 %. */
export const QUIZ_PASS = 70;
export const QUIZ_SIZE = 10;
