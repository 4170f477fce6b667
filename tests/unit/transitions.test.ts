// Every store write as a pure function: given a state and a time, the next state.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { moduleStatus } from '../../src/core/progress.js';
import { summarize } from '../../src/core/status.js';
import { emptyState, type State } from '../../src/state/schema.js';
import { Store } from '../../src/state/store.js';
import {
  changeProfile,
  createProfile,
  deleteCard,
  focusModule,
  recordAbandonedQuiz,
  recordCheck,
  replaceCard,
  resetAllModules,
  resetModule,
  saveLessonPosition,
  startModule,
  toggleCardSuspended,
} from '../../src/state/transitions/index.js';
import { realSyllabus } from '../helpers/syllabus.js';

const monday = new Date('2026-11-02T09:00:00.000Z');
const later = new Date('2026-11-05T18:30:00.000Z');
const answers = { language: 'es' as const, startDate: '2026-11-02', paceWeeks: 8 as const, workspace: '/w' };
const withProfile = (): State => createProfile(emptyState(), answers, monday);
const card = {
  due: '2026-11-03T00:00:00.000Z',
  stability: 1,
  difficulty: 5,
  elapsed_days: 0,
  scheduled_days: 1,
  learning_steps: 0,
  reps: 1,
  lapses: 0,
  state: 1,
};

describe('profile transitions', () => {
  it('creates the profile with the time it was created', () => {
    expect(withProfile().profile).toEqual({ ...answers, createdAt: monday.toISOString() });
  });

  it('changes settings, and "follow the week" removes a chosen drill level', () => {
    const chosen = changeProfile(withProfile(), { drillLevel: 'senior', paceWeeks: 12 });
    expect(chosen.profile).toMatchObject({ drillLevel: 'senior', paceWeeks: 12, language: 'es' });
    expect(changeProfile(chosen, { drillLevel: undefined }).profile).not.toHaveProperty('drillLevel');
    expect(changeProfile(emptyState(), { language: 'en' }).profile).toBeNull();
  });
});

describe('module transitions', () => {
  it('starts a module once and makes it the one Continue returns to', () => {
    const started = startModule(withProfile(), '03', monday);
    expect(started).toMatchObject({ lastModule: '03', modules: { '03': { startedAt: monday.toISOString() } } });
    expect(startModule(focusModule(started, '04'), '03', later).modules['03']?.startedAt).toBe(monday.toISOString());
    expect(focusModule(started, '04').lastModule).toBe('04');
  });

  it('saves the lesson position with its time, starting the module', () => {
    const read = saveLessonPosition(withProfile(), '05', { position: 12, sectionsRead: [0, 1], read: false }, later);
    expect(read.modules['05']).toEqual({
      startedAt: later.toISOString(),
      lesson: { position: 12, sectionsRead: [0, 1], read: false, updatedAt: later.toISOString() },
    });
    expect(read.lastModule).toBe('05');
  });

  it('records each check run with its own verdict, keeping the best score', () => {
    const first = recordCheck(withProfile(), { module: '03', score: 80, passed: true }, monday);
    const second = recordCheck(first, { module: '03', score: 75, passed: false }, later);
    expect(second.modules['03']?.check).toEqual({
      best: 80,
      passed: true,
      history: [
        { at: monday.toISOString(), score: 80, passed: true },
        { at: later.toISOString(), score: 75, passed: false },
      ],
    });
    expect(second.modules['03']?.startedAt).toBe(monday.toISOString());
  });

  it('a run at 75 with too few points verified does not make the module done', () => {
    const state = recordCheck(withProfile(), { module: '03', score: 75, passed: false }, monday);
    expect(moduleStatus(state.modules['03'])).toBe('in-progress');
    expect(moduleStatus(recordCheck(state, { module: '03', score: 72, passed: true }, later).modules['03'])).toBe(
      'done',
    );
  });

  it('keeps the last 50 runs', () => {
    let state = withProfile();
    for (let run = 0; run < 55; run++)
      state = recordCheck(
        state,
        { module: '01', score: run, passed: false },
        new Date(monday.getTime() + run * 60_000),
      );
    expect(state.modules['01']?.check?.history).toHaveLength(50);
    expect(state.modules['01']?.check?.history[0]?.score).toBe(5);
  });

  it('resets one module or all of them, keeping the profile and practice', () => {
    let state = startModule(startModule(withProfile(), '02', monday), '03', monday);
    state = { ...state, cards: { q1: card } };
    const one = resetModule(state, '03');
    expect(Object.keys(one.modules)).toEqual(['02']);
    expect(one.lastModule).toBeUndefined();
    expect(resetModule(state, '02').lastModule).toBe('03');
    const all = resetAllModules(state);
    expect(all).toMatchObject({ modules: {}, profile: state.profile, cards: { q1: card } });
    expect(all).not.toHaveProperty('lastModule');
  });
});

describe('practice transitions', () => {
  it('keeps an abandoned quiz as an attempt that is never a module best', () => {
    const state = recordAbandonedQuiz(withProfile(), {
      at: later.toISOString(),
      module: '03',
      score: 50,
      total: 10,
      answered: 4,
      questionIds: ['a'],
    });
    expect(state.quizzes).toEqual([
      { at: later.toISOString(), module: '03', score: 50, total: 10, answered: 4, questionIds: ['a'], abandoned: true },
    ]);
    expect(state.modules['03']).toBeUndefined();
  });

  it('suspends, resumes, replaces and deletes a review card', () => {
    const state: State = { ...withProfile(), cards: { q1: card } };
    expect(toggleCardSuspended(state, 'q1').cards.q1?.suspended).toBe(true);
    expect(toggleCardSuspended(toggleCardSuspended(state, 'q1'), 'q1').cards.q1?.suspended).toBe(false);
    expect(replaceCard(state, 'q1', { ...card, reps: 2 }).cards.q1?.reps).toBe(2);
    expect(deleteCard(state, 'q1').cards).toEqual({});
    // A card deleted in another process stays deleted.
    expect(replaceCard(deleteCard(state, 'q1'), 'q1', card).cards).toEqual({});
  });
});

describe('an old progress file (check runs saved without their verdict)', () => {
  it('is read as before: the last run passes by its score, and new runs add their verdict', () => {
    const home = mkdtempSync(join(tmpdir(), 'mlops-old-'));
    const old = {
      schemaVersion: 2,
      profile: { ...answers, createdAt: monday.toISOString() },
      modules: {
        '00': { check: { best: 90, passed: true, history: [{ at: monday.toISOString(), score: 90 }] } },
        '01': { check: { best: 60, passed: false, history: [{ at: monday.toISOString(), score: 60 }] } },
      },
      quizzes: [],
      questions: {},
      drills: [],
      cards: {},
    };
    writeFileSync(join(home, 'state.json'), JSON.stringify(old));
    const store = Store.open(home);
    expect(store.notice).toBeUndefined();
    const summary = () =>
      summarize({
        syllabus: realSyllabus(),
        lang: 'en',
        today: '2026-11-05',
        startDate: '2026-11-02',
        paceWeeks: 8,
        progress: store.read().modules,
      });
    expect(
      summary()
        .modules.slice(0, 2)
        .map((module) => module.status),
    ).toEqual(['done', 'in-progress']);
    store.update((state) => recordCheck(state, { module: '00', score: 78, passed: false }, later));
    expect(Store.open(home).read().modules['00']?.check?.history).toEqual([
      { at: monday.toISOString(), score: 90 },
      { at: later.toISOString(), score: 78, passed: false },
    ]);
    expect(summary().modules[0]?.status).toBe('in-progress');
  });
});
