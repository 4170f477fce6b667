// The part of JSON Schema that FastAPI's /openapi.json uses, for pydantic 1 (OpenAPI 3.0.x) and pydantic 2
// (OpenAPI 3.1): `$ref` into the document, `allOf` merged, `anyOf`/`oneOf` with null for Optional,
// `nullable`, enums and the usual bounds. Used to build requests and to check responses.
import type { FindingArgs } from './finding.js';

export type Schema = Record<string, unknown>;
export const isObject = (value: unknown): value is Schema => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Violation codes, shared by invalid requests (what was broken on purpose) and response checks (what
 * the server got wrong). Args: {field} is a dotted path ("customer.age", "[0].tenure", "" for the body)
 * and {value} the offending value as JSON, plus:
 * - `invalid.wrong-type` {expected}: a value of another JSON type.
 * - `invalid.below-minimum` {limit, exclusive ("yes"/"no")}: under `minimum` / `exclusiveMinimum`.
 * - `invalid.above-maximum` {limit, exclusive}: over `maximum` / `exclusiveMaximum`.
 * - `invalid.missing-required` {}: a required property is absent.
 * - `invalid.not-in-enum` {allowed}: not one of the enum's values (or the const).
 * - `invalid.too-short` {limit}: a string shorter than `minLength`.
 * - `invalid.too-long` {limit}: a string longer than `maxLength`.
 * - `invalid.pattern-mismatch` {pattern}: a string that does not match `pattern`.
 * - `invalid.too-few-items` {limit} / `invalid.too-many-items` {limit}: `minItems` / `maxItems`.
 * - `invalid.extra-field` {}: a property the schema forbids (`additionalProperties: false`).
 * - `invalid.not-multiple` {limit}: not a multiple of `multipleOf`.
 */
export type ViolationCode =
  | 'invalid.wrong-type'
  | 'invalid.below-minimum'
  | 'invalid.above-maximum'
  | 'invalid.missing-required'
  | 'invalid.not-in-enum'
  | 'invalid.too-short'
  | 'invalid.too-long'
  | 'invalid.pattern-mismatch'
  | 'invalid.too-few-items'
  | 'invalid.too-many-items'
  | 'invalid.extra-field'
  | 'invalid.not-multiple';

export interface Violation {
  code: ViolationCode;
  args: FindingArgs & { field: string };
}

export class SchemaContext {
  readonly unresolved = new Set<string>();
  constructor(readonly document: unknown) {}

  /** Follows `$ref` (any `#/…` JSON pointer) until a schema without one; loops stop at the second visit. */
  deref(schema: unknown, seen: Set<string> = new Set()): Schema {
    if (!isObject(schema)) return {};
    const ref = schema.$ref;
    if (typeof ref !== 'string') return schema;
    if (seen.has(ref)) return {};
    seen.add(ref);
    const target = ref.startsWith('#/')
      ? ref
          .slice(2)
          .split('/')
          .map((part) => decodeURIComponent(part.replace(/~1/g, '/').replace(/~0/g, '~')))
          .reduce<unknown>((node, key) => (isObject(node) ? node[key] : undefined), this.document)
      : undefined;
    if (!isObject(target)) {
      this.unresolved.add(ref);
      return {};
    }
    // Keywords beside a $ref (3.1 allows them: description, default, examples) stay with the field.
    const { $ref: _ref, ...siblings } = schema;
    return { ...this.deref(target, seen), ...siblings };
  }

  /** A schema with `$ref` followed and `allOf` merged into one (properties and required united). */
  resolve(schema: unknown, depth = 0): Schema {
    const base = this.deref(schema);
    if (!Array.isArray(base.allOf) || depth > 20) return base;
    const { allOf, ...rest } = base;
    let merged: Schema = {};
    for (const part of allOf as unknown[]) merged = mergeSchemas(merged, this.resolve(part, depth + 1));
    return mergeSchemas(merged, rest);
  }
}

function mergeSchemas(a: Schema, b: Schema): Schema {
  const out: Schema = { ...a, ...b };
  if (isObject(a.properties) || isObject(b.properties)) out.properties = { ...(isObject(a.properties) ? a.properties : {}), ...(isObject(b.properties) ? b.properties : {}) };
  if (Array.isArray(a.required) || Array.isArray(b.required)) out.required = [...new Set([...((a.required as string[]) ?? []), ...((b.required as string[]) ?? [])])];
  return out;
}

/** The JSON types a schema allows, null included when Optional (`anyOf` with null, `nullable`, type list). */
export function typesOf(ctx: SchemaContext, schema: Schema): Set<string> {
  const types = new Set<string>();
  const type = schema.type;
  if (typeof type === 'string') types.add(type);
  if (Array.isArray(type)) type.forEach((t) => types.add(String(t)));
  if (schema.nullable === true) types.add('null');
  for (const key of ['anyOf', 'oneOf'] as const) {
    const list = schema[key];
    if (Array.isArray(list)) for (const alt of list) typesOf(ctx, ctx.resolve(alt)).forEach((t) => types.add(t));
  }
  if (types.size === 0) {
    if (isObject(schema.properties)) types.add('object');
    else if (schema.items !== undefined) types.add('array');
    else if (Array.isArray(schema.enum)) for (const value of schema.enum) types.add(jsonType(value));
    else if ('const' in schema) types.add(jsonType(schema.const));
  }
  return types;
}

/** The non-null alternative of an Optional (`anyOf: [X, {type: null}]`), else the schema itself. */
export function mainAlternative(ctx: SchemaContext, schema: Schema): Schema {
  for (const key of ['anyOf', 'oneOf'] as const) {
    const list = schema[key];
    if (!Array.isArray(list)) continue;
    const alternatives = list.map((alt) => ctx.resolve(alt));
    const chosen = alternatives.find((alt) => !(alt.type === 'null' || (Array.isArray(alt.enum) && alt.enum.length === 1 && alt.enum[0] === null)));
    if (chosen) {
      const { [key]: _alternatives, ...rest } = schema;
      return { ...chosen, ...Object.fromEntries(Object.entries(rest).filter(([k]) => ['example', 'examples', 'default', 'title', 'description'].includes(k))) };
    }
  }
  return schema;
}

export function jsonType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

const typeMatches = (types: Set<string>, value: unknown): boolean => {
  const actual = jsonType(value);
  return types.size === 0 || types.has(actual) || (actual === 'integer' && types.has('number'));
};

/** Lower and upper bounds, whichever OpenAPI version wrote them (3.0 boolean or 3.1 number exclusives). */
export function boundsOf(schema: Schema): { min?: number; minExclusive: boolean; max?: number; maxExclusive: boolean } {
  const out: { min?: number; minExclusive: boolean; max?: number; maxExclusive: boolean } = { minExclusive: false, maxExclusive: false };
  if (typeof schema.minimum === 'number') {
    out.min = schema.minimum;
    out.minExclusive = schema.exclusiveMinimum === true;
  }
  if (typeof schema.exclusiveMinimum === 'number' && (out.min === undefined || schema.exclusiveMinimum >= out.min)) {
    out.min = schema.exclusiveMinimum;
    out.minExclusive = true;
  }
  if (typeof schema.maximum === 'number') {
    out.max = schema.maximum;
    out.maxExclusive = schema.exclusiveMaximum === true;
  }
  if (typeof schema.exclusiveMaximum === 'number' && (out.max === undefined || schema.exclusiveMaximum <= out.max)) {
    out.max = schema.exclusiveMaximum;
    out.maxExclusive = true;
  }
  return out;
}

const show = (value: unknown): string => JSON.stringify(value) ?? String(value);
const join = (path: string, key: string): string => (path ? `${path}.${key}` : key);

function safeRegExp(pattern: string): RegExp | undefined {
  try {
    return new RegExp(pattern, 'u');
  } catch {
    return undefined;
  }
}

/** Every violation of `value` against `schema`, at most one per keyword and place. */
export function validate(ctx: SchemaContext, rawSchema: unknown, value: unknown, path = ''): Violation[] {
  const schema = ctx.resolve(rawSchema);
  const types = typesOf(ctx, schema);
  const v = (code: ViolationCode, args: FindingArgs = {}): Violation => ({ code, args: { field: path, value: show(value), ...args } });
  if (!typeMatches(types, value)) return [v('invalid.wrong-type', { expected: [...types].join(' | ') })];
  if (value === null) return [];
  const alternatives = ['anyOf', 'oneOf'].map((key) => schema[key]).find(Array.isArray) as unknown[] | undefined;
  if (alternatives) {
    const results = alternatives.map((alt) => validate(ctx, alt, value, path));
    if (results.some((r) => r.length === 0)) return [];
    // Report the alternative whose type fits: its bound or length is what the caller got wrong.
    const fitting = results.find((r) => r.every((violation) => violation.code !== 'invalid.wrong-type'));
    return fitting ?? results[0] ?? [];
  }
  const out: Violation[] = [];
  if (Array.isArray(schema.enum) && !schema.enum.some((allowed) => show(allowed) === show(value))) out.push(v('invalid.not-in-enum', { allowed: schema.enum.map(show).join(', ') }));
  if ('const' in schema && show(schema.const) !== show(value)) out.push(v('invalid.not-in-enum', { allowed: show(schema.const) }));
  if (typeof value === 'number') {
    const b = boundsOf(schema);
    if (b.min !== undefined && (b.minExclusive ? value <= b.min : value < b.min)) out.push(v('invalid.below-minimum', { limit: b.min, exclusive: b.minExclusive ? 'yes' : 'no' }));
    if (b.max !== undefined && (b.maxExclusive ? value >= b.max : value > b.max)) out.push(v('invalid.above-maximum', { limit: b.max, exclusive: b.maxExclusive ? 'yes' : 'no' }));
    if (typeof schema.multipleOf === 'number' && schema.multipleOf > 0 && Math.abs(value / schema.multipleOf - Math.round(value / schema.multipleOf)) > 1e-9) out.push(v('invalid.not-multiple', { limit: schema.multipleOf }));
  }
  if (typeof value === 'string') {
    const length = [...value].length;
    if (typeof schema.minLength === 'number' && length < schema.minLength) out.push(v('invalid.too-short', { limit: schema.minLength }));
    if (typeof schema.maxLength === 'number' && length > schema.maxLength) out.push(v('invalid.too-long', { limit: schema.maxLength }));
    const re = typeof schema.pattern === 'string' ? safeRegExp(schema.pattern) : undefined;
    if (re && !re.test(value)) out.push(v('invalid.pattern-mismatch', { pattern: String(schema.pattern) }));
  }
  if (Array.isArray(value)) {
    if (typeof schema.minItems === 'number' && value.length < schema.minItems) out.push(v('invalid.too-few-items', { limit: schema.minItems }));
    if (typeof schema.maxItems === 'number' && value.length > schema.maxItems) out.push(v('invalid.too-many-items', { limit: schema.maxItems }));
    if (schema.items !== undefined) value.forEach((item, index) => out.push(...validate(ctx, schema.items, item, `${path}[${index}]`)));
  }
  if (isObject(value)) {
    const properties = isObject(schema.properties) ? schema.properties : {};
    for (const name of Array.isArray(schema.required) ? (schema.required as string[]) : []) {
      if (!(name in value)) out.push({ code: 'invalid.missing-required', args: { field: join(path, name) } });
    }
    for (const [name, item] of Object.entries(value)) {
      if (name in properties) out.push(...validate(ctx, properties[name], item, join(path, name)));
      else if (schema.additionalProperties === false) out.push({ code: 'invalid.extra-field', args: { field: join(path, name), value: show(item) } });
      else if (isObject(schema.additionalProperties)) out.push(...validate(ctx, schema.additionalProperties, item, join(path, name)));
    }
  }
  return out;
}
