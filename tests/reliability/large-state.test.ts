// Issue 14, item 11: a 30 MB state (every list far over what a learner reaches) made every command take
// seconds. Every list the store keeps is capped — the newest entries kept — and the first command that
// opens such a file trims it, so the ones after it read a small file.
import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LIMITS } from '../../src/state/bounds.js';
import { Store } from '../../src/state/store.js';
import { cli } from '../helpers/cli.js';

const at = '2026-11-05T10:00:00.000Z';
const profile = { language: 'en', startDate: '2026-11-02', paceWeeks: 8, workspace: '/tmp', createdAt: at };

function hugeState() {
  const questions: Record<string, unknown> = {};
  for (let q = 0; q < 1500; q++)
    questions[`q-${q}`] = {
      topic: 'junior/python',
      history: Array.from({ length: 150 }, (_, i) => ({ at, score: (i % 3) / 2, mode: 'quiz', ms: i })),
    };
  const cards: Record<string, unknown> = {};
  for (let q = 0; q < 3000; q++)
    cards[`q-${q}`] = {
      due: at,
      stability: 2.3,
      difficulty: 5.1,
      elapsed_days: 0,
      scheduled_days: 1,
      learning_steps: 0,
      reps: 1,
      lapses: 0,
      state: 1,
      last_review: at,
    };
  const ids = Array.from({ length: 10 }, (_, j) => `q-${j}`);
  return {
    schemaVersion: 2,
    profile,
    modules: {
      '03': {
        startedAt: at,
        check: { best: 90, passed: true, history: Array.from({ length: 20_000 }, (_, i) => ({ at, score: i % 100 })) },
      },
    },
    quizzes: Array.from({ length: 5000 }, (_, i) => ({
      at,
      module: '03',
      score: i % 100,
      total: 10,
      questionIds: ids,
    })),
    questions,
    drills: Array.from({ length: 3000 }, (_, i) => ({
      id: `d${i}`,
      level: 'junior',
      startedAt: at,
      endedAt: at,
      status: 'finished',
      count: 10,
      minutes: 15,
      questionIds: ids,
      answers: ids.map((questionId) => ({ questionId, score: 1, ms: 3000 })),
      score: 100,
    })),
    cards,
  };
}

describe('a very large state file', () => {
  it(
    'the first command trims every list to its cap, newest kept, and the file shrinks to a few MB',
    { timeout: 120_000 },
    async () => {
      const home = mkdtempSync(join(tmpdir(), 'mlops-large-'));
      writeFileSync(join(home, 'state.json'), JSON.stringify(hugeState(), null, '\t'));
      expect(statSync(join(home, 'state.json')).size).toBeGreaterThan(30_000_000);

      const status = await cli(['status'], { home });
      expect(status.exitCode).toBe(0);
      // The newest run is shown (its score is i % 100 for the last i kept).
      expect(status.stdout).toContain('check 99/100');

      expect(statSync(join(home, 'state.json')).size).toBeLessThan(2_000_000);
      const trimmed = JSON.parse(readFileSync(join(home, 'state.json'), 'utf8'));
      expect(trimmed.profile).toEqual(profile);
      expect(trimmed.modules['03'].check.best).toBe(90);
      expect(trimmed.modules['03'].check.history).toHaveLength(LIMITS.checkHistory);
      expect(trimmed.modules['03'].check.history.at(-1).score).toBe(19_999 % 100);
      expect(trimmed.quizzes).toHaveLength(LIMITS.quizzes);
      expect(trimmed.drills).toHaveLength(LIMITS.drills);
      expect(trimmed.drills.at(-1).id).toBe('d2999');
      expect(Object.keys(trimmed.questions)).toHaveLength(LIMITS.questions);
      expect(Object.keys(trimmed.questions).at(-1)).toBe('q-1499');
      expect(trimmed.questions['q-1499'].history).toHaveLength(LIMITS.questionHistory);
      expect(Object.keys(trimmed.cards)).toHaveLength(LIMITS.cards);
    },
  );

  it('no write can grow a list past its cap', () => {
    const home = mkdtempSync(join(tmpdir(), 'mlops-large-'));
    const store = Store.open(home);
    for (let i = 0; i < 3; i++)
      store.update((state) => ({
        ...state,
        drills: [
          ...state.drills,
          ...hugeState()
            .drills.slice(0, 150)
            .map((drill) => ({ ...drill, id: `${drill.id}-${i}` })),
        ] as typeof state.drills,
      }));
    const drills = store.read().drills;
    expect(drills).toHaveLength(LIMITS.drills);
    expect(drills.at(-1)!.id).toBe('d149-2');
  });
});
