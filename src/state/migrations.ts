// Forward migrations of the store, one per schema version. conf's own migrations are keyed on the
// app's version and are known to misbehave; ours are keyed on the file's schemaVersion instead.
import { SCHEMA_VERSION } from './schema-version.js';

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
  // A file that already has some of them (written by hand, or half-migrated) keeps them.
  1: (raw) => ({ quizzes: [], questions: {}, drills: [], cards: {}, ...raw, schemaVersion: 2 }),
};

export class FutureVersionError extends Error {
  constructor(readonly version: number) {
    super(`The progress file was written by a newer mlops-tutor (schema ${version}); update mlops-tutor to read it.`);
  }
}

/**
 * The file's schema version. A number written as a string ("2") is that number; a file without one is
 * told by its layout, so a current file that lost the field is not taken for the pre-release layout
 * (whose migration would drop the profile, histories and cards).
 */
function fileVersion(raw: Raw): number {
  const stated = raw.schemaVersion;
  if (typeof stated === 'number' && Number.isInteger(stated)) return stated;
  if (typeof stated === 'string' && /^\s*\d+\s*$/.test(stated)) return Number(stated);
  if (['quizzes', 'questions', 'drills', 'cards'].some((key) => key in raw)) return SCHEMA_VERSION;
  if ('profile' in raw) return 1;
  return 0;
}

export function migrate(input: unknown): unknown {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return input;
  let raw = input as Raw;
  let version = fileVersion(raw);
  if (version > SCHEMA_VERSION) throw new FutureVersionError(version);
  while (version < SCHEMA_VERSION) {
    const step = migrations[version];
    if (!step) break;
    raw = step(raw);
    version += 1;
  }
  return raw.schemaVersion === version ? raw : { ...raw, schemaVersion: version };
}
