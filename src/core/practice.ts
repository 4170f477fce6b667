// Practice history as data: what stats, status, home and export show. No scheduler, no bank needed.
import { compareIds } from './text.js';
import type { Level, ModuleId } from './types.js';

export type PracticeMode = 'quiz' | 'drill' | 'review';

export interface HistoryEntry {
  at: string;
  /** 0–1. */
  score: number;
  mode: PracticeMode;
  ms?: number | undefined;
}

export interface QuestionRecord {
  /** topicKey ("junior/git-tools"), kept so statistics need no question bank. */
  topic: string;
  history: HistoryEntry[];
}

export type DrillStatus = 'in-progress' | 'finished' | 'timeout' | 'abandoned';

export interface DrillRecord {
  id: string;
  level: Level;
  startedAt: string;
  endedAt?: string | undefined;
  status: DrillStatus;
  count: number;
  minutes: number;
  questionIds: string[];
  answers: { questionId: string; score: number; ms: number }[];
  /** 0–100 over every question drawn; set when the drill ends. */
  score?: number | undefined;
}

export interface QuizAttempt {
  at: string;
  module?: ModuleId | undefined;
  topics?: string[] | undefined;
  score: number;
  total: number;
  questionIds: string[];
}

/** Keep the store small: only the latest answers of each question are kept. */
export const HISTORY_PER_QUESTION = 20;

export function withHistory(record: QuestionRecord | undefined, topic: string, entry: HistoryEntry): QuestionRecord {
  return { topic, history: [...(record?.history ?? []), entry].slice(-HISTORY_PER_QUESTION) };
}

/** Cards due at `now`. */
export function dueIds(
  cards: Readonly<Record<string, { due: string; suspended?: boolean | undefined }>>,
  now: Date,
): string[] {
  return Object.entries(cards)
    .filter(([, card]) => !card.suspended && Date.parse(card.due) <= now.getTime())
    .sort(([, a], [, b]) => Date.parse(a.due) - Date.parse(b.due))
    .map(([id]) => id);
}

export function nextDue(
  cards: Readonly<Record<string, { due: string; suspended?: boolean | undefined }>>,
): string | undefined {
  return Object.values(cards)
    .filter((card) => !card.suspended)
    .map((card) => card.due)
    .sort()[0];
}

/**
 * A drill left "in-progress" after its time ran out was interrupted (the terminal closed, the process
 * was killed): it counts as abandoned.
 */
export function drillStatus(drill: DrillRecord, now: Date): DrillStatus {
  if (drill.status !== 'in-progress') return drill.status;
  return Date.parse(drill.startedAt) + drill.minutes * 60_000 < now.getTime() ? 'abandoned' : 'in-progress';
}

/** The drill's score so far (unanswered questions count as 0). */
export function drillScore(drill: DrillRecord): number {
  if (drill.score !== undefined) return drill.score;
  const earned = drill.answers.reduce((sum, answer) => sum + answer.score, 0);
  return drill.count > 0 ? Math.round((earned / drill.count) * 100) : 0;
}

export const completed = (drill: DrillRecord) => drill.status === 'finished' || drill.status === 'timeout';

/** The last completed drill of the same level before `drill`. */
export function previousDrill(
  drills: readonly DrillRecord[],
  drill: Pick<DrillRecord, 'id' | 'level' | 'startedAt'>,
): DrillRecord | undefined {
  return drills
    .filter(
      (other) =>
        other.id !== drill.id && other.level === drill.level && completed(other) && other.startedAt < drill.startedAt,
    )
    .at(-1);
}

export interface LevelSummary {
  drills: number;
  completed: number;
  abandoned: number;
  last: number | null;
  best: number | null;
  /** Scores of completed drills, oldest first. */
  scores: number[];
}

export interface DrillSummary {
  total: number;
  byLevel: Record<Level, LevelSummary>;
  last: {
    id: string;
    level: Level;
    startedAt: string;
    status: DrillStatus;
    score: number;
    answered: number;
    count: number;
  } | null;
}

export function summarizeDrills(drills: readonly DrillRecord[], now: Date): DrillSummary {
  const level = (): LevelSummary => ({ drills: 0, completed: 0, abandoned: 0, last: null, best: null, scores: [] });
  const byLevel: Record<Level, LevelSummary> = { junior: level(), mid: level(), senior: level() };
  for (const drill of drills) {
    const summary = byLevel[drill.level];
    summary.drills += 1;
    const status = drillStatus(drill, now);
    if (status === 'abandoned') summary.abandoned += 1;
    if (completed(drill)) {
      const score = drillScore(drill);
      summary.completed += 1;
      summary.scores.push(score);
      summary.last = score;
      summary.best = Math.max(summary.best ?? 0, score);
    }
  }
  const latest = drills.at(-1);
  return {
    total: drills.length,
    byLevel,
    last: latest
      ? {
          id: latest.id,
          level: latest.level,
          startedAt: latest.startedAt,
          status: drillStatus(latest, now),
          score: drillScore(latest),
          answered: latest.answers.length,
          count: latest.count,
        }
      : null,
  };
}

export interface TopicAccuracy {
  topic: string;
  answers: number;
  /** 0–100. */
  accuracy: number;
}

/** Accuracy per topic over every answer kept, weakest first. */
export function topicAccuracy(questions: Readonly<Record<string, QuestionRecord>>): TopicAccuracy[] {
  const totals = new Map<string, { earned: number; answers: number }>();
  for (const record of Object.values(questions)) {
    const total = totals.get(record.topic) ?? { earned: 0, answers: 0 };
    for (const entry of record.history) {
      total.earned += entry.score;
      total.answers += 1;
    }
    totals.set(record.topic, total);
  }
  return [...totals.entries()]
    .filter(([, total]) => total.answers > 0)
    .map(([topic, total]) => ({
      topic,
      answers: total.answers,
      accuracy: Math.round((total.earned / total.answers) * 100),
    }))
    .sort((a, b) => a.accuracy - b.accuracy || b.answers - a.answers || compareIds(a.topic, b.topic));
}

/** Up to `count` topics under 100 % accuracy, weakest first. */
export function weakestTopics(questions: Readonly<Record<string, QuestionRecord>>, count = 3): TopicAccuracy[] {
  return topicAccuracy(questions)
    .filter((topic) => topic.accuracy < 100)
    .slice(0, count);
}

const BARS = '▁▂▃▄▅▆▇█';

/** Scores 0–100 as a one-line bar chart of the latest `width` values. */
export function sparkline(scores: readonly number[], width: number): string {
  return scores
    .slice(-Math.max(1, width))
    .map(
      (score) =>
        BARS[
          Math.min(BARS.length - 1, Math.floor((Math.max(0, Math.min(100, score)) / 100) * (BARS.length - 1) + 0.5))
        ]!,
    )
    .join('');
}
