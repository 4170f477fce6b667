// The shape of the progress store, current version. Older files are migrated (migrations.ts)
// before they are checked against this schema.
import { z } from 'zod';
import { LANGS, MODULE_IDS, PACES } from '../core/types.js';
import type { ModuleProgress } from '../core/progress.js';

export const SCHEMA_VERSION = 1;

const isoTime = z.string().min(1);
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const moduleId = z.enum(MODULE_IDS);

export const profileSchema = z.object({
  language: z.enum(LANGS),
  startDate: day,
  paceWeeks: z.union([z.literal(PACES[0]), z.literal(PACES[1]), z.literal(PACES[2])]),
  workspace: z.string().min(1),
  python: z.string().min(1).optional(),
  createdAt: isoTime,
});
export type Profile = z.infer<typeof profileSchema>;

const moduleProgressSchema = z.object({
  startedAt: isoTime.optional(),
  // position: the Markdown block at the top of the reader (stable across widths); sectionsRead: indexes
  // of the level-2 sections reached (the same in es and en, whose outlines match).
  lesson: z.object({ position: z.number().int().min(0), sectionsRead: z.array(z.number().int().min(0)), read: z.boolean(), updatedAt: isoTime }).optional(),
  quiz: z.object({ attempts: z.number().int().min(0), best: z.number().min(0).max(100), passed: z.boolean(), updatedAt: isoTime }).optional(),
  check: z.object({ best: z.number().min(0).max(100), passed: z.boolean(), history: z.array(z.object({ at: isoTime, score: z.number() })) }).optional(),
});

export const stateSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  profile: profileSchema.nullable(),
  modules: z.partialRecord(moduleId, moduleProgressSchema),
  lastModule: moduleId.optional(),
});
export type State = z.infer<typeof stateSchema>;

// Compile-time guarantee that stored progress is what the core rules read.
export const checkProgressType = (value: z.infer<typeof moduleProgressSchema>): ModuleProgress => value;

export function emptyState(): State {
  return { schemaVersion: SCHEMA_VERSION, profile: null, modules: {} };
}
