// Checkpoints inside lessons: which bank questions close each level-2 section of a lesson. Pure.
// A lesson's front matter may map sections to question ids (`checkpoints:`); without a mapping the
// questions are chosen from the bank's `modules`, the same ones on every machine and every visit.
import { compareIds } from './text.js';
import { isAutoGraded, type BankQuestion } from './quiz.js';
import { LEVELS, type ModuleId } from './types.js';

/**
 * The front-matter keys of the six level-2 sections, in their order (content/schemas.ts
 * LESSON_SECTIONS holds their titles in each language). Keys, not titles, so that one mapping serves
 * the Spanish and the English lesson alike.
 */
export const CHECKPOINT_SECTIONS = ['goals', 'concepts', 'mini-project', 'validate', 'mistakes', 'reading'] as const;
export type CheckpointSection = (typeof CHECKPOINT_SECTIONS)[number];
export type CheckpointMap = Partial<Record<CheckpointSection, readonly string[]>>;

/** A checkpoint asks one or two questions: enough to check the section, short enough not to stall reading. */
export const CHECKPOINT_MAX_QUESTIONS = 2;

/**
 * Sections that get a question when the lesson maps none: the goals only announce what comes and the
 * further reading is a list of links, so neither has anything of its own to test.
 */
const FALLBACK_SECTIONS: readonly CheckpointSection[] = ['concepts', 'mini-project', 'validate', 'mistakes'];

/** Questions a checkpoint of `module` may ask: auto-graded ones whose `modules` include it. */
export function checkpointPool<Q extends BankQuestion>(bank: readonly Q[], module: ModuleId): Q[] {
  return bank.filter((question) => isAutoGraded(question) && question.modules.includes(module));
}

/**
 * Per level-2 section index, the questions of its checkpoint (an empty list: no checkpoint there).
 * With a mapping, its ids in order (ids the bank does not hold are left out: validate-content reports
 * them). Without one, one question for each of FALLBACK_SECTIONS: questions that name this module first
 * before those that only touch it, easier levels first, then by id.
 */
export function checkpointPlan<Q extends BankQuestion>(
  bank: readonly Q[],
  module: ModuleId,
  mapping: CheckpointMap | undefined,
): Q[][] {
  const pool = checkpointPool(bank, module);
  if (mapping) {
    const byId = new Map(pool.map((question) => [question.id, question]));
    return CHECKPOINT_SECTIONS.map((section) =>
      (mapping[section] ?? [])
        .flatMap((id) => (byId.has(id) ? [byId.get(id)!] : []))
        .slice(0, CHECKPOINT_MAX_QUESTIONS),
    );
  }
  const ordered = [...pool].sort(
    (a, b) =>
      Number(b.modules[0] === module) - Number(a.modules[0] === module) ||
      LEVELS.indexOf(a.level) - LEVELS.indexOf(b.level) ||
      compareIds(a.id, b.id),
  );
  let next = 0;
  return CHECKPOINT_SECTIONS.map((section) =>
    FALLBACK_SECTIONS.includes(section) && next < ordered.length ? [ordered[next++]!] : [],
  );
}

/** A checkpoint is passed when every one of its questions was answered fully right. */
export const checkpointPassed = (scores: readonly number[]): boolean =>
  scores.length > 0 && scores.every((score) => score >= 1);
