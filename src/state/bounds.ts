// Caps on every list the store keeps, so the file (read at every start) cannot grow without end:
// a 32 MB state made every command take seconds. The newest entries are the ones kept.
import { HISTORY_PER_QUESTION } from '../core/practice.js';
import type { State } from './schema.js';
import { PITCH_LIMITS } from './transitions/pitch.js';

export const LIMITS = {
  quizzes: 200,
  drills: 200,
  /** The banks hold 225 questions today: room for them to double, not for garbage. */
  questions: 500,
  cards: 500,
  questionHistory: HISTORY_PER_QUESTION,
  checkHistory: 50,
  /** Question ids, answers and topics inside one quiz or drill (--count allows 100). */
  perRecord: 200,
  sectionsRead: 100,
  pitches: PITCH_LIMITS.entries,
} as const;

const lastOf = <T>(list: T[], limit: number): T[] => (list.length > limit ? list.slice(-limit) : list);
const lastEntries = <T>(record: Record<string, T>, limit: number): Record<string, T> => {
  const keys = Object.keys(record);
  return keys.length > limit ? Object.fromEntries(keys.slice(-limit).map((key) => [key, record[key]!])) : record;
};

/** Keys of a record, counted without building the array of them. */
function keyCount(record: object, limit: number): number {
  let count = 0;
  for (const _ in record) if (++count > limit) break;
  return count;
}

/**
 * Whether any list is over its cap. Every start reads the store and almost never needs a cut: plain
 * loops that build nothing, where the copying below cost ~2 ms of a 20 ms `status`.
 */
function overCap(state: State): boolean {
  for (const id in state.modules) {
    const progress = state.modules[id as keyof State['modules']]!;
    if ((progress.lesson?.sectionsRead.length ?? 0) > LIMITS.sectionsRead) return true;
    if ((progress.check?.history.length ?? 0) > LIMITS.checkHistory) return true;
  }
  if (keyCount(state.questions, LIMITS.questions) > LIMITS.questions) return true;
  for (const id in state.questions) if (state.questions[id]!.history.length > LIMITS.questionHistory) return true;
  if (state.quizzes.length > LIMITS.quizzes || state.drills.length > LIMITS.drills) return true;
  for (let i = 0; i < state.quizzes.length; i++) {
    const quiz = state.quizzes[i]!;
    if (quiz.questionIds.length > LIMITS.perRecord || (quiz.topics?.length ?? 0) > LIMITS.perRecord) return true;
  }
  for (let i = 0; i < state.drills.length; i++) {
    const drill = state.drills[i]!;
    if (drill.questionIds.length > LIMITS.perRecord || drill.answers.length > LIMITS.perRecord) return true;
  }
  if (keyCount(state.cards, LIMITS.cards) > LIMITS.cards) return true;
  return (state.pitches?.length ?? 0) > LIMITS.pitches;
}

/** The state with every list within its cap, and whether anything had to be cut. */
export function boundState(state: State): { state: State; trimmed: boolean } {
  if (!overCap(state)) return { state, trimmed: false };
  let trimmed = false;
  const cap = <T>(list: T[], limit: number): T[] => {
    if (list.length <= limit) return list;
    trimmed = true;
    return lastOf(list, limit);
  };
  const capRecord = <T>(record: Record<string, T>, limit: number): Record<string, T> => {
    const next = lastEntries(record, limit);
    if (next !== record) trimmed = true;
    return next;
  };
  const modules: State['modules'] = {};
  for (const [id, progress] of Object.entries(state.modules) as [
    keyof State['modules'],
    NonNullable<State['modules'][keyof State['modules']]>,
  ][]) {
    let next = progress;
    if (progress.lesson && progress.lesson.sectionsRead.length > LIMITS.sectionsRead)
      next = {
        ...next,
        lesson: { ...progress.lesson, sectionsRead: cap(progress.lesson.sectionsRead, LIMITS.sectionsRead) },
      };
    if (progress.check && progress.check.history.length > LIMITS.checkHistory)
      next = { ...next, check: { ...progress.check, history: cap(progress.check.history, LIMITS.checkHistory) } };
    modules[id] = next;
  }
  const questions = Object.fromEntries(
    Object.entries(capRecord(state.questions, LIMITS.questions)).map(([id, record]) => [
      id,
      record.history.length > LIMITS.questionHistory
        ? { ...record, history: cap(record.history, LIMITS.questionHistory) }
        : record,
    ]),
  );
  const quizzes = cap(state.quizzes, LIMITS.quizzes).map((quiz) =>
    quiz.questionIds.length > LIMITS.perRecord || (quiz.topics?.length ?? 0) > LIMITS.perRecord
      ? {
          ...quiz,
          questionIds: cap(quiz.questionIds, LIMITS.perRecord),
          ...(quiz.topics ? { topics: cap(quiz.topics, LIMITS.perRecord) } : {}),
        }
      : quiz,
  );
  const drills = cap(state.drills, LIMITS.drills).map((drill) =>
    drill.questionIds.length > LIMITS.perRecord || drill.answers.length > LIMITS.perRecord
      ? {
          ...drill,
          questionIds: cap(drill.questionIds, LIMITS.perRecord),
          answers: cap(drill.answers, LIMITS.perRecord),
        }
      : drill,
  );
  const cards = capRecord(state.cards, LIMITS.cards);
  const pitches = state.pitches && cap(state.pitches, LIMITS.pitches);
  if (!trimmed) return { state, trimmed };
  return { state: { ...state, modules, questions, quizzes, drills, cards, ...(pitches ? { pitches } : {}) }, trimmed };
}
