// The store's current schema version, in a module of its own: the quick readers (fast-parse.ts,
// migrations.ts) need the number without importing zod, which schema.ts does.
export const SCHEMA_VERSION = 2;
