// A valid request body from a JSON schema: its examples first, else values that satisfy types, enums, formats and bounds.
import { finding, type Finding } from './finding.js';
import { boundsOf, isObject, mainAlternative, SchemaContext, typesOf, validate, type Schema } from './openapi-schema.js';
import { stringForPattern } from './openapi-pattern.js';
import type { OpenApiProblemCode } from './openapi-sample.js';

const FORMATS: Record<string, string> = {
  email: 'user@example.com',
  date: '2024-01-15',
  'date-time': '2024-01-15T10:30:00Z',
  time: '10:30:00',
  uuid: '3fa85f64-5717-4562-b3fc-2c963f66afa6',
  uri: 'https://example.com',
  url: 'https://example.com',
  ipv4: '192.0.2.1',
  hostname: 'example.com',
};

export interface Synth {
  ctx: SchemaContext;
  problems: Finding<OpenApiProblemCode>[];
}

const PREFERRED_TYPES = ['object', 'array', 'string', 'integer', 'number', 'boolean', 'null'];

function numberFor(schema: Schema, integer: boolean): number {
  const b = boundsOf(schema);
  const step = integer ? 1 : 0.5;
  let lo = b.min === undefined ? undefined : b.minExclusive ? (integer ? Math.floor(b.min) + 1 : b.min + step) : integer ? Math.ceil(b.min) : b.min;
  let hi = b.max === undefined ? undefined : b.maxExclusive ? (integer ? Math.ceil(b.max) - 1 : b.max - step) : integer ? Math.floor(b.max) : b.max;
  if (!integer && lo !== undefined && hi !== undefined && lo > hi) [lo, hi] = [b.min!, b.max!];
  let value: number;
  if (lo !== undefined && hi !== undefined) value = integer ? Math.floor((lo + hi) / 2) : (lo + hi) / 2;
  else if (lo !== undefined) value = lo + (integer ? 1 : 1);
  else if (hi !== undefined) value = hi - 1;
  else value = integer ? 1 : 1.5;
  const multiple = typeof schema.multipleOf === 'number' && schema.multipleOf > 0 ? schema.multipleOf : undefined;
  if (multiple) {
    value = Math.ceil(value / multiple) * multiple;
    if (hi !== undefined && value > hi) value -= multiple;
    value = Number(value.toFixed(10));
  }
  return value;
}

function stringFor(s: Synth, schema: Schema, path: string): string {
  const minLength = typeof schema.minLength === 'number' ? schema.minLength : 0;
  const maxLength = typeof schema.maxLength === 'number' ? schema.maxLength : Infinity;
  const fit = (text: string): string => {
    let out = text;
    if (out.length < minLength) out = out.padEnd(minLength, 'x');
    if (out.length > maxLength) out = out.slice(0, maxLength);
    return out;
  };
  if (typeof schema.pattern === 'string') {
    const built = stringForPattern(schema.pattern);
    if (built !== undefined && built.length >= minLength && built.length <= maxLength) return built;
    s.problems.push(finding('openapi.pattern-not-synthesised', { field: path, pattern: schema.pattern }));
  }
  const format = typeof schema.format === 'string' ? FORMATS[schema.format] : undefined;
  return fit(format ?? 'example');
}

const join = (path: string, key: string): string => (path ? `${path}.${key}` : key);

function explicitValue(s: Synth, schema: Schema, full: Schema): unknown {
  const examples = Array.isArray(schema.examples) ? schema.examples : [];
  for (const candidate of [schema.example, ...examples, schema.default, schema.const, Array.isArray(schema.enum) ? schema.enum[0] : undefined]) {
    if (candidate === undefined || candidate === null) continue;
    if (validate(s.ctx, full, candidate).length === 0) return candidate;
  }
  return undefined;
}

export function synthesise(s: Synth, raw: unknown, path: string, depth: number): unknown {
  const full = s.ctx.resolve(raw);
  const schema = mainAlternative(s.ctx, full);
  const resolved = s.ctx.resolve(schema);
  const explicit = explicitValue(s, resolved, full);
  if (explicit !== undefined) return explicit;
  const types = typesOf(s.ctx, resolved);
  const type = PREFERRED_TYPES.find((t) => types.has(t)) ?? 'string';
  if (depth > 8) return type === 'object' ? {} : type === 'array' ? [] : null;
  switch (type) {
    case 'object': {
      const properties = isObject(resolved.properties) ? resolved.properties : {};
      const required = new Set(Array.isArray(resolved.required) ? (resolved.required as string[]) : []);
      const out: Record<string, unknown> = {};
      for (const [name, prop] of Object.entries(properties)) {
        const p = s.ctx.resolve(prop);
        // Optional fields are sent only when the document gives them an example: that is what a client would send.
        if (required.has(name) || p.example !== undefined || (Array.isArray(p.examples) && p.examples.length)) out[name] = synthesise(s, prop, join(path, name), depth + 1);
      }
      if (Object.keys(properties).length === 0 && isObject(resolved.additionalProperties)) out.feature = synthesise(s, resolved.additionalProperties, join(path, 'feature'), depth + 1);
      return out;
    }
    case 'array': {
      const min = typeof resolved.minItems === 'number' ? resolved.minItems : 1;
      const max = typeof resolved.maxItems === 'number' ? resolved.maxItems : Infinity;
      const count = Math.min(Math.max(min, 1), max);
      const items = s.ctx.resolve(resolved.items);
      const pool = Array.isArray(items.enum) ? items.enum : undefined;
      return Array.from({ length: count }, (_, index) => (resolved.uniqueItems === true && pool && pool[index] !== undefined ? pool[index] : synthesise(s, resolved.items, `${path}[${index}]`, depth + 1)));
    }
    case 'string':
      return stringFor(s, resolved, path);
    case 'integer':
      return numberFor(resolved, true);
    case 'number':
      return numberFor(resolved, false);
    case 'boolean':
      return true;
    default:
      return null;
  }
}
