// The quiz and drill engine with a fake clock and a seeded RNG.
import { describe, expect, it } from 'vitest';
import {
  dueIds,
  drillStatus,
  sparkline,
  summarizeDrills,
  topicAccuracy,
  weakestTopics,
  type DrillRecord,
} from '../../src/core/practice.js';
import {
  drawQuestion,
  drawQuestions,
  drawTiered,
  filterPool,
  moduleQuizPool,
  needsReview,
  scoreResponse,
  type BankQuestion,
} from '../../src/core/quiz.js';
import { seededRng } from '../../src/core/random.js';
import { cardAfterAnswer, derivedRating, newCard, rateCard } from '../../src/core/review.js';
import {
  abandon,
  answer,
  currentQuestionMs,
  formatClock,
  remainingMs,
  sessionResult,
  startSession,
  tick,
} from '../../src/core/session.js';
import { reflow } from '../../src/core/text.js';

const l = (text: string) => ({ es: text, en: text });
const single = (id: string, answer = 2, extra: Partial<BankQuestion> = {}): BankQuestion => ({
  id,
  level: 'junior',
  topic: 'git-tools',
  modules: ['01'],
  type: 'single',
  difficulty: 1,
  prompt: l(`prompt ${id}`),
  options: [l('a'), l('b'), l('c'), l('d')],
  answer: [answer],
  explanation: l('because'),
  ...extra,
});
const multi = (id: string): BankQuestion => ({ ...single(id), type: 'multi', answer: [0, 1, 3] });
const open = (id: string): BankQuestion => ({
  id,
  level: 'senior',
  topic: 'leadership',
  modules: ['11'],
  type: 'open',
  difficulty: 2,
  prompt: l('explain'),
  modelAnswer: l('model'),
  keyPoints: [l('one'), l('two'), l('three'), l('four')],
});

const T0 = Date.parse('2026-11-26T10:00:00Z');

describe('drawing', () => {
  it('remaps the answer when the seeded shuffle moves the options', () => {
    const question = single('jr-git-01', 2);
    for (let seed = 1; seed < 30; seed++) {
      const drawn = drawQuestion(question, seededRng(seed));
      expect([...drawn.order].sort()).toEqual([0, 1, 2, 3]);
      // The correct shown position shows the original answer option
      expect(drawn.correct).toHaveLength(1);
      expect(drawn.order[drawn.correct[0]!]).toBe(2);
      expect(scoreResponse(drawn, { kind: 'single', choice: drawn.correct[0]! })).toBe(1);
    }
    // The same seed gives the same order; some seed moves the answer away from position 2
    expect(drawQuestion(question, seededRng(7)).order).toEqual(drawQuestion(question, seededRng(7)).order);
    expect(
      new Set(Array.from({ length: 20 }, (_, seed) => drawQuestion(question, seededRng(seed)).correct[0])).size,
    ).toBeGreaterThan(1);
  });

  it('avoids the previous attempt’s questions while the pool allows', () => {
    const pool = Array.from({ length: 15 }, (_, i) => single(`jr-git-${String(i).padStart(2, '0')}`));
    const first = drawQuestions(pool, 10, seededRng(1));
    expect(new Set(first.questions.map((d) => d.question.id)).size).toBe(10);
    const avoid = new Set(first.questions.map((d) => d.question.id));
    const second = drawQuestions(pool, 10, seededRng(2), avoid);
    const ids = second.questions.map((d) => d.question.id);
    expect(new Set(ids).size).toBe(10);
    // All 5 unseen questions are drawn; only 5 repeats fill the rest
    expect(ids.filter((id) => !avoid.has(id))).toHaveLength(5);
    expect(second.short).toBe(false);
  });

  it('uses what there is when the pool is too small, and says so', () => {
    const draw = drawQuestions([single('a-a-01'), single('a-a-02')], 5, seededRng(3));
    expect(draw.questions).toHaveLength(2);
    expect(draw).toMatchObject({ short: true, requested: 5 });
  });

  it('filters by module, level, topic and type', () => {
    const pool = [single('jr-git-01'), single('jr-git-02', 1, { modules: ['02'] }), open('sr-lead-01')];
    expect(filterPool(pool, { module: '01' }).map((q) => q.id)).toEqual(['jr-git-01']);
    expect(filterPool(pool, { level: 'senior' }).map((q) => q.id)).toEqual(['sr-lead-01']);
    expect(filterPool(pool, { topics: ['senior/leadership'] }).map((q) => q.id)).toEqual(['sr-lead-01']);
    expect(filterPool(pool, { autoGradedOnly: true })).toHaveLength(2);
  });

  it('leaves module-practice questions out of a drill, never out of a module quiz', () => {
    const pool = [single('jr-git-01'), single('jr-git-11', 1, { practice: true })];
    expect(filterPool(pool, { level: 'junior', interviewOnly: true }).map((q) => q.id)).toEqual(['jr-git-01']);
    expect(filterPool(pool, { module: '01', autoGradedOnly: true }).map((q) => q.id)).toEqual([
      'jr-git-01',
      'jr-git-11',
    ]);
  });
});

describe('scoring', () => {
  const identity = (question: BankQuestion) => ({
    question,
    order: [0, 1, 2, 3],
    correct: [...(question.answer ?? [])],
  });

  it('gives multi partial credit: (right − wrong) / correct, never below 0', () => {
    const drawn = identity(multi('jr-git-05'));
    expect(scoreResponse(drawn, { kind: 'multi', choices: [0, 1, 3] })).toBe(1);
    expect(scoreResponse(drawn, { kind: 'multi', choices: [0, 1] })).toBeCloseTo(2 / 3);
    expect(scoreResponse(drawn, { kind: 'multi', choices: [0, 1, 2] })).toBeCloseTo(1 / 3);
    expect(scoreResponse(drawn, { kind: 'multi', choices: [0, 1, 2, 3] })).toBeCloseTo(2 / 3);
    expect(scoreResponse(drawn, { kind: 'multi', choices: [2] })).toBe(0);
    expect(scoreResponse(drawn, { kind: 'multi', choices: [] })).toBe(0);
  });

  it('scores open questions by key points ticked, and reviews them under 70 %', () => {
    const drawn = { question: open('sr-lead-01'), order: [], correct: [] };
    expect(scoreResponse(drawn, { kind: 'open', ticked: [0, 2] })).toBe(0.5);
    expect(scoreResponse(drawn, { kind: 'open', ticked: [0, 1, 2] })).toBe(0.75);
    expect(needsReview(drawn.question, 0.5)).toBe(true);
    expect(needsReview(drawn.question, 0.75)).toBe(false);
    expect(needsReview(single('x-x-01'), 0.99)).toBe(true);
  });
});

describe('a timed drill with a fake clock', () => {
  it('a 3-question, 1-minute drill times out; the question on screen is a miss, the unseen one is not reached', () => {
    const questions = [single('jr-git-01'), single('jr-git-02'), single('jr-git-03')].map((q) => ({
      question: q,
      order: [0, 1, 2, 3],
      correct: [2],
    }));
    let session = startSession(questions, T0, 60_000);
    expect(remainingMs(session, T0 + 15_000)).toBe(45_000);
    expect(formatClock(remainingMs(session, T0 + 15_000)!)).toBe('0:45');
    session = answer(session, { kind: 'single', choice: 2 }, T0 + 20_000);
    expect(currentQuestionMs(session, T0 + 25_000)).toBe(5_000);
    session = tick(session, T0 + 59_999);
    expect(session.status).toBe('running');
    session = tick(session, T0 + 60_000);
    expect(session.status).toBe('timeout');
    // An answer after the time-out is not taken
    expect(answer(session, { kind: 'single', choice: 2 }, T0 + 61_000).answers[1]).toBeUndefined();
    const result = sessionResult(session);
    expect(result).toMatchObject({
      status: 'timeout',
      score: 33,
      answered: 1,
      correct: 1,
      total: 3,
      elapsedMs: 60_000,
    });
    expect(result.misses.map((miss) => miss.drawn.question.id)).toEqual(['jr-git-02']);
    expect(result.notReached.map((drawn) => drawn.question.id)).toEqual(['jr-git-03']);
    expect(result.slowest).toEqual({ questionId: 'jr-git-01', ms: 20_000 });
  });

  it('an answer that arrives after the deadline ends the drill instead', () => {
    const questions = [single('jr-git-01')].map((q) => ({ question: q, order: [0, 1, 2, 3], correct: [2] }));
    const session = answer(startSession(questions, T0, 60_000), { kind: 'single', choice: 2 }, T0 + 90_000);
    expect(session.status).toBe('timeout');
    expect(sessionResult(session).score).toBe(0);
  });

  it('abandoning keeps what was answered; topics and times are reported', () => {
    const questions = [single('jr-git-01'), { ...single('jr-ml-01'), topic: 'ml-fundamentals' }].map((q) => ({
      question: q,
      order: [0, 1, 2, 3],
      correct: [2],
    }));
    let session = startSession(questions, T0, 600_000);
    session = answer(session, { kind: 'single', choice: 1 }, T0 + 7_000);
    session = abandon(session, T0 + 9_000);
    const result = sessionResult(session);
    expect(result).toMatchObject({ status: 'abandoned', answered: 1, score: 0 });
    expect(result.byTopic.map((topic) => topic.topic)).toEqual(['junior/git-tools', 'junior/ml-fundamentals']);
  });
});

describe('review cards (ts-fsrs)', () => {
  it('derives ratings from answers and schedules later for better ones', () => {
    expect(derivedRating({}, 0, 1000)).toBe('again');
    expect(derivedRating({}, 0.5, 1000)).toBe('hard');
    expect(derivedRating({}, 1, 10_000)).toBe('easy');
    expect(derivedRating({}, 1, 30_000)).toBe('good');
    expect(derivedRating({ timeLimitSec: 180 }, 1, 30_000)).toBe('easy');
    const now = new Date(T0);
    const card = newCard(now);
    expect(Date.parse(card.due)).toBe(T0);
    expect(Date.parse(rateCard(card, 'easy', now).due)).toBeGreaterThan(Date.parse(rateCard(card, 'again', now).due));
    expect(cardAfterAnswer(undefined, 'good', false, now)).toBeUndefined();
    expect(cardAfterAnswer(undefined, 'again', true, now)).toEqual(card);
  });

  it('counts due cards by their due time', () => {
    const cards = { a: { due: '2026-11-26T09:00:00.000Z' }, b: { due: '2026-11-27T09:00:00.000Z' } };
    expect(dueIds(cards, new Date(T0))).toEqual(['a']);
  });
});

describe('history', () => {
  it('ranks topics by accuracy and summarizes drills, interrupted ones as abandoned', () => {
    const questions = {
      a: {
        topic: 'junior/git-tools',
        history: [
          { at: 'x', score: 1, mode: 'quiz' as const },
          { at: 'y', score: 0, mode: 'drill' as const },
        ],
      },
      b: { topic: 'junior/portfolio', history: [{ at: 'x', score: 1, mode: 'quiz' as const }] },
    };
    expect(topicAccuracy(questions).map((t) => [t.topic, t.accuracy])).toEqual([
      ['junior/git-tools', 50],
      ['junior/portfolio', 100],
    ]);
    expect(weakestTopics(questions).map((t) => t.topic)).toEqual(['junior/git-tools']);
    const drill = (id: string, status: DrillRecord['status'], score?: number): DrillRecord => ({
      id,
      level: 'junior',
      startedAt: `2026-11-2${id}T10:00:00.000Z`,
      status,
      count: 10,
      minutes: 15,
      questionIds: [],
      answers: [{ questionId: 'q', score: 1, ms: 1 }],
      score,
    });
    const drills = [drill('1', 'finished', 60), drill('2', 'timeout', 80), drill('3', 'in-progress')];
    expect(drillStatus(drills[2]!, new Date('2026-11-23T10:05:00Z'))).toBe('in-progress');
    const summary = summarizeDrills(drills, new Date(T0));
    expect(summary.byLevel.junior).toMatchObject({
      drills: 3,
      completed: 2,
      abandoned: 1,
      last: 80,
      best: 80,
      scores: [60, 80],
    });
    expect(summary.last).toMatchObject({ id: '3', status: 'abandoned', score: 10 });
    expect(sparkline([0, 50, 100], 10)).toBe('▁▅█');
  });
});

describe('prose from the banks', () => {
  it('re-flows hard-wrapped lines but keeps paragraphs and code', () => {
    expect(reflow('one two\nthree four\n\nnext para\n    code()\n- item\n')).toBe(
      'one two three four\n\nnext para\n    code()\n- item',
    );
  });
});

describe('a module quiz draw', () => {
  const bank = [
    single('jr-1', 2, { modules: ['00'] }),
    single('jr-2', 2, { modules: ['00', '01'] }),
    single('jr-later', 2, { modules: ['00', '05'] }),
    single('md-1', 2, { modules: ['00'], level: 'mid' }),
    single('sr-1', 2, { modules: ['00'], level: 'senior' }),
    single('sr-later', 2, { modules: ['00', '06'], level: 'senior' }),
    single('other', 2, { modules: ['01'] }),
  ];
  const reached = new Set(['00', '01'] as const);

  it('orders the module’s own questions by level, nearest first, and leaves out later modules', () => {
    const tiers = moduleQuizPool(bank, '00', 'junior', reached);
    expect(tiers.map((tier) => tier.map((question) => question.id).sort())).toEqual([
      ['jr-1', 'jr-2'],
      ['md-1'],
      ['sr-1'],
    ]);
    expect(moduleQuizPool(bank, '00', 'mid', reached).map((tier) => tier.map((question) => question.id))).toEqual([
      ['md-1'],
      ['jr-1', 'jr-2'],
      ['sr-1'],
    ]);
  });

  it('fills from the first tier before the next, and is short rather than reaching ahead', () => {
    const tiers = moduleQuizPool(bank, '00', 'junior', reached);
    const three = drawTiered(tiers, 3, seededRng(7));
    expect(three.questions.map((drawn) => drawn.question.id).sort()).toEqual(['jr-1', 'jr-2', 'md-1']);
    const ten = drawTiered(tiers, 10, seededRng(7));
    expect(ten).toMatchObject({ requested: 10, short: true });
    expect(ten.questions.map((drawn) => drawn.question.id).sort()).toEqual(['jr-1', 'jr-2', 'md-1', 'sr-1']);
  });
});
