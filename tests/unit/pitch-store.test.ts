// Pitch history in the store: files from before it load unchanged, speeches are saved through the
// lock like any change, bounded, and a damaged entry costs that entry alone.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { PitchEntry } from '../../src/core/pitch.js';
import { PITCH_LIMITS, pitchHistory, recordPitch } from '../../src/state/transitions/index.js';
import { emptyState } from '../../src/state/schema.js';
import { Store } from '../../src/state/store.js';

const tempHome = () => mkdtempSync(join(tmpdir(), 'mlops-home-'));
const profile = {
  language: 'en' as const,
  startDate: '2026-11-02',
  paceWeeks: 8 as const,
  workspace: '/tmp',
  createdAt: '2026-11-02T09:00:00.000Z',
};
const NOW = new Date('2026-12-01T10:06:00Z');

const entry = (id: string, score = 60, extra: Partial<PitchEntry> = {}): PitchEntry => ({
  id,
  at: '2026-12-01T10:00:00.000Z',
  project: 'Bank churn',
  level: 'mid',
  minutes: 5,
  status: 'finished',
  elapsedMs: 290_000,
  score,
  parts: [{ id: 'problem', ms: 40_000, paceMs: 45_000 }],
  ratings: { 'problem-m-error-cost': 2, 'data-m-split': 1, 'model-m-threshold': 0 },
  ...extra,
});

describe('pitch history in the store', () => {
  it('loads a schema-2 file written before the pitch drill, with no history and nothing dropped', () => {
    const home = tempHome();
    const old = {
      schemaVersion: 2,
      profile,
      modules: { '03': { startedAt: 'x' } },
      quizzes: [],
      questions: {},
      drills: [],
      cards: {},
    };
    writeFileSync(join(home, 'state.json'), JSON.stringify(old));
    const store = Store.open(home);
    expect(store.notice).toBeUndefined();
    expect(store.read()).toEqual(old);
    expect(pitchHistory(store.read())).toEqual([]);
  });

  it('saves a speech through update, kept across a restart, with when it was saved', () => {
    const home = tempHome();
    Store.open(home).update((state) =>
      recordPitch({ ...state, profile }, entry('pitch-a', 70, { notes: ['  slow on data  ', ''] }), NOW),
    );
    const saved = pitchHistory(Store.open(home).read());
    expect(saved).toEqual([{ ...entry('pitch-a', 70), notes: ['slow on data'], savedAt: NOW.toISOString() }]);
    expect(JSON.parse(readFileSync(join(home, 'state.json'), 'utf8')).schemaVersion).toBe(2);
  });

  it('keeps one entry per speech, the newest speeches within the cap, and bounds what was typed', () => {
    let state = recordPitch(emptyState(), entry('pitch-a', 10), NOW);
    state = recordPitch(state, entry('pitch-a', 80), NOW);
    expect(pitchHistory(state).map((saved) => saved.score)).toEqual([80]);
    for (let i = 0; i < PITCH_LIMITS.entries + 5; i++) state = recordPitch(state, entry(`pitch-${i}`, i % 100), NOW);
    const history = pitchHistory(state);
    expect(history).toHaveLength(PITCH_LIMITS.entries);
    expect(history.at(-1)!.id).toBe(`pitch-${PITCH_LIMITS.entries + 4}`);
    const long = recordPitch(
      emptyState(),
      entry('pitch-long', 50, { project: 'p'.repeat(300), notes: ['n'.repeat(2000)] }),
      NOW,
    );
    expect(pitchHistory(long)[0]!.project).toHaveLength(PITCH_LIMITS.projectChars);
    expect(pitchHistory(long)[0]!.notes![0]).toHaveLength(PITCH_LIMITS.noteChars);
  });

  it('trims a file with more speeches than the cap (written by hand or by an older build) to the newest', () => {
    const home = tempHome();
    const many = Array.from({ length: PITCH_LIMITS.entries + 30 }, (_, i) => entry(`pitch-${i}`, i % 100));
    writeFileSync(
      join(home, 'state.json'),
      JSON.stringify({
        schemaVersion: 2,
        profile,
        modules: {},
        quizzes: [],
        questions: {},
        drills: [],
        cards: {},
        pitches: many,
      }),
    );
    const history = pitchHistory(Store.open(home).read());
    expect(history).toHaveLength(PITCH_LIMITS.entries);
    expect(history[0]!.id).toBe('pitch-30');
    expect(JSON.parse(readFileSync(join(home, 'state.json'), 'utf8')).pitches).toHaveLength(PITCH_LIMITS.entries);
  });

  it('drops a damaged speech alone, names it, and keeps the others and the profile', () => {
    const home = tempHome();
    const good = entry('pitch-good', 55);
    const bad = { ...entry('pitch-bad'), ratings: { 'problem-m-error-cost': 3 } };
    writeFileSync(
      join(home, 'state.json'),
      JSON.stringify({
        schemaVersion: 2,
        profile,
        modules: {},
        quizzes: [],
        questions: {},
        drills: [],
        cards: {},
        pitches: [good, { ...bad, score: 'lots' }],
      }),
    );
    const store = Store.open(home);
    expect(store.notice).toMatchObject({ why: 'repaired', dropped: ['pitches[1]'] });
    expect(pitchHistory(store.read())).toEqual([good]);
    expect(store.read().profile).toEqual(profile);
  });
});
