// A run through drawn questions — a module quiz or a timed drill — as a pure state machine.
// Time comes in as epoch milliseconds on every action: the caller owns the clock.
import { compareIds } from './text.js';
import { percent, scoreResponse, topicKey, type DrawnQuestion, type Response } from './quiz.js';
import type { Level } from './types.js';

export const DRILL_DEFAULTS: Record<Level, { count: number; minutes: number }> = {
  junior: { count: 10, minutes: 15 },
  mid: { count: 15, minutes: 25 },
  senior: { count: 20, minutes: 40 },
};

export type SessionStatus = 'running' | 'finished' | 'timeout' | 'abandoned';

export interface AnswerRecord {
  questionId: string;
  response: Response;
  /** 0–1 (see scoreResponse). */
  score: number;
  /** Time spent on the question. */
  ms: number;
}

export interface Session {
  questions: DrawnQuestion[];
  startedAt: number;
  /** Undefined for an untimed quiz. */
  durationMs?: number | undefined;
  index: number;
  questionStartedAt: number;
  answers: (AnswerRecord | undefined)[];
  status: SessionStatus;
  endedAt?: number | undefined;
}

export function startSession(questions: DrawnQuestion[], now: number, durationMs?: number): Session {
  return {
    questions,
    startedAt: now,
    durationMs,
    index: 0,
    questionStartedAt: now,
    answers: questions.map(() => undefined),
    status: questions.length === 0 ? 'finished' : 'running',
    endedAt: questions.length === 0 ? now : undefined,
  };
}

export const deadline = (session: Session) =>
  session.durationMs === undefined ? undefined : session.startedAt + session.durationMs;

/** Ends the session when its time is up; unanswered questions then count as missed. */
export function tick(session: Session, now: number): Session {
  const end = deadline(session);
  if (session.status !== 'running' || end === undefined || now < end) return session;
  return { ...session, status: 'timeout', endedAt: end };
}

/** Records the answer to the current question and moves on (finishing after the last one). */
export function answer(session: Session, response: Response, now: number): Session {
  const timed = tick(session, now);
  if (timed.status !== 'running') return timed;
  const drawn = timed.questions[timed.index]!;
  const record: AnswerRecord = {
    questionId: drawn.question.id,
    response,
    score: scoreResponse(drawn, response),
    ms: Math.max(0, now - timed.questionStartedAt),
  };
  const answers = timed.answers.slice();
  answers[timed.index] = record;
  const last = timed.index >= timed.questions.length - 1;
  return {
    ...timed,
    answers,
    index: last ? timed.index : timed.index + 1,
    questionStartedAt: now,
    status: last ? 'finished' : 'running',
    endedAt: last ? now : undefined,
  };
}

/** The learner quit: what was answered stays, the rest is not counted as seen. */
export function abandon(session: Session, now: number): Session {
  const timed = tick(session, now);
  if (timed.status !== 'running') return timed;
  return { ...timed, status: 'abandoned', endedAt: now };
}

export function remainingMs(session: Session, now: number): number | undefined {
  const end = deadline(session);
  if (end === undefined) return undefined;
  return Math.max(0, end - (session.status === 'running' ? now : (session.endedAt ?? now)));
}

export function currentQuestionMs(session: Session, now: number): number {
  return Math.max(0, (session.status === 'running' ? now : (session.endedAt ?? now)) - session.questionStartedAt);
}

export interface TopicScore {
  topic: string;
  earned: number;
  total: number;
}

export interface SessionResult {
  status: SessionStatus;
  /** 0–100 over every question drawn (unanswered count as 0). */
  score: number;
  earned: number;
  total: number;
  answered: number;
  correct: number;
  byTopic: TopicScore[];
  times: { questionId: string; ms: number }[];
  slowest?: { questionId: string; ms: number } | undefined;
  /** Questions seen and not fully right (the one on screen when time ran out included), in order. */
  misses: { drawn: DrawnQuestion; record?: AnswerRecord | undefined }[];
  /** Questions never shown (time ran out or the drill was left before them): neither misses nor cards. */
  notReached: DrawnQuestion[];
  elapsedMs: number;
}

export function sessionResult(session: Session): SessionResult {
  const topics = new Map<string, TopicScore>();
  let earned = 0;
  const misses: SessionResult['misses'] = [];
  const notReached: DrawnQuestion[] = [];
  session.questions.forEach((drawn, index) => {
    const record = session.answers[index];
    const score = record?.score ?? 0;
    earned += score;
    const key = topicKey(drawn.question);
    const topic = topics.get(key) ?? { topic: key, earned: 0, total: 0 };
    topic.earned += score;
    topic.total += 1;
    topics.set(key, topic);
    if (!record && session.status !== 'finished' && index > session.index) notReached.push(drawn);
    else if (score < 1) misses.push({ drawn, record });
  });
  const times = session.answers
    .filter((record): record is AnswerRecord => record !== undefined)
    .map((record) => ({ questionId: record.questionId, ms: record.ms }));
  const slowest = times.reduce<SessionResult['slowest']>(
    (max, time) => (!max || time.ms > max.ms ? time : max),
    undefined,
  );
  return {
    status: session.status,
    score: percent(earned, session.questions.length),
    earned,
    total: session.questions.length,
    answered: times.length,
    correct: session.answers.filter((record) => record && record.score === 1).length,
    byTopic: [...topics.values()].sort(
      (a, b) => a.earned / a.total - b.earned / b.total || compareIds(a.topic, b.topic),
    ),
    times,
    slowest,
    misses,
    notReached,
    elapsedMs: Math.max(0, (session.endedAt ?? session.startedAt) - session.startedAt),
  };
}

/** m:ss */
export function formatClock(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000));
  return `${Math.floor(total / 60)}:${String(total % 60).padStart(2, '0')}`;
}

/** m:ss of time spent (rounded down, unlike a countdown). */
export function formatElapsed(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  return `${Math.floor(total / 60)}:${String(total % 60).padStart(2, '0')}`;
}
