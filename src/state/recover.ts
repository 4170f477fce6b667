// Field-by-field recovery of a state file that does not fully match the schema: every value that
// validates is kept, each one that does not is dropped on its own and named, so one bad score costs
// that score — not the profile, the histories and the cards around it.
import * as z from 'zod/mini';
import { fastParseState } from './fast-parse.js';
import { emptyState, stateSchema, type State } from './schema.js';

type Schema = z.ZodMiniType;
type Salvaged = { ok: true; value: unknown } | { ok: false };

interface Def {
  type: string;
  innerType?: Schema;
  shape?: Record<string, Schema>;
  element?: Schema;
  keyType?: Schema;
  valueType?: Schema;
}

const defOf = (schema: Schema) => (schema as unknown as { _zod: { def: Def } })._zod.def;
const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const accepts = (schema: Schema, value: unknown) => z.safeParse(schema, value).success;
const child = (path: string, key: string) => (path ? `${path}.${key}` : key);

/**
 * The largest valid part of `value` for `schema`. Paths of what had to go are added to `dropped`
 * only when the part that contains them survives (otherwise the containing value is named instead).
 */
function salvage(schema: Schema, value: unknown, path: string, dropped: string[]): Salvaged {
  const whole = z.safeParse(schema, value);
  if (whole.success) return { ok: true, value: whole.data };
  const def = defOf(schema);
  const local: string[] = [];
  let out: unknown;
  switch (def.type) {
    case 'optional':
    case 'nullable':
      return salvage(def.innerType!, value, path, dropped);
    case 'object': {
      if (!isPlainObject(value)) return { ok: false };
      const shape = def.shape!;
      // Unknown fields stay as they are: a newer version's data must survive an older one's write.
      const kept: Record<string, unknown> = Object.fromEntries(
        Object.entries(value).filter(([key]) => !(key in shape)),
      );
      for (const [key, fieldSchema] of Object.entries(shape)) {
        if (!(key in value)) continue;
        const result = salvage(fieldSchema, value[key], child(path, key), local);
        if (result.ok) kept[key] = result.value;
        else if (accepts(fieldSchema, undefined)) local.push(child(path, key));
        else return { ok: false };
      }
      out = kept;
      break;
    }
    case 'array': {
      if (!Array.isArray(value)) return { ok: false };
      const kept: unknown[] = [];
      value.forEach((element, index) => {
        const result = salvage(def.element!, element, `${path}[${index}]`, local);
        if (result.ok) kept.push(result.value);
        else local.push(`${path}[${index}]`);
      });
      out = kept;
      break;
    }
    case 'record': {
      if (!isPlainObject(value)) return { ok: false };
      const kept: Record<string, unknown> = {};
      for (const [key, entry] of Object.entries(value)) {
        const result = accepts(def.keyType!, key)
          ? salvage(def.valueType!, entry, child(path, key), local)
          : { ok: false as const };
        if (result.ok) kept[key] = result.value;
        else local.push(child(path, key));
      }
      out = kept;
      break;
    }
    default:
      return { ok: false };
  }
  // Checks on the whole value (none today) must still hold after the parts were dropped.
  const final = z.safeParse(schema, out);
  if (!final.success) return { ok: false };
  dropped.push(...local);
  return { ok: true, value: final.data };
}

export interface Recovered {
  state: State;
  /** Paths of the values that did not validate and were left out ("modules.03.quiz", "drills[2]"). */
  dropped: string[];
}

/**
 * A migrated file's content as a valid state, or undefined when it is not an object at all. A
 * top-level field that cannot be kept takes its empty value (a profile that cannot: none, which means
 * the setup runs again — the only case that does).
 */
export function recoverState(raw: unknown): Recovered | undefined {
  if (!isPlainObject(raw)) return undefined;
  // A sound file (the usual case) needs no zod at all.
  const sound = fastParseState(raw);
  if (sound) return { state: sound, dropped: [] };
  const whole = z.safeParse(stateSchema(), raw);
  if (whole.success) return { state: whole.data, dropped: [] };
  const dropped: string[] = [];
  const empty = emptyState() as unknown as Record<string, unknown>;
  const shape = defOf(stateSchema()).shape!;
  const state: Record<string, unknown> = Object.fromEntries(Object.entries(raw).filter(([key]) => !(key in shape)));
  for (const [key, fieldSchema] of Object.entries(shape)) {
    const result = key in raw ? salvage(fieldSchema, raw[key], key, dropped) : { ok: false as const };
    if (result.ok) state[key] = result.value;
    else {
      if (key in raw) dropped.push(key);
      if (key in empty) state[key] = empty[key];
    }
  }
  return { state: stateSchema().parse(state), dropped };
}
