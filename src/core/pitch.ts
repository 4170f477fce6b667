// The portfolio pitch drill as pure functions: a 5–7 minute speech split into the syllabus's parts,
// each with a pace (its share of the length), then a self-rating of every talking point.
// Time comes in as epoch milliseconds: the caller owns the clock.
import type { Level } from './types.js';

export const PITCH_PART_IDS = ['problem', 'data', 'model', 'mlops', 'next'] as const;
export type PitchPartId = (typeof PITCH_PART_IDS)[number];

/** The syllabus's appendix asks for a 5–7 minute speech. */
export const PITCH_MINUTES = [5, 6, 7] as const;
export type PitchMinutes = (typeof PITCH_MINUTES)[number];
export const PITCH_MIN_MS = PITCH_MINUTES[0] * 60_000;

/** 0 missed, 1 partly, 2 covered. */
export type PointRating = 0 | 1 | 2;
export const POINT_RATINGS: readonly PointRating[] = [0, 1, 2];

/** Time on a part beyond its pace before it counts as over (a speech is not a metronome). */
export const OVER_TOLERANCE_MS = 10_000;

export interface PitchPart {
  id: PitchPartId;
  /** Percent of the speech; the parts' shares add up to 100. */
  share: number;
  points: Record<Level, readonly { id: string }[]>;
}

export interface PacedPart {
  id: PitchPartId;
  startMs: number;
  endMs: number;
  paceMs: number;
}

/** Each part's window over the length, in whole seconds; the last one ends exactly at the length. */
export function pacePlan(parts: readonly Pick<PitchPart, 'id' | 'share'>[], minutes: number): PacedPart[] {
  const total = minutes * 60_000;
  const shares = parts.reduce((sum, part) => sum + part.share, 0) || 1;
  let start = 0;
  let cumulative = 0;
  return parts.map((part, index) => {
    cumulative += part.share;
    const end = index === parts.length - 1 ? total : Math.round((total * cumulative) / shares / 1000) * 1000;
    const paced = { id: part.id, startMs: start, endMs: end, paceMs: end - start };
    start = end;
    return paced;
  });
}

/** The part the clock says the speaker should be on after `elapsedMs` (the last one once past the end). */
export function pacedPartAt(plan: readonly PacedPart[], elapsedMs: number): number {
  const index = plan.findIndex((part) => elapsedMs < part.endMs);
  return index === -1 ? plan.length - 1 : index;
}

export type PitchStatus = 'speaking' | 'finished' | 'time-up';

export interface PitchRun {
  minutes: number;
  plan: PacedPart[];
  startedAt: number;
  /** The part the speaker is on: they move on when they are done with it. */
  part: number;
  partStartedAt: number;
  /** Time spent on each part so far (0 for parts not reached). */
  spentMs: number[];
  status: PitchStatus;
  endedAt?: number | undefined;
}

export function startPitch(parts: readonly Pick<PitchPart, 'id' | 'share'>[], minutes: number, now: number): PitchRun {
  const plan = pacePlan(parts, minutes);
  return { minutes, plan, startedAt: now, part: 0, partStartedAt: now, spentMs: plan.map(() => 0), status: 'speaking' };
}

function closePart(run: PitchRun, now: number): number[] {
  return run.spentMs.map((ms, index) => (index === run.part ? ms + Math.max(0, now - run.partStartedAt) : ms));
}

/** The speaker is done with the current part: on to the next, or, after the last, the speech ends. */
export function nextPart(run: PitchRun, now: number): PitchRun {
  if (run.status !== 'speaking') return run;
  const spentMs = closePart(run, now);
  if (run.part >= run.plan.length - 1) return { ...run, spentMs, status: 'finished', endedAt: now };
  return { ...run, spentMs, part: run.part + 1, partStartedAt: now };
}

/** The clock moved: at the end of the length the speech is cut, as an interviewer would. */
export function tickPitch(run: PitchRun, now: number): PitchRun {
  if (run.status !== 'speaking') return run;
  const end = run.startedAt + run.minutes * 60_000;
  if (now < end) return run;
  return { ...run, spentMs: closePart(run, end), status: 'time-up', endedAt: end };
}

export interface PitchClock {
  elapsedMs: number;
  remainingMs: number;
  /** Time on the current part, and what its pace allows. */
  partMs: number;
  partPaceMs: number;
  /** Past the part's pace by more than the tolerance: time to move on. */
  partOver: boolean;
  /** The part the pace says the speaker should be on now. */
  pacedPart: number;
  /** The clock has moved past the current part's window: the speaker is behind. */
  behind: boolean;
}

export function pitchClock(run: PitchRun, now: number): PitchClock {
  const at = run.endedAt ?? now;
  const elapsedMs = Math.max(0, at - run.startedAt);
  const partMs = run.status === 'speaking' ? Math.max(0, at - run.partStartedAt) : (run.spentMs[run.part] ?? 0);
  const partPaceMs = run.plan[run.part]?.paceMs ?? 0;
  const pacedPart = pacedPartAt(run.plan, elapsedMs);
  return {
    elapsedMs,
    remainingMs: Math.max(0, run.minutes * 60_000 - elapsedMs),
    partMs,
    partPaceMs,
    partOver: partMs > partPaceMs + OVER_TOLERANCE_MS,
    pacedPart,
    behind: pacedPart > run.part,
  };
}

export interface PartTime {
  id: PitchPartId;
  ms: number;
  paceMs: number;
  reached: boolean;
  over: boolean;
  /** Less than half its pace: probably rushed. */
  short: boolean;
}

export function partTimes(run: Pick<PitchRun, 'plan' | 'spentMs' | 'part'>): PartTime[] {
  return run.plan.map((part, index) => {
    const ms = run.spentMs[index] ?? 0;
    const reached = index <= run.part;
    return {
      id: part.id,
      ms,
      paceMs: part.paceMs,
      reached,
      over: ms > part.paceMs + OVER_TOLERANCE_MS,
      short: reached && ms < part.paceMs / 2,
    };
  });
}

/** The talking points a speech at `level` is rated on, part by part. */
export function pointsFor(parts: readonly PitchPart[], level: Level): { part: PitchPartId; id: string }[] {
  return parts.flatMap((part) => part.points[level].map((point) => ({ part: part.id, id: point.id })));
}

/** Share of the points covered, 0–100: covered counts 2, partly 1, missed (or unrated) 0. */
export function pitchScore(pointIds: readonly string[], ratings: Readonly<Record<string, PointRating>>): number {
  if (pointIds.length === 0) return 0;
  const earned = pointIds.reduce((sum, id) => sum + (ratings[id] ?? 0), 0);
  return Math.round((earned / (pointIds.length * 2)) * 100);
}

export interface PartScore {
  id: PitchPartId;
  earned: number;
  max: number;
}

export function partScores(
  parts: readonly PitchPart[],
  level: Level,
  ratings: Readonly<Record<string, PointRating>>,
): PartScore[] {
  return parts.map((part) => ({
    id: part.id,
    earned: part.points[level].reduce((sum, point) => sum + (ratings[point.id] ?? 0), 0),
    max: part.points[level].length * 2,
  }));
}

export interface WorkOn {
  /** Points rated missed, in speech order. */
  missed: string[];
  /** The part with the lowest share of its points covered (undefined when every part is full). */
  weakestPart: PitchPartId | undefined;
  /** Parts that ran over their pace. */
  overParts: PitchPartId[];
  /** Parts never reached before the time ran out. */
  notReached: PitchPartId[];
  /** The whole speech was shorter than the syllabus's 5 minutes. */
  tooShort: boolean;
}

export function workOn(
  parts: readonly PitchPart[],
  level: Level,
  ratings: Readonly<Record<string, PointRating>>,
  times: readonly PartTime[],
  elapsedMs: number,
): WorkOn {
  const scores = partScores(parts, level, ratings);
  let weakest: PartScore | undefined;
  for (const score of scores)
    if (score.earned < score.max && (!weakest || score.earned / score.max < weakest.earned / weakest.max))
      weakest = score;
  return {
    missed: pointsFor(parts, level)
      .filter((point) => (ratings[point.id] ?? 0) === 0)
      .map((point) => point.id),
    weakestPart: weakest?.id,
    overParts: times.filter((time) => time.over).map((time) => time.id),
    notReached: times.filter((time) => !time.reached).map((time) => time.id),
    tooShort: elapsedMs < PITCH_MIN_MS,
  };
}

/** One finished speech, as the store keeps it. */
export interface PitchEntry {
  id: string;
  at: string;
  project: string;
  level: Level;
  minutes: number;
  status: Exclude<PitchStatus, 'speaking'>;
  elapsedMs: number;
  score: number;
  parts: { id: PitchPartId; ms: number; paceMs: number }[];
  ratings: Record<string, PointRating>;
  notes?: string[] | undefined;
  /** When it was rated and saved (set by the store). */
  savedAt?: string | undefined;
}

export function pitchEntry(input: {
  run: PitchRun;
  project: string;
  level: Level;
  parts: readonly PitchPart[];
  ratings: Record<string, PointRating>;
  notes: readonly string[];
}): PitchEntry {
  const { run } = input;
  const ids = pointsFor(input.parts, input.level).map((point) => point.id);
  const ratings = Object.fromEntries(ids.map((id) => [id, input.ratings[id] ?? 0])) as Record<string, PointRating>;
  return {
    id: `pitch-${run.startedAt.toString(36)}`,
    at: new Date(run.startedAt).toISOString(),
    project: input.project,
    level: input.level,
    minutes: run.minutes,
    status: run.status === 'time-up' ? 'time-up' : 'finished',
    elapsedMs: pitchClock(run, run.endedAt ?? run.startedAt).elapsedMs,
    score: pitchScore(ids, ratings),
    parts: partTimes(run).map((time) => ({ id: time.id, ms: Math.round(time.ms), paceMs: time.paceMs })),
    ratings,
    ...(input.notes.length ? { notes: [...input.notes] } : {}),
  };
}

export type TrendDirection = 'up' | 'down' | 'steady' | 'none';

export interface PitchTrend {
  /** Scores of the speeches, oldest first (at most `window`). */
  scores: number[];
  last: number | null;
  best: number | null;
  /** The last score against the mean of up to three before it. */
  delta: number | null;
  direction: TrendDirection;
}

/** A change of less than this many points is noise, not a trend. */
export const TREND_STEP = 5;

export function pitchTrend(
  entries: readonly Pick<PitchEntry, 'score' | 'level'>[],
  options: { level?: Level | undefined; window?: number } = {},
): PitchTrend {
  const scores = entries.filter((entry) => !options.level || entry.level === options.level).map((entry) => entry.score);
  const shown = scores.slice(-(options.window ?? 10));
  const last = scores.at(-1) ?? null;
  const best = scores.length ? Math.max(...scores) : null;
  const before = scores.slice(-4, -1);
  if (last === null || before.length === 0) return { scores: shown, last, best, delta: null, direction: 'none' };
  const delta = Math.round(last - before.reduce((sum, score) => sum + score, 0) / before.length);
  return {
    scores: shown,
    last,
    best,
    delta,
    direction: delta >= TREND_STEP ? 'up' : delta <= -TREND_STEP ? 'down' : 'steady',
  };
}
