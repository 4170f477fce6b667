// boundState first asks whether anything is over its cap and returns the state untouched when not:
// each cap must still be noticed on its own, at one past its limit, and nothing cut at the limit.
import { describe, expect, it } from 'vitest';
import { boundState, LIMITS } from '../../src/state/bounds.js';
import { emptyState, type State } from '../../src/state/schema.js';

const at = (i: number) => new Date(Date.UTC(2026, 10, 1, 0, i)).toISOString();
const ids = (n: number) => Array.from({ length: n }, (_, i) => `q-${i}`);
const quiz = (questionIds: string[], topics?: string[]) => ({
  at: at(0),
  score: 50,
  total: questionIds.length,
  questionIds,
  ...(topics ? { topics } : {}),
});
const drill = (questionIds: string[], answers = 0) => ({
  id: 'd',
  level: 'mid' as const,
  startedAt: at(0),
  status: 'finished' as const,
  count: questionIds.length,
  minutes: 10,
  questionIds,
  answers: Array.from({ length: answers }, (_, i) => ({ questionId: `q-${i}`, score: 1, ms: 1 })),
});
const card = {
  due: at(0),
  stability: 1,
  difficulty: 1,
  elapsed_days: 0,
  scheduled_days: 1,
  learning_steps: 0,
  reps: 1,
  lapses: 0,
  state: 1,
};
const record = <T>(n: number, value: (i: number) => T) => Object.fromEntries(ids(n).map((id, i) => [id, value(i)]));
const history = (n: number) => Array.from({ length: n }, (_, i) => ({ at: at(i), score: 1, mode: 'quiz' as const }));

/** One list at `n` entries, every other list empty. */
const CASES: [string, (n: number) => Partial<State>, number][] = [
  [
    'sections read',
    (n) => ({
      modules: {
        '03': { lesson: { position: 0, sectionsRead: ids(n).map((_, i) => i), read: false, updatedAt: at(0) } },
      },
    }),
    LIMITS.sectionsRead,
  ],
  [
    'check history',
    (n) => ({
      modules: {
        '03': {
          check: { best: 1, passed: false, history: history(n).map(({ at: time }) => ({ at: time, score: 1 })) },
        },
      },
    }),
    LIMITS.checkHistory,
  ],
  ['questions', (n) => ({ questions: record(n, () => ({ topic: 't', history: history(1) })) }), LIMITS.questions],
  [
    'one question’s history',
    (n) => ({ questions: { 'q-1': { topic: 't', history: history(n) } } }),
    LIMITS.questionHistory,
  ],
  ['quizzes', (n) => ({ quizzes: Array.from({ length: n }, () => quiz(['q-1'])) }), LIMITS.quizzes],
  ['a quiz’s questions', (n) => ({ quizzes: [quiz(ids(n))] }), LIMITS.perRecord],
  ['a quiz’s topics', (n) => ({ quizzes: [quiz(['q-1'], ids(n))] }), LIMITS.perRecord],
  ['drills', (n) => ({ drills: Array.from({ length: n }, () => drill(['q-1'])) }), LIMITS.drills],
  ['a drill’s questions', (n) => ({ drills: [drill(ids(n))] }), LIMITS.perRecord],
  ['a drill’s answers', (n) => ({ drills: [drill(['q-1'], n)] }), LIMITS.perRecord],
  ['cards', (n) => ({ cards: record(n, () => card) }), LIMITS.cards],
];

describe('boundState', () => {
  for (const [name, make, limit] of CASES)
    it(`cuts ${name} one past the cap (${limit}) and leaves them whole at it`, () => {
      const full = { ...emptyState(), ...make(limit) } as State;
      expect(boundState(full)).toEqual({ state: full, trimmed: false });
      expect(boundState(full).state).toBe(full);
      const over = { ...emptyState(), ...make(limit + 1) } as State;
      const { state, trimmed } = boundState(over);
      expect(trimmed).toBe(true);
      expect(state).not.toEqual(over);
      expect(boundState(state)).toEqual({ state, trimmed: false });
    });
});
