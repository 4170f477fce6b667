// The pitch drill's rules: pace per part, the part the clock expects, over-time, rating, score, trend.
import { describe, expect, it } from 'vitest';
import {
  nextPart,
  pacedPartAt,
  pacePlan,
  partTimes,
  pitchClock,
  pitchEntry,
  pitchScore,
  pitchTrend,
  pointsFor,
  startPitch,
  tickPitch,
  workOn,
  type PitchPart,
  type PointRating,
} from '../../src/core/pitch.js';

const points = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => ({ id: `${prefix}-${i + 1}` }));
const PARTS: PitchPart[] = [
  {
    id: 'problem',
    share: 15,
    points: { junior: points('problem-j', 2), mid: points('problem-m', 2), senior: points('problem-s', 2) },
  },
  {
    id: 'data',
    share: 15,
    points: { junior: points('data-j', 2), mid: points('data-m', 2), senior: points('data-s', 2) },
  },
  {
    id: 'model',
    share: 25,
    points: { junior: points('model-j', 2), mid: points('model-m', 2), senior: points('model-s', 2) },
  },
  {
    id: 'mlops',
    share: 30,
    points: { junior: points('mlops-j', 2), mid: points('mlops-m', 3), senior: points('mlops-s', 3) },
  },
  {
    id: 'next',
    share: 15,
    points: { junior: points('next-j', 2), mid: points('next-m', 2), senior: points('next-s', 2) },
  },
];
const T0 = Date.parse('2026-12-01T10:00:00Z');
const s = (seconds: number) => seconds * 1000;

describe('pace plan', () => {
  it('splits 5 minutes by the shares, in whole seconds, ending exactly at the length', () => {
    const plan = pacePlan(PARTS, 5);
    expect(plan.map((part) => part.paceMs)).toEqual([s(45), s(45), s(75), s(90), s(45)]);
    expect(plan.at(-1)!.endMs).toBe(s(300));
    expect(pacePlan(PARTS, 7).reduce((sum, part) => sum + part.paceMs, 0)).toBe(s(420));
  });

  it('says which part the clock expects, and the last one once the time is past', () => {
    const plan = pacePlan(PARTS, 6);
    expect(pacedPartAt(plan, 0)).toBe(0);
    expect(pacedPartAt(plan, s(54))).toBe(1);
    expect(pacedPartAt(plan, s(110))).toBe(2);
    expect(pacedPartAt(plan, s(1000))).toBe(4);
  });
});

describe('a speech', () => {
  it('moves part by part when the speaker says so, and times each part', () => {
    let run = startPitch(PARTS, 5, T0);
    run = nextPart(run, T0 + s(40));
    run = nextPart(run, T0 + s(100));
    expect(run.part).toBe(2);
    expect(run.spentMs.slice(0, 2)).toEqual([s(40), s(60)]);
    // 60 s on data (pace 45 s) is more than 10 s over: flagged
    const times = partTimes(run);
    expect(times[1]).toMatchObject({ id: 'data', over: true, reached: true });
    expect(times[0]!.over).toBe(false);
    expect(times[3]!.reached).toBe(false);
  });

  it('flags the current part as over its pace and the speaker as behind the clock', () => {
    const run = startPitch(PARTS, 5, T0);
    expect(pitchClock(run, T0 + s(50))).toMatchObject({
      partOver: false,
      behind: true,
      pacedPart: 1,
      remainingMs: s(250),
    });
    expect(pitchClock(run, T0 + s(56))).toMatchObject({ partOver: true, partMs: s(56), partPaceMs: s(45) });
  });

  it('ends after the last part, or is cut at the length', () => {
    let run = startPitch(PARTS, 5, T0);
    for (let i = 1; i <= 5; i++) run = nextPart(run, T0 + s(i * 50));
    expect(run.status).toBe('finished');
    expect(run.endedAt).toBe(T0 + s(250));
    expect(nextPart(run, T0 + s(400))).toBe(run);

    let cut = nextPart(startPitch(PARTS, 5, T0), T0 + s(60));
    cut = tickPitch(cut, T0 + s(299));
    expect(cut.status).toBe('speaking');
    cut = tickPitch(cut, T0 + s(330));
    expect(cut).toMatchObject({ status: 'time-up', endedAt: T0 + s(300) });
    expect(cut.spentMs[1]).toBe(s(240));
    expect(pitchClock(cut, T0 + s(999)).remainingMs).toBe(0);
  });
});

describe('rating and results', () => {
  it('scores covered as 2, partly as 1, missed or unrated as 0', () => {
    const ids = pointsFor(PARTS, 'junior').map((point) => point.id);
    expect(ids).toHaveLength(10);
    expect(pitchScore(ids, {})).toBe(0);
    expect(pitchScore(ids, Object.fromEntries(ids.map((id) => [id, 2])))).toBe(100);
    expect(pitchScore(ids, { 'problem-j-1': 2, 'data-j-1': 1 })).toBe(15);
  });

  it('says what to work on: missed points, the weakest part, parts over pace or never reached, a short speech', () => {
    let run = startPitch(PARTS, 5, T0);
    run = nextPart(run, T0 + s(70));
    run = tickPitch(run, T0 + s(300));
    const ratings: Record<string, PointRating> = Object.fromEntries(
      pointsFor(PARTS, 'mid').map((point) => [point.id, 2 as const]),
    );
    ratings['mlops-m-1'] = 0;
    ratings['mlops-m-2'] = 1;
    const advice = workOn(PARTS, 'mid', ratings, partTimes(run), pitchClock(run, T0 + s(300)).elapsedMs);
    expect(advice).toMatchObject({
      missed: ['mlops-m-1'],
      weakestPart: 'mlops',
      overParts: ['problem', 'data'],
      notReached: ['model', 'mlops', 'next'],
      tooShort: false,
    });
    const quick = workOn(PARTS, 'mid', ratings, partTimes(run), s(120));
    expect(quick.tooShort).toBe(true);
  });

  it('keeps a history entry with every point of the level rated, times and notes', () => {
    let run = startPitch(PARTS, 6, T0);
    for (let i = 1; i <= 5; i++) run = nextPart(run, T0 + s(i * 70));
    const entry = pitchEntry({
      run,
      project: 'Bank churn',
      level: 'senior',
      parts: PARTS,
      ratings: { 'model-s-1': 2 },
      notes: ['slow on data'],
    });
    expect(entry).toMatchObject({
      project: 'Bank churn',
      level: 'senior',
      minutes: 6,
      status: 'finished',
      elapsedMs: s(350),
      notes: ['slow on data'],
      at: '2026-12-01T10:00:00.000Z',
    });
    expect(Object.keys(entry.ratings)).toHaveLength(11);
    expect(entry.ratings['data-s-1']).toBe(0);
    expect(entry.score).toBe(9);
    expect(entry.parts.map((part) => part.ms)).toEqual([s(70), s(70), s(70), s(70), s(70)]);
    expect(
      pitchEntry({ run, project: 'x', level: 'junior', parts: PARTS, ratings: {}, notes: [] }).notes,
    ).toBeUndefined();
  });
});

describe('trend', () => {
  it('compares the last score with the mean of up to three before it', () => {
    expect(pitchTrend([])).toMatchObject({ direction: 'none', last: null, best: null });
    expect(pitchTrend([{ score: 40, level: 'mid' }])).toMatchObject({ direction: 'none', last: 40, best: 40 });
    expect(pitchTrend([40, 50, 60, 80].map((score) => ({ score, level: 'mid' as const })))).toMatchObject({
      direction: 'up',
      delta: 30,
      best: 80,
    });
    expect(pitchTrend([80, 78].map((score) => ({ score, level: 'mid' as const })))).toMatchObject({
      direction: 'steady',
      delta: -2,
    });
    expect(pitchTrend([90, 60].map((score) => ({ score, level: 'mid' as const })))).toMatchObject({
      direction: 'down',
      delta: -30,
    });
  });

  it('can follow one level and a window of the latest scores', () => {
    const entries = [
      { score: 20, level: 'junior' as const },
      { score: 90, level: 'senior' as const },
      { score: 30, level: 'junior' as const },
    ];
    expect(pitchTrend(entries, { level: 'junior' })).toMatchObject({ scores: [20, 30], delta: 10, direction: 'up' });
    expect(pitchTrend(entries, { window: 2 }).scores).toEqual([90, 30]);
  });
});
