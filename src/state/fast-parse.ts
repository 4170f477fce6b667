// The store's shape checked without zod: every start reads the store, and zod (importing it, building
// the schemas, then running them over a file of a few hundred answers) cost 20–40 ms of a plain
// command's start-up, more than the rest of `status --json`. This checks the same rules as
// schema.ts and returns the same value zod returns — shape keys in the schema's order, then the unknown
// ones as they came — and gives up (undefined) on anything it is not sure of, which then goes through
// zod as before (its errors, the recovery). tests/unit/fast-parse.test.ts holds it to zod's result.
// What already has that form (every file the store wrote) is returned as it is, not copied: copying
// every object and array of a store with 200 answers was half of this check's time (1.9 → 1.2 ms,
// Node 20, cold). The store treats what it reads as read-only, so sharing the parse is safe.
import { LANGS, LEVELS, MODULE_IDS, PACES } from '../core/types.js';
import { PITCH_PART_IDS } from '../core/pitch.js';
import type { State } from './schema.js';
import { SCHEMA_VERSION } from './schema-version.js';

const FAIL: unique symbol = Symbol('fail');
type Parse = (value: unknown) => unknown;

const isPlainObject = (value: unknown): value is Record<string, unknown> => {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
};

const string: Parse = (value) => (typeof value === 'string' ? value : FAIL);
const nonEmpty: Parse = (value) => (typeof value === 'string' && value.length >= 1 ? value : FAIL);
const DAY = /^\d{4}-\d{2}-\d{2}$/;
const day: Parse = (value) => (typeof value === 'string' && DAY.test(value) ? value : FAIL);
const boolean: Parse = (value) => (typeof value === 'boolean' ? value : FAIL);
const number: Parse = (value) => (typeof value === 'number' && Number.isFinite(value) ? value : FAIL);
const int: Parse = (value) => (Number.isSafeInteger(value) ? value : FAIL);
const count: Parse = (value) => (Number.isSafeInteger(value) && (value as number) >= 0 ? value : FAIL);
const between =
  (min: number, max: number): Parse =>
  (value) =>
    typeof value === 'number' && Number.isFinite(value) && value >= min && value <= max ? value : FAIL;
const positive: Parse = (value) => (typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : FAIL);
const percent = between(0, 100);
const oneOf = (values: readonly unknown[]): Parse => {
  const set = new Set(values);
  return (value) => (set.has(value) ? value : FAIL);
};
const nullable =
  (inner: Parse): Parse =>
  (value) =>
    value === null ? null : inner(value);

const array =
  (element: Parse): Parse =>
  (value) => {
    if (!Array.isArray(value)) return FAIL;
    let out: unknown[] | undefined;
    for (let i = 0; i < value.length; i++) {
      // Holes and undefined: zod's handling of them is not worth copying here.
      const item: unknown = value[i];
      if (item === undefined || !(i in value)) return FAIL;
      const parsed = element(item);
      if (parsed === FAIL) return FAIL;
      // Copied only from the first element that parsed to something else (an object put in order).
      if (out) out[i] = parsed;
      else if (parsed !== item) (out = value.slice(0, i))[i] = parsed;
    }
    return out ?? value;
  };

/** z.record over string keys, or over a set of keys (z.partialRecord of an enum): keys in their order. */
const record = (entry: Parse, keys?: readonly string[]): Parse => {
  const allowed = keys && new Set(keys);
  return (value) => {
    // zod reads symbol keys too, and rejects them as keys; its loop skips non-enumerable ones, as Object.keys does.
    if (!isPlainObject(value) || Object.getOwnPropertySymbols(value).length > 0) return FAIL;
    let out: Record<string, unknown> | undefined;
    const names = Object.keys(value);
    for (let i = 0; i < names.length; i++) {
      const key = names[i]!;
      if (key === '__proto__' || (allowed && !allowed.has(key))) return FAIL;
      const item = value[key];
      const parsed = entry(item);
      if (parsed === FAIL) return FAIL;
      // As in array: a copy only once an entry had to change.
      if (!out && parsed !== item) {
        out = {};
        for (let j = 0; j < i; j++) out[names[j]!] = value[names[j]!];
      }
      if (out) out[key] = parsed;
    }
    return out ?? value;
  };
};

/** Marks a field of `object` that may be absent. */
const optional = (parse: Parse): Parse & { optional: true } =>
  Object.assign((value: unknown) => parse(value), { optional: true as const });

/**
 * z.looseObject: the fields in the schema's order (as zod builds its result), then the unknown ones
 * as they came (zod's for…in: enumerable string keys). Plain indexed loops: this runs once per start,
 * before the JIT has warmed up, where for…of and destructuring allocate at every step.
 */
const object = (shape: Record<string, Parse & { optional?: true }>): Parse => {
  const keys = Object.keys(shape);
  const parsers = keys.map((key) => shape[key]!);
  const known = new Set(keys);
  return (value) => {
    if (!isPlainObject(value)) return FAIL;
    let present = 0;
    let changed: Map<string, unknown> | undefined;
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i]!;
      const parse = parsers[i]!;
      // No shape key is a name Object.prototype has, so `undefined` here means absent or explicitly
      // undefined; only then is ownership asked (one lookup per field otherwise, at every start).
      const item = value[key];
      if (item === undefined) {
        if (parse.optional && !Object.prototype.hasOwnProperty.call(value, key)) continue;
        // An explicit undefined (never in JSON): zod's rules for it differ by field; let zod decide.
        return FAIL;
      }
      const parsed = parse(item);
      if (parsed === FAIL) return FAIL;
      if (parsed !== item) (changed ??= new Map()).set(key, parsed);
      present++;
    }
    // In zod's order already when the first `present` keys are the shape's, in the shape's order.
    const names = Object.keys(value);
    let inOrder = true;
    for (let i = 0, k = 0; i < names.length; i++) {
      const key = names[i]!;
      if (key === '__proto__') return FAIL;
      if (inOrder && i < present) {
        while (k < keys.length && keys[k] !== key) k++;
        if (k === keys.length) inOrder = false;
        else k++;
      }
    }
    if (inOrder && !changed) return value;
    const out: Record<string, unknown> = {};
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i]!;
      if (Object.prototype.hasOwnProperty.call(value, key))
        out[key] = changed?.has(key) ? changed.get(key) : value[key];
    }
    for (let i = 0; i < names.length; i++) if (!known.has(names[i]!)) out[names[i]!] = value[names[i]!];
    return out;
  };
};

// The same fields, in the same order and with the same rules, as the schemas of schema.ts (the definition).
const isoTime = nonEmpty;
const moduleId = oneOf(MODULE_IDS);
const score01 = between(0, 1);

const profile = object({
  language: oneOf(LANGS),
  startDate: day,
  paceWeeks: oneOf(PACES),
  workspace: nonEmpty,
  python: optional(nonEmpty),
  drillLevel: optional(oneOf(LEVELS)),
  createdAt: isoTime,
});

const moduleProgress = object({
  startedAt: optional(isoTime),
  lesson: optional(object({ position: count, sectionsRead: array(count), read: boolean, updatedAt: isoTime })),
  checkpoints: optional(object({ passed: array(count), updatedAt: isoTime })),
  quiz: optional(object({ attempts: count, best: percent, passed: boolean, updatedAt: isoTime })),
  check: optional(
    object({
      best: percent,
      passed: boolean,
      history: array(object({ at: isoTime, score: number, passed: optional(boolean) })),
    }),
  ),
});

const quizAttempt = object({
  at: isoTime,
  module: optional(moduleId),
  topics: optional(array(string)),
  score: percent,
  total: count,
  questionIds: array(string),
  abandoned: optional(boolean),
  answered: optional(count),
});

const questionRecord = object({
  topic: string,
  history: array(
    object({ at: isoTime, score: score01, mode: oneOf(['quiz', 'drill', 'review']), ms: optional(count) }),
  ),
});

const drillRecord = object({
  id: nonEmpty,
  level: oneOf(LEVELS),
  startedAt: isoTime,
  endedAt: optional(isoTime),
  status: oneOf(['in-progress', 'finished', 'timeout', 'abandoned']),
  count,
  minutes: positive,
  questionIds: array(string),
  answers: array(object({ questionId: string, score: score01, ms: count })),
  score: optional(percent),
});

const card = object({
  due: isoTime,
  stability: number,
  difficulty: number,
  elapsed_days: number,
  scheduled_days: number,
  learning_steps: number,
  reps: count,
  lapses: count,
  state: int,
  last_review: optional(isoTime),
  suspended: optional(boolean),
});

const pitchEntry = object({
  id: nonEmpty,
  at: isoTime,
  project: string,
  level: oneOf(LEVELS),
  minutes: positive,
  status: oneOf(['finished', 'time-up']),
  elapsedMs: count,
  score: percent,
  parts: array(object({ id: oneOf(PITCH_PART_IDS), ms: count, paceMs: count })),
  ratings: record(oneOf([0, 1, 2])),
  notes: optional(array(string)),
  savedAt: optional(isoTime),
});

const state = object({
  schemaVersion: oneOf([SCHEMA_VERSION]),
  profile: nullable(profile),
  modules: record(moduleProgress, MODULE_IDS),
  lastModule: optional(moduleId),
  quizzes: array(quizAttempt),
  questions: record(questionRecord),
  drills: array(drillRecord),
  cards: record(card),
  pitches: optional(array(pitchEntry)),
});

/** What `stateSchema.parse(value)` returns, or undefined when zod must decide (then it does). */
export function fastParseState(value: unknown): State | undefined {
  const parsed = state(value);
  return parsed === FAIL ? undefined : (parsed as State);
}
