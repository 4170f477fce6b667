// The store's quick check (src/state/fast-parse.ts) must agree with its zod schema: whatever it accepts,
// zod accepts with the very same result (keys in the same order), and it accepts the files a learner has.
import { describe, expect, it } from 'vitest';
import { fastParseState } from '../../src/state/fast-parse.js';
import { emptyState, stateSchema } from '../../src/state/schema.js';

const at = '2026-11-02T09:00:00.000Z';
/** Every field of the schema used at least once, unknown fields at every level, keys out of order. */
const full = {
  extraTop: { kept: [1, 2] },
  schemaVersion: 2,
  profile: {
    createdAt: at,
    language: 'es',
    startDate: '2026-11-02',
    paceWeeks: 12,
    workspace: '/home/ana/mlops',
    python: '/usr/bin/python3',
    drillLevel: 'mid',
    theme: 'dark',
  },
  modules: {
    '03': {
      check: {
        best: 80,
        passed: true,
        history: [
          { at, score: 80, passed: true, extra: 1 },
          { score: 60, at },
        ],
      },
      startedAt: at,
      lesson: { position: 4, sectionsRead: [0, 1, 2], read: false, updatedAt: at },
      checkpoints: { passed: [1], updatedAt: at },
      quiz: { attempts: 2, best: 70, passed: true, updatedAt: at },
    },
    '00': { startedAt: at, future: 'x' },
  },
  lastModule: '03',
  quizzes: [
    {
      at,
      module: '01',
      topics: ['python'],
      score: 70,
      total: 10,
      questionIds: ['q1'],
      abandoned: false,
      answered: 10,
    },
    { questionIds: [], total: 0, score: 0, at },
  ],
  questions: {
    q1: {
      topic: 'python',
      history: [
        { at, score: 1, mode: 'quiz', ms: 1200 },
        { at, score: 0.5, mode: 'review' },
      ],
    },
  },
  drills: [
    {
      id: 'd1',
      level: 'junior',
      startedAt: at,
      endedAt: at,
      status: 'finished',
      count: 1,
      minutes: 0.5,
      questionIds: ['q1'],
      answers: [{ questionId: 'q1', score: 1, ms: 3000 }],
      score: 100,
    },
  ],
  cards: {
    q1: {
      due: at,
      stability: 2.5,
      difficulty: 5.1,
      elapsed_days: 1,
      scheduled_days: 3,
      learning_steps: 0,
      reps: 1,
      lapses: 0,
      state: 2,
      last_review: at,
      suspended: true,
    },
  },
  pitches: [
    {
      id: 'p1',
      at,
      project: 'churn',
      level: 'senior',
      minutes: 6,
      status: 'time-up',
      elapsedMs: 360000,
      score: 55,
      parts: [{ id: 'problem', ms: 60000, paceMs: 72000 }],
      ratings: { a: 0, b: 1, c: 2 },
      notes: ['slow start'],
      savedAt: at,
    },
  ],
};

const zodResult = (value: unknown) => {
  const result = stateSchema().safeParse(value);
  return result.success ? result.data : undefined;
};

/** Copies of `value` with one change at one place each: wrong types, out of range, missing, extra, reordered. */
function* variants(value: unknown): Generator<unknown> {
  const replacements: unknown[] = [null, undefined, '', 'x', -1, 0, 1, 1.5, 3, 100, 101, Infinity, true, [], {}, ['x']];
  for (const replacement of replacements) yield replacement;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++)
      for (const inner of variants(value[i])) yield value.map((item, j) => (j === i ? inner : item));
    yield [...value, value[0] ?? null];
    yield value.slice(1);
  } else if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value);
    for (const [key, field] of entries) {
      for (const inner of variants(field)) yield { ...value, [key]: inner };
      yield Object.fromEntries(entries.filter(([other]) => other !== key));
    }
    yield Object.fromEntries([...entries].reverse());
    yield { ...value, added: 1 };
    yield { ...value, '07': {} };
    yield JSON.parse(`{"__proto__": {"x": 1}, ${JSON.stringify(value).slice(1)}`);
  } else if (typeof value === 'string') yield `${value}x`;
}

describe("the store's quick check", () => {
  it('accepts sound files and returns what zod returns, in the same key order', () => {
    // A learner with 200 answered questions, written and read back as the store does.
    const ids = Array.from({ length: 200 }, (_, i) => `junior-${i}`);
    const busy = JSON.parse(
      JSON.stringify({
        ...full,
        questions: Object.fromEntries(
          ids.map((id, i) => [id, { topic: 't', history: [{ at, score: i % 2, mode: 'drill', ms: i }] }]),
        ),
        cards: Object.fromEntries(ids.map((id) => [id, full.cards.q1])),
      }),
    ) as unknown;
    for (const sound of [emptyState(), full, busy]) {
      const fast = fastParseState(sound);
      expect(fast).toBeDefined();
      expect(JSON.stringify(fast)).toBe(JSON.stringify(zodResult(sound)));
      expect(fast).toEqual(zodResult(sound));
    }
  });

  it('never accepts what zod rejects, nor returns anything zod would not', () => {
    let accepted = 0;
    let rejected = 0;
    for (const variant of variants(full)) {
      const fast = fastParseState(variant);
      const zod = zodResult(variant);
      if (fast === undefined) {
        rejected += 1;
        continue;
      }
      accepted += 1;
      expect(zod, JSON.stringify(variant)).toBeDefined();
      expect(JSON.stringify(fast)).toBe(JSON.stringify(zod));
      expect(fast).toEqual(zod);
    }
    // Both branches ran many times: the variants do test something.
    expect(accepted).toBeGreaterThan(100);
    expect(rejected).toBeGreaterThan(100);
  });
});
