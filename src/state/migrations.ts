// Forward migrations of the store, one per schema version. conf's own migrations are keyed on the
// app's version and are known to misbehave; ours are keyed on the file's schemaVersion instead.
import { SCHEMA_VERSION } from './schema.js';

type Raw = Record<string, unknown>;

/**
 * migrations[n] turns a version-n object into version n+1.
 * Version 0 is the pre-release layout (a flat `settings` object with `lang`/`pace`, no schemaVersion).
 */
const migrations: Record<number, (raw: Raw) => Raw> = {
  0: (raw) => {
    const settings = (raw.settings ?? {}) as Raw;
    const hasProfile = typeof settings.lang === 'string' && typeof settings.startDate === 'string';
    return {
      schemaVersion: 1,
      profile: hasProfile
        ? {
            language: settings.lang,
            startDate: settings.startDate,
            paceWeeks: settings.pace ?? 8,
            workspace: settings.workspace ?? process.cwd(),
            createdAt: settings.createdAt ?? new Date(0).toISOString(),
          }
        : null,
      modules: raw.modules ?? {},
    };
  },
  // 2 adds practice: quiz attempts, per-question history, drills and review cards, all empty.
  1: (raw) => ({ ...raw, schemaVersion: 2, quizzes: [], questions: {}, drills: [], cards: {} }),
};

export class FutureVersionError extends Error {
  constructor(readonly version: number) {
    super(`The progress file was written by a newer mlops-tutor (schema ${version}); update mlops-tutor to read it.`);
  }
}

export function migrate(input: unknown): unknown {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return input;
  let raw = input as Raw;
  let version = typeof raw.schemaVersion === 'number' ? raw.schemaVersion : 0;
  if (version > SCHEMA_VERSION) throw new FutureVersionError(version);
  while (version < SCHEMA_VERSION) {
    const step = migrations[version];
    if (!step) break;
    raw = step(raw);
    version += 1;
  }
  return raw;
}
