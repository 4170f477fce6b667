// Requests built from the app's own contract: from FastAPI's /openapi.json, one valid body (its examples,
// else values that satisfy types, enums and bounds) and invalid ones that each break exactly one
// constraint, so the probe expects 200 and 422 for the learner's fields instead of the lesson's.
import { finding, type Finding, type FindingArgs } from './finding.js';
import { isObject, SchemaContext, validate, type Schema, type Violation, type ViolationCode } from './openapi-schema.js';

import { apply, fieldOf, mutationsAt, violationDetail, type Mutation } from './openapi-invalid.js';
import { synthesise, type Synth } from './openapi-valid.js';

export { validate, SchemaContext, type Violation, type ViolationCode } from './openapi-schema.js';
export { stringForPattern } from './openapi-pattern.js';
export { violationDetail } from './openapi-invalid.js';

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
