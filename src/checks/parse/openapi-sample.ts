// Requests built from the app's own contract: from FastAPI's /openapi.json, one valid body (its examples,
// else values that satisfy types, enums and bounds) and invalid ones that each break exactly one
// constraint, so the probe expects 200 and 422 for the learner's fields instead of the lesson's.
import { finding, type Finding, type FindingArgs } from './finding.js';
import { boundsOf, isObject, jsonType, mainAlternative, SchemaContext, typesOf, validate, type Schema, type Violation, type ViolationCode } from './openapi-schema.js';

export { validate, SchemaContext, type Violation, type ViolationCode } from './openapi-schema.js';

/**
 * Problem codes (args in braces):
 * - `openapi.not-openapi` {version}: no `openapi: 3.x` field (version "" when absent).
 * - `openapi.no-operation` {}: no POST operation with a JSON request body.
 * - `openapi.operation-not-found` {path, method}: the operation asked for is not in `paths`.
 * - `openapi.no-json-body` {path, method}: that operation takes no JSON body.
 * - `openapi.unresolved-ref` {ref}: a `$ref` that points nowhere in the document.
 * - `openapi.example-invalid` {source, field, violation}: the document's own example breaks its schema
 *   (violation is a ViolationCode); values were synthesised instead. source: "media", "schema".
 * - `openapi.pattern-not-synthesised` {field, pattern}: no value matching the pattern could be built;
 *   the valid body may be rejected for that field.
 * - `response.no-schema` {status}: the response has no JSON schema to check against (FastAPI without
 *   response_model); anything passes.
 * - `response.status-not-documented` {status}: the operation documents no such response.
 */
export type OpenApiProblemCode =
  | 'openapi.not-openapi'
  | 'openapi.no-operation'
  | 'openapi.operation-not-found'
  | 'openapi.no-json-body'
  | 'openapi.unresolved-ref'
  | 'openapi.example-invalid'
  | 'openapi.pattern-not-synthesised'
  | 'response.no-schema'
  | 'response.status-not-documented';

export interface OperationRef {
  path: string;
  method: string;
}

export interface InvalidSample {
  body: unknown;
  /** The one constraint broken: a violation code with {field, value, …}. */
  code: ViolationCode;
  args: FindingArgs;
  /** Technical, language-neutral detail in JSON Schema terms: `"age": -1 is below minimum 0`. */
  detail: string;
}

export interface SampleResult {
  operation?: OperationRef | undefined;
  /** The path to request: path parameters filled and required query parameters appended. */
  url?: string | undefined;
  /** Required header parameters with a valid value. */
  headers?: Record<string, string> | undefined;
  valid?: unknown;
  /** Where the valid body came from: the document's example, or built from the schema. */
  validSource?: 'media-example' | 'schema-example' | 'synthesised' | undefined;
  invalid: InvalidSample[];
  problems: Finding<OpenApiProblemCode>[];
}

const METHODS = ['post', 'put', 'patch'];
const PREDICT_PATH = /predict|score|scoring|inference|infer|classif|forecast|recommend/i;

function jsonMedia(content: unknown): Schema | undefined {
  if (!isObject(content)) return undefined;
  const key = Object.keys(content).find((type) => /^application\/(.+\+)?json\b/i.test(type));
  return key && isObject(content[key]) ? content[key] : undefined;
}

function operationOf(doc: Schema, ref: OperationRef): Schema | undefined {
  const paths = isObject(doc.paths) ? doc.paths : {};
  const item = paths[ref.path];
  const op = isObject(item) ? item[ref.method.toLowerCase()] : undefined;
  return isObject(op) ? op : undefined;
}

/** The operation to probe: the one asked for, else the POST whose path looks like predict/score/inference, else the first POST with a JSON body. */
export function pickOperation(openapi: unknown, wanted?: OperationRef): { operation?: OperationRef; problem?: Finding<OpenApiProblemCode> } {
  const doc = isObject(openapi) ? openapi : {};
  if (typeof doc.openapi !== 'string' || !doc.openapi.startsWith('3.')) return { problem: finding('openapi.not-openapi', { version: typeof doc.openapi === 'string' ? doc.openapi : '' }) };
  if (wanted) {
    const op = operationOf(doc, wanted);
    if (!op) return { problem: finding('openapi.operation-not-found', { path: wanted.path, method: wanted.method.toUpperCase() }) };
    const body = isObject(op.requestBody) ? jsonMedia(op.requestBody.content) : undefined;
    return body ? { operation: wanted } : { problem: finding('openapi.no-json-body', { path: wanted.path, method: wanted.method.toUpperCase() }) };
  }
  const candidates: OperationRef[] = [];
  for (const [path, item] of Object.entries(isObject(doc.paths) ? doc.paths : {})) {
    if (!isObject(item)) continue;
    for (const method of METHODS) {
      const op = item[method];
      const requestBody = isObject(op) && isObject(op.requestBody) ? op.requestBody : undefined;
      if (requestBody && jsonMedia(requestBody.content)) candidates.push({ path, method });
    }
  }
  const posts = candidates.filter((c) => c.method === 'post');
  const chosen = posts.find((c) => PREDICT_PATH.test(c.path)) ?? posts[0];
  return chosen ? { operation: chosen } : { problem: finding('openapi.no-operation', {}) };
}

// ---------------------------------------------------------------------------------------------
// Valid values

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

/**
 * A string for simple patterns: literals, \d \w \s ., character classes, groups with alternatives and
 * the quantifiers ? * + {n} {n,} {n,m} (each repeated its minimum, at least once for +). Undefined
 * for anything else (look-arounds, back-references, negated classes).
 */
export function stringForPattern(pattern: string): string | undefined {
  let i = 0;
  const src = pattern;
  const parseAlternatives = (): string | undefined => {
    const first = parseSequence();
    while (src[i] === '|') {
      i++;
      if (parseSequence() === undefined) return undefined;
    }
    return first;
  };
  const parseSequence = (): string | undefined => {
    let out = '';
    while (i < src.length && src[i] !== '|' && src[i] !== ')') {
      const atom = parseAtom();
      if (atom === undefined) return undefined;
      const [min, ok] = parseQuantifier();
      if (!ok) return undefined;
      out += atom.repeat(min);
    }
    return out;
  };
  const parseAtom = (): string | undefined => {
    const c = src[i]!;
    if (c === '^' || c === '$') {
      i++;
      return '';
    }
    if (c === '(') {
      i++;
      if (src[i] === '?') {
        if (src[i + 1] !== ':') return undefined;
        i += 2;
      }
      const inner = parseAlternatives();
      if (src[i] !== ')') return undefined;
      i++;
      return inner;
    }
    if (c === '[') {
      const end = src.indexOf(']', i + 2);
      if (end < 0 || src[i + 1] === '^') return undefined;
      const body = src.slice(i + 1, end);
      i = end + 1;
      if (body.startsWith('\\d')) return '1';
      if (body.startsWith('\\w')) return 'a';
      // Prefer a letter or digit from the class: the first char of its first range or itself.
      const first = body.replace(/^\\/, '')[0];
      return first === undefined ? undefined : first;
    }
    if (c === '\\') {
      const next = src[i + 1];
      i += 2;
      if (next === 'd') return '1';
      if (next === 'w') return 'a';
      if (next === 's') return ' ';
      if (next === undefined || /[A-Za-z]/.test(next)) return undefined;
      return next;
    }
    if (c === '.') {
      i++;
      return 'a';
    }
    if ('*+?{}|)'.includes(c)) return undefined;
    i++;
    return c;
  };
  const parseQuantifier = (): [number, boolean] => {
    const c = src[i];
    if (c === '?' || c === '*') {
      i++;
      if (src[i] === '?') i++;
      return [0, true];
    }
    if (c === '+') {
      i++;
      if (src[i] === '?') i++;
      return [1, true];
    }
    if (c === '{') {
      const match = /^\{(\d+)(,(\d*))?\}/.exec(src.slice(i));
      if (!match) return [0, false];
      i += match[0].length;
      return [Number(match[1]), true];
    }
    return [1, true];
  };
  const result = parseAlternatives();
  if (result === undefined || i !== src.length) return undefined;
  try {
    return new RegExp(pattern, 'u').test(result) ? result : undefined;
  } catch {
    return undefined;
  }
}

interface Synth {
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

function synthesise(s: Synth, raw: unknown, path: string, depth: number): unknown {
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

// ---------------------------------------------------------------------------------------------
// Invalid values: one broken constraint each, verified by validating the whole mutated body.

type Segment = string | number;
interface Mutation {
  segments: Segment[];
  remove?: boolean;
  value?: unknown;
  code: ViolationCode;
}

const clone = <T>(value: T): T => (value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T));

function apply(body: unknown, mutation: Mutation): unknown {
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

function mutationsAt(ctx: SchemaContext, raw: unknown, value: unknown, segments: Segment[], depth: number, out: Mutation[]): void {
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

const fieldOf = (segments: Segment[]): string => segments.reduce<string>((path, s) => (typeof s === 'number' ? `${path}[${s}]` : path ? `${path}.${s}` : s), '');

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

/**
 * One valid request body for the operation (default: see {@link pickOperation}) and invalid ones that
 * each break exactly one constraint, checked against the schema so none breaks two or none.
 */
export function sampleRequests(openapi: unknown, wanted?: OperationRef, options: { maxInvalid?: number } = {}): SampleResult {
  const picked = pickOperation(openapi, wanted);
  if (!picked.operation) return { invalid: [], problems: picked.problem ? [picked.problem] : [] };
  const doc = openapi as Schema;
  const ctx = new SchemaContext(doc);
  const s: Synth = { ctx, problems: [] };
  const op = operationOf(doc, picked.operation)!;
  const media = jsonMedia((op.requestBody as Schema).content)!;
  const schema = media.schema ?? {};

  let valid: unknown;
  let validSource: SampleResult['validSource'];
  const mediaExamples = [media.example, ...(isObject(media.examples) ? Object.values(media.examples).map((e) => (isObject(e) ? e.value : undefined)) : [])];
  for (const candidate of mediaExamples) {
    if (candidate === undefined) continue;
    const violations = validate(ctx, schema, candidate);
    if (violations.length === 0) {
      valid = candidate;
      validSource = 'media-example';
      break;
    }
    s.problems.push(finding('openapi.example-invalid', { source: 'media', field: violations[0]!.args.field, violation: violations[0]!.code }));
  }
  if (valid === undefined) {
    const top = ctx.resolve(schema);
    const examples = [top.example, ...(Array.isArray(top.examples) ? top.examples : [])].filter((e) => e !== undefined);
    for (const candidate of examples) {
      const violations = validate(ctx, schema, candidate);
      if (violations.length === 0) {
        valid = candidate;
        validSource = 'schema-example';
        break;
      }
      s.problems.push(finding('openapi.example-invalid', { source: 'schema', field: violations[0]!.args.field, violation: violations[0]!.code }));
    }
  }
  if (valid === undefined) {
    valid = synthesise(s, schema, '', 0);
    validSource = 'synthesised';
  }

  const mutations: Mutation[] = [];
  mutationsAt(ctx, schema, valid, [], 0, mutations);
  const invalid: InvalidSample[] = [];
  const seen = new Set<string>();
  for (const mutation of mutations) {
    const field = fieldOf(mutation.segments);
    const key = `${mutation.code}:${field}`;
    if (seen.has(key)) continue;
    const body = apply(valid, mutation);
    const violations = validate(ctx, schema, body);
    const [only] = violations;
    if (violations.length !== 1 || only!.code !== mutation.code || only!.args.field !== field) continue;
    seen.add(key);
    invalid.push({ body, code: only!.code, args: only!.args, detail: violationDetail(only!) });
    if (invalid.length >= (options.maxInvalid ?? 50)) break;
  }
  const { url, headers } = requestTarget(s, doc, picked.operation, op);
  for (const ref of ctx.unresolved) s.problems.push(finding('openapi.unresolved-ref', { ref }));
  return { operation: picked.operation, url, headers, valid, validSource, invalid, problems: s.problems };
}

/**
 * Path parameters and required query/header parameters (operation- and path-level), each given a valid
 * value, so the body is not rejected for a missing `?threshold=`.
 */
function requestTarget(s: Synth, doc: Schema, ref: OperationRef, op: Schema): { url: string; headers: Record<string, string> } {
  const item = isObject(doc.paths) && isObject(doc.paths[ref.path]) ? (doc.paths[ref.path] as Schema) : {};
  const declared = [...(Array.isArray(item.parameters) ? item.parameters : []), ...(Array.isArray(op.parameters) ? op.parameters : [])].map((p) => s.ctx.deref(p));
  // An operation's parameter overrides the path item's one with the same name and location.
  const params = [...new Map(declared.map((p) => [`${String(p.in)}:${String(p.name)}`, p])).values()];
  let url = ref.path;
  const query: string[] = [];
  const headers: Record<string, string> = {};
  for (const param of params) {
    if (typeof param.name !== 'string') continue;
    const example = param.example ?? (isObject(param.examples) ? Object.values(param.examples).map((e) => (isObject(e) ? e.value : undefined)).find((v) => v !== undefined) : undefined);
    const value = example ?? synthesise(s, param.schema ?? { type: 'string' }, param.name, 1);
    const text = typeof value === 'string' ? value : JSON.stringify(value);
    if (param.in === 'path') url = url.replace(`{${param.name}}`, encodeURIComponent(text));
    else if (param.in === 'query' && param.required === true) query.push(`${encodeURIComponent(param.name)}=${encodeURIComponent(text)}`);
    else if (param.in === 'header' && param.required === true) headers[param.name] = text;
  }
  return { url: query.length ? `${url}?${query.join('&')}` : url, headers };
}

export interface ResponseCheck {
  ok: boolean;
  violations: Violation[];
  problems: Finding<OpenApiProblemCode>[];
}

/** Whether a response body has what the operation's response schema for `status` requires. */
export function responseCheck(openapi: unknown, op: OperationRef, status: number, body: unknown): ResponseCheck {
  const doc = isObject(openapi) ? openapi : {};
  const operation = operationOf(doc, op);
  if (!operation) return { ok: false, violations: [], problems: [finding('openapi.operation-not-found', { path: op.path, method: op.method.toUpperCase() })] };
  const responses = isObject(operation.responses) ? operation.responses : {};
  const response = responses[String(status)] ?? responses[`${String(status)[0]}XX`] ?? responses.default;
  if (!isObject(response)) return { ok: false, violations: [], problems: [finding('response.status-not-documented', { status })] };
  const schema = jsonMedia(response.content)?.schema;
  const ctx = new SchemaContext(doc);
  if (!isObject(schema) || Object.keys(ctx.resolve(schema)).length === 0) return { ok: true, violations: [], problems: [finding('response.no-schema', { status })] };
  const violations = validate(ctx, schema, body);
  const problems: Finding<OpenApiProblemCode>[] = [...ctx.unresolved].map((ref) => finding('openapi.unresolved-ref', { ref }));
  return { ok: violations.length === 0, violations, problems };
}
