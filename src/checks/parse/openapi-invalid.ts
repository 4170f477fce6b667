// Invalid request bodies: each breaks exactly one constraint, verified by validating the whole mutated body.
import { boundsOf, isObject, jsonType, mainAlternative, SchemaContext, typesOf, validate, type Violation, type ViolationCode } from './openapi-schema.js';

// ---------------------------------------------------------------------------------------------
// Invalid values: one broken constraint each, verified by validating the whole mutated body.

export type Segment = string | number;
export interface Mutation {
  segments: Segment[];
  remove?: boolean;
  value?: unknown;
  code: ViolationCode;
}

const clone = <T>(value: T): T => (value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T));

export function apply(body: unknown, mutation: Mutation): unknown {
  if (mutation.segments.length === 0) return mutation.value;
  const copy = clone(body);
  let node: unknown = copy;
  for (const segment of mutation.segments.slice(0, -1)) node = (node as Record<Segment, unknown>)[segment];
  const last = mutation.segments.at(-1)!;
  if (mutation.remove) delete (node as Record<Segment, unknown>)[last];
  else (node as Record<Segment, unknown>)[last] = mutation.value;
  return copy;
}

/** A value of another JSON type, named after what was expected so the payload shown explains itself. */
function wrongTypeCandidates(expected: Set<string>): unknown[] {
  const main = ['integer', 'number', 'boolean', 'object', 'array'].find((t) => expected.has(t));
  const label = main === 'integer' || main === 'number' ? 'not-a-number' : main === 'boolean' ? 'not-a-boolean' : main === 'object' ? 'not-an-object' : main === 'array' ? 'not-an-array' : undefined;
  return [...(label ? [label] : []), ['not-a-string'], { unexpected: 'object' }];
}

export function mutationsAt(ctx: SchemaContext, raw: unknown, value: unknown, segments: Segment[], depth: number, out: Mutation[]): void {
  if (depth > 8) return;
  const full = ctx.resolve(raw);
  const schema = ctx.resolve(mainAlternative(ctx, full));
  if (segments.length > 0) {
    // Pydantic coerces "5" to 5 and 1 to True, so the wrong type is a non-numeric string, a list or an object.
    const wrong = wrongTypeCandidates(typesOf(ctx, full)).find((candidate) => validate(ctx, full, candidate).some((v) => v.code === 'invalid.wrong-type'));
    if (wrong !== undefined) out.push({ segments, value: wrong, code: 'invalid.wrong-type' });
  }
  if (Array.isArray(schema.enum) && schema.enum.length) {
    const numeric = schema.enum.every((e) => typeof e === 'number');
    out.push({ segments, value: numeric ? Math.max(...(schema.enum as number[])) + 1000 : 'not-a-valid-choice', code: 'invalid.not-in-enum' });
  }
  if (typeof value === 'number') {
    const b = boundsOf(schema);
    const integer = jsonType(value) === 'integer' && !typesOf(ctx, schema).has('number');
    if (b.min !== undefined) out.push({ segments, value: b.minExclusive ? b.min : integer ? Math.ceil(b.min) - 1 : b.min - 1, code: 'invalid.below-minimum' });
    if (b.max !== undefined) out.push({ segments, value: b.maxExclusive ? b.max : integer ? Math.floor(b.max) + 1 : b.max + 1, code: 'invalid.above-maximum' });
  }
  if (typeof value === 'string') {
    if (typeof schema.minLength === 'number' && schema.minLength > 0) {
      out.push({ segments, value: value.slice(0, schema.minLength - 1), code: 'invalid.too-short' });
      out.push({ segments, value: 'x'.repeat(schema.minLength - 1), code: 'invalid.too-short' });
    }
    if (typeof schema.maxLength === 'number') out.push({ segments, value: value.padEnd(schema.maxLength + 1, value.slice(-1) || 'x'), code: 'invalid.too-long' });
    if (typeof schema.pattern === 'string') out.push({ segments, value: '!'.repeat(Math.max(value.length, typeof schema.minLength === 'number' ? schema.minLength : 1)), code: 'invalid.pattern-mismatch' });
  }
  if (Array.isArray(value)) {
    if (typeof schema.minItems === 'number' && schema.minItems > 0) out.push({ segments, value: value.slice(0, schema.minItems - 1), code: 'invalid.too-few-items' });
    if (typeof schema.maxItems === 'number' && value.length) out.push({ segments, value: [...value, ...Array.from({ length: schema.maxItems + 1 - value.length }, () => value[0])], code: 'invalid.too-many-items' });
    if (value.length && schema.items !== undefined) mutationsAt(ctx, schema.items, value[0], [...segments, 0], depth + 1, out);
  }
  if (isObject(value)) {
    const properties = isObject(schema.properties) ? schema.properties : {};
    const required = Array.isArray(schema.required) ? (schema.required as string[]) : [];
    for (const name of required) if (name in value) out.push({ segments: [...segments, name], remove: true, code: 'invalid.missing-required' });
    if (schema.additionalProperties === false) out.push({ segments: [...segments, 'unexpected_field'], value: 1, code: 'invalid.extra-field' });
    for (const [name, item] of Object.entries(value)) if (name in properties) mutationsAt(ctx, properties[name], item, [...segments, name], depth + 1, out);
  }
}

export const fieldOf = (segments: Segment[]): string => segments.reduce<string>((path, s) => (typeof s === 'number' ? `${path}[${s}]` : path ? `${path}.${s}` : s), '');

/** `"age": -1 is below minimum 0`, in JSON Schema's own words (the sentence for people comes from the code). */
export function violationDetail(v: Violation): string {
  const a = v.args;
  const field = a.field === '' ? 'body' : `"${a.field}"`;
  switch (v.code) {
    case 'invalid.wrong-type':
      return `${field}: ${a.value} is not of type ${a.expected}`;
    case 'invalid.below-minimum':
      return `${field}: ${a.value} is below ${a.exclusive === 'yes' ? 'exclusive minimum' : 'minimum'} ${a.limit}`;
    case 'invalid.above-maximum':
      return `${field}: ${a.value} is above ${a.exclusive === 'yes' ? 'exclusive maximum' : 'maximum'} ${a.limit}`;
    case 'invalid.missing-required':
      return `${field} is required and missing`;
    case 'invalid.not-in-enum':
      return `${field}: ${a.value} is not one of ${a.allowed}`;
    case 'invalid.too-short':
      return `${field}: ${a.value} is shorter than minLength ${a.limit}`;
    case 'invalid.too-long':
      return `${field}: ${a.value} is longer than maxLength ${a.limit}`;
    case 'invalid.pattern-mismatch':
      return `${field}: ${a.value} does not match pattern ${a.pattern}`;
    case 'invalid.too-few-items':
      return `${field}: fewer than minItems ${a.limit}`;
    case 'invalid.too-many-items':
      return `${field}: more than maxItems ${a.limit}`;
    case 'invalid.extra-field':
      return `${field} is not allowed (additionalProperties: false)`;
    case 'invalid.not-multiple':
      return `${field}: ${a.value} is not a multiple of ${a.limit}`;
  }
}
