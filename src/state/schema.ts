// The shape of the progress store, current version. Older files are migrated (migrations.ts)
// before they are checked against this schema.
// zod/mini, not the full zod API: the store is read at every start, and zod/mini is tree-shaken to
// what is used here instead of bundling all of zod (~450 KB) into start-up. Content schemas, read
// only by the build and `validate-content`, keep the full API.
import * as z from 'zod/mini';
import { LANGS, LEVELS, MODULE_IDS, PACES } from '../core/types.js';
import type { DrillRecord, QuestionRecord, QuizAttempt } from '../core/practice.js';
import type { ModuleProgress } from '../core/progress.js';
import type { StoredCard } from '../core/review.js';
import { PITCH_PART_IDS, type PitchEntry } from '../core/pitch.js';

import { SCHEMA_VERSION } from './schema-version.js';

export { SCHEMA_VERSION };

/**
 * An object schema that keeps fields it does not know, so a file written by a newer mlops-tutor loses
 * nothing when an older one writes it. Typed as a plain object: the rules only read the known fields.
 */
function keepUnknown<Shape extends z.core.$ZodLooseShape>(shape: Shape): z.ZodMiniObject<Shape, z.core.$strip> {
  return z.looseObject(shape) as unknown as z.ZodMiniObject<Shape, z.core.$strip>;
}

/**
 * The schemas, built on first use: zod builds a schema's internals when it is created, which cost
 * start-up ~10 ms although a sound file never needs them (fast-parse.ts checks it without zod).
 */
function build() {
  const isoTime = z.string().check(z.minLength(1));
  const day = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/));
  const moduleId = z.enum(MODULE_IDS);
  const count = z.int().check(z.gte(0));
  const percent = z.number().check(z.gte(0), z.lte(100));

  const profileSchema = keepUnknown({
    language: z.enum(LANGS),
    startDate: day,
    paceWeeks: z.union([z.literal(PACES[0]), z.literal(PACES[1]), z.literal(PACES[2])]),
    workspace: z.string().check(z.minLength(1)),
    python: z.optional(z.string().check(z.minLength(1))),
    /** A drill level chosen in Settings; absent: the level the syllabus gives the current week. */
    drillLevel: z.optional(z.enum(LEVELS)),
    createdAt: isoTime,
  });

  const moduleProgressSchema = keepUnknown({
    startedAt: z.optional(isoTime),
    // position: the Markdown block at the top of the reader (stable across widths); sectionsRead: indexes
    // of the level-2 sections reached (the same in es and en, whose outlines match).
    lesson: z.optional(
      keepUnknown({ position: count, sectionsRead: z.array(count), read: z.boolean(), updatedAt: isoTime }),
    ),
    // The sections whose checkpoint was answered fully right (indexes like sectionsRead). Beside the
    // lesson, not inside it: the reader's position saves rewrite the lesson object.
    checkpoints: z.optional(keepUnknown({ passed: z.array(count), updatedAt: isoTime })),
    quiz: z.optional(keepUnknown({ attempts: count, best: percent, passed: z.boolean(), updatedAt: isoTime })),
    check: z.optional(
      keepUnknown({
        best: percent,
        passed: z.boolean(),
        history: z.array(keepUnknown({ at: isoTime, score: z.number(), passed: z.optional(z.boolean()) })),
      }),
    ),
  });

  // Practice (schema 2): quiz attempts, every answer per question, drills (abandoned ones too) and
  // FSRS review cards keyed by question id.
  const quizAttemptSchema = keepUnknown({
    at: isoTime,
    module: z.optional(moduleId),
    topics: z.optional(z.array(z.string())),
    score: percent,
    total: count,
    questionIds: z.array(z.string()),
    /** Left before the last question (after a confirmation): kept, but never a module's best. */
    abandoned: z.optional(z.boolean()),
    answered: z.optional(count),
  });
  const questionRecordSchema = keepUnknown({
    topic: z.string(),
    history: z.array(
      keepUnknown({
        at: isoTime,
        score: z.number().check(z.gte(0), z.lte(1)),
        mode: z.enum(['quiz', 'drill', 'review']),
        ms: z.optional(count),
      }),
    ),
  });
  const drillRecordSchema = keepUnknown({
    id: z.string().check(z.minLength(1)),
    level: z.enum(LEVELS),
    startedAt: isoTime,
    endedAt: z.optional(isoTime),
    status: z.enum(['in-progress', 'finished', 'timeout', 'abandoned']),
    count,
    minutes: z.number().check(z.gt(0)),
    questionIds: z.array(z.string()),
    answers: z.array(keepUnknown({ questionId: z.string(), score: z.number().check(z.gte(0), z.lte(1)), ms: count })),
    score: z.optional(percent),
  });
  const cardSchema = keepUnknown({
    due: isoTime,
    stability: z.number(),
    difficulty: z.number(),
    elapsed_days: z.number(),
    scheduled_days: z.number(),
    learning_steps: z.number(),
    reps: count,
    lapses: count,
    state: z.int(),
    last_review: z.optional(isoTime),
    suspended: z.optional(z.boolean()),
  });

  // Pitch speeches (optional, no version change: a file from before them loads as it is). Only rated
  // speeches are kept; ratings are 0 missed, 1 partly, 2 covered.
  const pitchEntrySchema = keepUnknown({
    id: z.string().check(z.minLength(1)),
    at: isoTime,
    project: z.string(),
    level: z.enum(LEVELS),
    minutes: z.number().check(z.gt(0)),
    status: z.enum(['finished', 'time-up']),
    elapsedMs: count,
    score: percent,
    parts: z.array(keepUnknown({ id: z.enum(PITCH_PART_IDS), ms: count, paceMs: count })),
    ratings: z.record(z.string(), z.union([z.literal(0), z.literal(1), z.literal(2)])),
    notes: z.optional(z.array(z.string())),
    savedAt: z.optional(isoTime),
  });

  const stateSchema = keepUnknown({
    schemaVersion: z.literal(SCHEMA_VERSION),
    profile: z.nullable(profileSchema),
    modules: z.partialRecord(moduleId, moduleProgressSchema),
    lastModule: z.optional(moduleId),
    quizzes: z.array(quizAttemptSchema),
    questions: z.record(z.string(), questionRecordSchema),
    drills: z.array(drillRecordSchema),
    cards: z.record(z.string(), cardSchema),
    pitches: z.optional(z.array(pitchEntrySchema)),
  });
  return { state: stateSchema, profile: profileSchema, moduleProgress: moduleProgressSchema };
}

let built: ReturnType<typeof build> | undefined;
const schemas = () => (built ??= build());

/** The whole store's schema (the definition fast-parse.ts follows). */
export const stateSchema = (): ReturnType<typeof build>['state'] => schemas().state;

export type Profile = z.infer<ReturnType<typeof build>['profile']>;
export type State = z.infer<ReturnType<typeof build>['state']>;

// Compile-time guarantee that stored progress is what the core rules read.
export const checkProgressType = (value: z.infer<ReturnType<typeof build>['moduleProgress']>): ModuleProgress => value;
export const checkPracticeTypes = (
  state: State,
): { q: QuizAttempt[]; h: Record<string, QuestionRecord>; d: DrillRecord[]; c: Record<string, StoredCard> } => ({
  q: state.quizzes,
  h: state.questions,
  d: state.drills,
  c: state.cards,
});

export const checkPitchType = (state: State): PitchEntry[] | undefined => state.pitches;

export function emptyState(): State {
  return {
    schemaVersion: SCHEMA_VERSION,
    profile: null,
    modules: {},
    quizzes: [],
    questions: {},
    drills: [],
    cards: {},
  };
}
