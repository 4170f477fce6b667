// Issue 14, item 2: a slightly-off state file loses nothing that validates. Each case writes a damaged
// file, opens the store, and asserts exactly what was kept, what was dropped (and said), that the
// original was set aside once, and that unknown fields survive a write.
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { recoveryNoticeText } from '../../src/cli/errors.js';
import { messages } from '../../src/i18n/index.js';
import { Store } from '../../src/state/store.js';
import { cli } from '../helpers/cli.js';

const profile = {
  language: 'es',
  startDate: '2026-11-02',
  paceWeeks: 8,
  workspace: '/tmp/ws',
  createdAt: '2026-11-02T09:00:00.000Z',
};
const quiz = { attempts: 2, best: 80, passed: true, updatedAt: '2026-11-04T10:00:00.000Z' };
const goodAnswer = { at: '2026-11-05T10:00:00.000Z', score: 1, mode: 'quiz', ms: 4000 };
const card = {
  due: '2026-11-06T10:00:00.000Z',
  stability: 2.3,
  difficulty: 5.1,
  elapsed_days: 0,
  scheduled_days: 1,
  learning_steps: 0,
  reps: 1,
  lapses: 0,
  state: 1,
  last_review: '2026-11-05T10:00:00.000Z',
};
const drill = {
  id: 'd1',
  level: 'junior',
  startedAt: '2026-11-05T09:00:00.000Z',
  status: 'finished',
  count: 10,
  minutes: 15,
  questionIds: ['j-01'],
  answers: [{ questionId: 'j-01', score: 1, ms: 3000 }],
  score: 100,
  endedAt: '2026-11-05T09:10:00.000Z',
};

/** A full, valid state that each case damages in one place. */
const valid = () => ({
  schemaVersion: 2,
  profile: { ...profile },
  modules: {
    '03': { startedAt: '2026-11-03T10:00:00.000Z', quiz: { ...quiz } },
    '05': { startedAt: '2026-11-04T10:00:00.000Z' },
  },
  lastModule: '03',
  quizzes: [{ at: '2026-11-04T10:00:00.000Z', module: '03', score: 80, total: 10, questionIds: ['j-01'] }],
  questions: {
    'j-01': { topic: 'junior/python', history: [{ ...goodAnswer }] },
    'j-02': { topic: 'junior/git', history: [{ ...goodAnswer }] },
  },
  drills: [{ ...drill }],
  cards: { 'j-01': { ...card } },
});

function open(content: unknown) {
  const home = mkdtempSync(join(tmpdir(), 'mlops-damaged-'));
  const text = typeof content === 'string' ? content : JSON.stringify(content);
  writeFileSync(join(home, 'state.json'), text);
  const store = Store.open(home);
  return {
    home,
    text,
    store,
    state: store.read(),
    asides: () => readdirSync(home).filter((name) => name.startsWith('state.json.corrupt-')),
  };
}

describe('a damaged state file', () => {
  it('schemaVersion "2" (a string) is version 2: profile, histories and cards all kept, nothing moved aside', () => {
    const { state, store, asides } = open({ ...valid(), schemaVersion: '2' });
    expect(state).toEqual({ ...valid(), schemaVersion: 2 });
    expect(store.notice).toBeUndefined();
    expect(asides()).toEqual([]);
  });

  it('no schemaVersion on a current layout is not taken for the pre-release one', () => {
    const { schemaVersion: _, ...rest } = valid();
    const { state } = open(rest);
    expect(state).toEqual(valid());
  });

  it('a question score of 1.5 drops that one answer; the profile stays (no onboarding), the rest is kept', () => {
    const damaged = valid();
    damaged.questions['j-01']!.history.push({ ...goodAnswer, at: '2026-11-05T11:00:00.000Z', score: 1.5 });
    const { state, store, text, asides } = open(damaged);
    expect(state).toEqual(valid());
    expect(state.profile).toEqual(profile);
    expect(store.notice).toMatchObject({ why: 'repaired', dropped: ['questions.j-01.history[1]'] });
    // The original, byte for byte, set aside once; the file on disk is now the recovered state.
    expect(asides()).toHaveLength(1);
    expect(readFileSync(store.notice!.movedTo!, 'utf8')).toBe(text);
    expect(JSON.parse(readFileSync(join(store.home, 'state.json'), 'utf8'))).toEqual(valid());
    // Opening again finds nothing to repair: no second copy.
    expect(Store.open(store.home).notice).toBeUndefined();
    expect(asides()).toHaveLength(1);
  });

  it('a quiz best of 150 drops that module quiz only', () => {
    const damaged = valid();
    damaged.modules['03']!.quiz!.best = 150;
    const { state, store } = open(damaged);
    expect(state.modules).toEqual({ '03': { startedAt: '2026-11-03T10:00:00.000Z' }, '05': valid().modules['05'] });
    expect(store.notice?.dropped).toEqual(['modules.03.quiz']);
    expect(state.questions).toEqual(valid().questions);
  });

  it('a bad card, a bad drill and a module "99" are dropped one by one', () => {
    const damaged = valid() as unknown as {
      cards: Record<string, unknown>;
      drills: unknown[];
      modules: Record<string, unknown>;
    };
    damaged.cards['j-02'] = { ...card, reps: -1 };
    damaged.drills.push({ ...drill, id: 'd2', level: 'guru' });
    damaged.modules['99'] = { startedAt: 'x' };
    const { state, store } = open(damaged);
    expect(state.cards).toEqual(valid().cards);
    expect(state.drills).toEqual(valid().drills);
    expect(Object.keys(state.modules)).toEqual(['03', '05']);
    expect(store.notice?.dropped.sort()).toEqual(['cards.j-02', 'drills[1]', 'modules.99']);
  });

  it('a top-level list of the wrong type takes its empty value; everything else is kept', () => {
    const { state, store } = open({ ...valid(), drills: 'oops' });
    expect(state).toEqual({ ...valid(), drills: [] });
    expect(store.notice?.dropped).toEqual(['drills']);
  });

  it('an invalid profile is the only damage that runs the setup again, and the progress stays', () => {
    const { state, store } = open({ ...valid(), profile: { ...profile, language: 'fr' } });
    expect(state).toEqual({ ...valid(), profile: null });
    expect(store.notice?.dropped).toEqual(['profile']);
  });

  it('unknown fields (a newer version’s data) survive a write, at the top and inside known objects', () => {
    const future = {
      ...valid(),
      achievements: ['first-quiz'],
      modules: { ...valid().modules, '03': { ...valid().modules['03'], notes: 'mine' } },
      profile: { ...profile, theme: 'dark' },
    };
    const { store } = open(future);
    store.update((state) => ({ ...state, lastModule: '05' }));
    const written = JSON.parse(readFileSync(store.path, 'utf8'));
    expect(written).toMatchObject({
      achievements: ['first-quiz'],
      lastModule: '05',
      profile: { theme: 'dark' },
      modules: { '03': { notes: 'mine', quiz } },
    });
  });

  it('invalid JSON and a non-object are moved aside whole and a fresh store starts', () => {
    for (const content of ['{"schemaVersion": 2, "profile":', '[1, 2, 3]', 'null']) {
      const { state, store, text } = open(content);
      expect(state.profile).toBeNull();
      expect(store.notice?.why).toMatch(/not valid JSON|not in the expected shape/);
      expect(readFileSync(store.notice!.movedTo!, 'utf8')).toBe(text);
    }
  });

  it('the learner is told what was dropped and where the original is, in their language', () => {
    const damaged = valid();
    damaged.questions['j-01']!.history[0]!.score = 1.5;
    const { store } = open(damaged);
    const movedTo = store.notice!.movedTo!;
    expect(recoveryNoticeText(store.notice!, store.path, messages('en'))).toBe(
      `Part of your progress file was damaged: I kept everything valid and dropped questions.j-01.history[0]; the original is in ${movedTo}.`,
    );
    expect(recoveryNoticeText(store.notice!, store.path, messages('es'))).toBe(
      `Parte de tu archivo de progreso estaba dañada: guardé todo lo válido y descarté questions.j-01.history[0]; el original está en ${movedTo}.`,
    );
  });

  it('status through the binary says so on stderr and shows the kept progress', { timeout: 30_000 }, async () => {
    const home = mkdtempSync(join(tmpdir(), 'mlops-damaged-cli-'));
    const damaged = valid();
    damaged.questions['j-02']!.history[0]!.score = 1.5;
    writeFileSync(join(home, 'state.json'), JSON.stringify({ ...damaged, profile: { ...profile, language: 'en' } }));
    const result = await cli(['status'], { home });
    expect(result.exitCode).toBe(0);
    expect(result.stderr).toMatch(
      /^Part of your progress file was damaged: I kept everything valid and dropped questions\.j-02\.history\[0\]; the original is in .*state\.json\.corrupt-.*\.$/,
    );
    expect(result.stdout).toContain('quiz 80 %');
    expect(result.stdout).not.toContain('not set up yet');
  });
});
