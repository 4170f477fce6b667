import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  pickOperation,
  responseCheck,
  sampleRequests,
  SchemaContext,
  stringForPattern,
  validate,
} from '../../src/checks/parse/openapi-sample.js';

const load = (name: string): Record<string, unknown> =>
  JSON.parse(readFileSync(new URL(`../fixtures/parse/${name}`, import.meta.url), 'utf8')) as Record<string, unknown>;
const p1 = load('openapi-fastapi-pydantic1.json');
const p2 = load('openapi-fastapi-pydantic2.json');

const requestSchema = (doc: Record<string, unknown>, path: string): unknown =>
  (
    (
      (doc.paths as Record<string, Record<string, Record<string, unknown>>>)[path]!.post!.requestBody as Record<
        string,
        unknown
      >
    ).content as Record<string, Record<string, unknown>>
  )['application/json']!.schema;

describe('pickOperation', () => {
  it('prefers the POST that looks like scoring or prediction over other POSTs', () => {
    expect(pickOperation(p1).operation).toEqual({ path: '/v1/score', method: 'post' });
    expect(pickOperation(p2).operation).toEqual({ path: '/predict', method: 'post' });
  });

  it('falls back to the first POST with a JSON body, and says why when there is none', () => {
    const doc = {
      openapi: '3.1.0',
      paths: {
        '/reload': { post: { responses: {} } },
        '/items': { post: { requestBody: { content: { 'application/json': { schema: { type: 'object' } } } } } },
      },
    };
    expect(pickOperation(doc).operation).toEqual({ path: '/items', method: 'post' });
    expect(pickOperation({ openapi: '3.1.0', paths: { '/reload': { post: {} } } }).problem).toMatchObject({
      code: 'openapi.no-operation',
    });
    expect(pickOperation({ swagger: '2.0' }).problem).toMatchObject({
      code: 'openapi.not-openapi',
      args: { version: '' },
    });
    expect(pickOperation(p2, { path: '/score', method: 'post' }).problem).toMatchObject({
      code: 'openapi.operation-not-found',
      args: { path: '/score', method: 'POST' },
    });
    expect(pickOperation(p2, { path: '/models/reload', method: 'post' }).problem).toMatchObject({
      code: 'openapi.no-json-body',
    });
  });
});

describe('sampleRequests on a pydantic 1 document (OpenAPI 3.0.2)', () => {
  const result = sampleRequests(p1);
  const ctx = new SchemaContext(p1);
  const schema = requestSchema(p1, '/v1/score');

  it('builds a valid body from the schema: required fields, examples, enum, bounds, nested model, fixed-size list', () => {
    expect(result.validSource).toBe('synthesised');
    expect(result.valid).toEqual({
      customer_id: 'example',
      amount: 129.9,
      hour: 11,
      channel: 'web',
      location: { country: 'ex', lat: 0, lon: 0 },
      recent_amounts: [1.5, 1.5, 1.5],
    });
    expect(validate(ctx, schema, result.valid)).toEqual([]);
    expect(result.problems).toEqual([]);
  });

  it('breaks exactly one constraint per invalid body and says which', () => {
    const details = result.invalid.map((i) => i.detail);
    expect(details).toEqual(
      expect.arrayContaining([
        '"customer_id" is required and missing',
        '"customer_id": "exa" is shorter than minLength 4',
        '"customer_id": "exampleeeeeee" is longer than maxLength 12',
        '"amount": "not-a-number" is not of type number',
        '"amount": 0 is below exclusive minimum 0',
        '"amount": 50001 is above maximum 50000',
        '"hour": -1 is below minimum 0',
        '"hour": 24 is above maximum 23',
        '"channel": "not-a-valid-choice" is not one of "web", "pos", "atm"',
        '"location.lat": -91 is below minimum -90',
        '"location" is required and missing',
        '"recent_amounts": fewer than minItems 3',
        '"recent_amounts": more than maxItems 3',
      ]),
    );
    for (const sample of result.invalid) {
      const violations = validate(ctx, schema, sample.body);
      expect(violations, sample.detail).toHaveLength(1);
      expect(violations[0]!.code).toBe(sample.code);
    }
  });

  it('gives codes and args for each invalid body, for the sentence in es and en', () => {
    const belowHour = result.invalid.find((i) => i.code === 'invalid.below-minimum' && i.args.field === 'hour');
    expect(belowHour).toMatchObject({
      args: { field: 'hour', value: '-1', limit: 0, exclusive: 'no' },
      body: expect.objectContaining({ hour: -1, amount: 129.9 }),
    });
  });

  it('uses a model-level example (Config.schema_extra) when it satisfies the schema', () => {
    const doc = structuredClone(p1) as { components: { schemas: Record<string, Record<string, unknown>> } };
    const example = {
      customer_id: 'C-2291',
      amount: 42.5,
      hour: 22,
      channel: 'pos',
      location: { country: 'ES', lat: 40.4, lon: -3.7 },
      recent_amounts: [12, 30.5, 8],
    };
    doc.components.schemas.TransactionIn!.example = example;
    expect(sampleRequests(doc)).toMatchObject({ valid: example, validSource: 'schema-example', problems: [] });
  });

  it("says so when the document's example breaks its own schema, and synthesises instead", () => {
    const doc = structuredClone(p1) as { components: { schemas: Record<string, Record<string, unknown>> } };
    doc.components.schemas.TransactionIn!.example = {
      customer_id: 'C-1',
      amount: 10,
      hour: 30,
      channel: 'web',
      location: { country: 'ES', lat: 0, lon: 0 },
      recent_amounts: [1, 2, 3],
    };
    const r = sampleRequests(doc);
    expect(r.validSource).toBe('synthesised');
    expect(r.problems).toEqual([
      {
        code: 'openapi.example-invalid',
        args: { source: 'schema', field: 'customer_id', violation: 'invalid.too-short' },
      },
    ]);
  });
});

describe('sampleRequests on a pydantic 2 document (OpenAPI 3.1)', () => {
  const result = sampleRequests(p2);
  const ctx = new SchemaContext(p2);
  const schema = requestSchema(p2, '/predict');

  it('uses property examples, a pattern, the $ref enum with a sibling description, and leaves Optional fields out unless exemplified', () => {
    expect(result.valid).toEqual({
      surface_m2: 85.5,
      rooms: 10,
      city: 'madrid',
      postcode: '11111',
      notes: 'sunny, renovated kitchen',
      extras: { has_garage: true, floor: 1 },
    });
    expect(validate(ctx, schema, result.valid)).toEqual([]);
  });

  it('breaks Optional (anyOf null), nested, pattern and additionalProperties constraints one at a time', () => {
    const details = result.invalid.map((i) => i.detail);
    expect(details).toEqual(
      expect.arrayContaining([
        '"surface_m2": 0 is below exclusive minimum 0',
        '"rooms": 0 is below minimum 1',
        '"rooms": 21 is above maximum 20',
        '"city": "not-a-valid-choice" is not one of "madrid", "barcelona", "valencia"',
        '"postcode": "!!!!!" does not match pattern ^\\d{5}$',
        '"notes": ["not-a-string"] is not of type string | null',
        '"extras.floor": -1 is below minimum 0',
        '"extras.has_garage" is required and missing',
        '"extras.has_garage": "not-a-boolean" is not of type boolean',
        '"extras": "not-an-object" is not of type object',
        '"unexpected_field" is not allowed (additionalProperties: false)',
      ]),
    );
    expect(details.some((d) => d.includes('"notes"') && d.includes('longer than maxLength 200'))).toBe(true);
    for (const sample of result.invalid) expect(validate(ctx, schema, sample.body), sample.detail).toHaveLength(1);
  });
});

describe('sampleRequests on a spec-first OpenAPI 3.0 document', () => {
  const doc = {
    openapi: '3.0.3',
    paths: {
      '/inference': {
        post: {
          requestBody: {
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  required: ['text', 'threshold'],
                  properties: {
                    text: { type: 'string', minLength: 1 },
                    threshold: { type: 'number', minimum: 0, exclusiveMinimum: true, maximum: 1 },
                    lang: { type: 'string', enum: ['es', 'en'], nullable: true },
                  },
                },
                examples: {
                  broken: { value: { text: '', threshold: 0.5 } },
                  good: { value: { text: 'el servicio fue excelente', threshold: 0.7, lang: 'es' } },
                },
              },
            },
          },
          responses: {
            '2XX': {
              description: 'ok',
              content: {
                'application/json': {
                  schema: { type: 'object', required: ['label'], properties: { label: { type: 'string' } } },
                },
              },
            },
          },
        },
      },
    },
  };

  it('takes the first media example that validates and reports the one that does not', () => {
    const r = sampleRequests(doc);
    expect(r).toMatchObject({
      validSource: 'media-example',
      valid: { text: 'el servicio fue excelente', threshold: 0.7, lang: 'es' },
    });
    expect(r.problems).toEqual([
      { code: 'openapi.example-invalid', args: { source: 'media', field: 'text', violation: 'invalid.too-short' } },
    ]);
  });

  it('reads a boolean exclusiveMinimum (3.0) as a strict bound and nullable as allowing null', () => {
    const r = sampleRequests(doc);
    expect(r.invalid.map((i) => i.detail)).toEqual(
      expect.arrayContaining([
        '"threshold": 0 is below exclusive minimum 0',
        '"text": "" is shorter than minLength 1',
        '"lang": "not-a-valid-choice" is not one of "es", "en"',
      ]),
    );
    const ctx = new SchemaContext(doc);
    const schema = doc.paths['/inference'].post.requestBody.content['application/json'].schema;
    expect(validate(ctx, schema, { text: 'x', threshold: 0.2, lang: null })).toEqual([]);
  });

  it('checks a 2XX response declared with a range key', () => {
    expect(responseCheck(doc, { path: '/inference', method: 'post' }, 200, { label: 'positive' }).ok).toBe(true);
  });
});

describe('responseCheck', () => {
  const op = { path: '/v1/score', method: 'post' };

  it('passes a body with every required field of the right type', () => {
    expect(responseCheck(p1, op, 200, { fraud_probability: 0.12, label: false, model_version: '2024-11-rf' })).toEqual({
      ok: true,
      violations: [],
      problems: [],
    });
  });

  it('names a missing field, a wrong type and a value out of bounds', () => {
    const r = responseCheck(p1, op, 200, { fraud_probability: 1.3, label: 'no' });
    expect(r.ok).toBe(false);
    expect(r.violations.map((v) => [v.code, v.args.field])).toEqual([
      ['invalid.missing-required', 'model_version'],
      ['invalid.above-maximum', 'fraud_probability'],
      ['invalid.wrong-type', 'label'],
    ]);
  });

  it('accepts null for an Optional field and requires the field itself (pydantic 2)', () => {
    const good = responseCheck(p2, { path: '/predict', method: 'post' }, 200, {
      price_eur: 251000,
      interval: [230000, 272000],
      model_version: null,
    });
    expect(good.ok).toBe(true);
    const bad = responseCheck(p2, { path: '/predict', method: 'post' }, 200, { price_eur: 251000, interval: [230000] });
    expect(bad.violations.map((v) => v.code)).toEqual(['invalid.missing-required', 'invalid.too-few-items']);
  });

  it('says when there is no schema to check or the status is not documented', () => {
    expect(responseCheck(p1, { path: '/v1/feedback', method: 'post' }, 200, {})).toMatchObject({
      ok: true,
      problems: [{ code: 'response.no-schema', args: { status: 200 } }],
    });
    expect(responseCheck(p1, op, 201, {})).toMatchObject({
      ok: false,
      problems: [{ code: 'response.status-not-documented', args: { status: 201 } }],
    });
  });
});

describe('stringForPattern and refs', () => {
  it('builds strings for simple patterns and gives up on the rest', () => {
    expect(stringForPattern('^\\d{5}$')).toBe('11111');
    expect(stringForPattern('^[A-Z]{2}-\\d{3,4}$')).toBe('AA-111');
    expect(stringForPattern('^(basic|premium)$')).toBe('basic');
    expect(stringForPattern('^C[0-9]+$')).toBe('C0');
    expect(stringForPattern('^(?!admin).*$')).toBeUndefined();
    expect(stringForPattern('^[^@]+@[^@]+$')).toBeUndefined();
  });

  it('reports a pattern it cannot satisfy and a $ref that points nowhere', () => {
    const doc = {
      openapi: '3.1.0',
      paths: {
        '/predict': {
          post: {
            requestBody: {
              content: {
                'application/json': {
                  schema: {
                    type: 'object',
                    required: ['code', 'meta'],
                    properties: {
                      code: { type: 'string', pattern: '^(?!x)\\w+$' },
                      meta: { $ref: '#/components/schemas/Missing' },
                    },
                  },
                },
              },
            },
          },
        },
      },
    };
    const r = sampleRequests(doc);
    expect(r.problems.map((p) => [p.code, p.args])).toEqual([
      ['openapi.pattern-not-synthesised', { field: 'code', pattern: '^(?!x)\\w+$' }],
      ['openapi.unresolved-ref', { ref: '#/components/schemas/Missing' }],
    ]);
  });
});

describe('sampleRequests on a batch endpoint (a list body)', () => {
  const doc = {
    openapi: '3.1.0',
    paths: {
      '/predict/batch': {
        post: {
          requestBody: {
            content: {
              'application/json': {
                schema: { type: 'array', minItems: 1, maxItems: 100, items: { $ref: '#/components/schemas/Row' } },
              },
            },
          },
          responses: { '200': { description: 'ok' } },
        },
      },
    },
    components: {
      schemas: {
        Row: {
          type: 'object',
          required: ['x'],
          properties: { x: { type: 'number', minimum: 0, maximum: 10, multipleOf: 0.5 } },
        },
      },
    },
  };

  it('sends one valid row and breaks the list and one row', () => {
    const r = sampleRequests(doc);
    expect(r.valid).toEqual([{ x: 5 }]);
    expect(r.invalid.map((i) => i.detail)).toEqual(
      expect.arrayContaining([
        'body: fewer than minItems 1',
        '"[0].x": -1 is below minimum 0',
        '"[0].x": 11 is above maximum 10',
        '"[0].x" is required and missing',
      ]),
    );
    const ctx = new SchemaContext(doc);
    for (const sample of r.invalid)
      expect(
        validate(ctx, doc.paths['/predict/batch'].post.requestBody.content['application/json'].schema, sample.body),
      ).toHaveLength(1);
  });

  it('treats a response without content as having no schema to check', () => {
    expect(responseCheck(doc, { path: '/predict/batch', method: 'post' }, 200, [])).toMatchObject({
      ok: true,
      problems: [{ code: 'response.no-schema' }],
    });
  });
});

describe('sampleRequests: parameters', () => {
  it('fills path parameters and required query/header parameters, leaving optional ones out', () => {
    const doc = {
      openapi: '3.1.0',
      paths: {
        '/models/{model_name}/predict': {
          parameters: [
            { name: 'model_name', in: 'path', required: true, schema: { type: 'string', enum: ['churn', 'fraud'] } },
          ],
          post: {
            parameters: [
              { name: 'threshold', in: 'query', required: true, schema: { type: 'number', minimum: 0, maximum: 1 } },
              { name: 'explain', in: 'query', required: false, schema: { type: 'boolean', default: false } },
              { name: 'X-Request-Id', in: 'header', required: true, schema: { type: 'string' }, example: 'req-42' },
            ],
            requestBody: {
              content: {
                'application/json': {
                  schema: {
                    type: 'object',
                    required: ['tenure'],
                    properties: { tenure: { type: 'integer', minimum: 0 } },
                  },
                },
              },
            },
            responses: {},
          },
        },
      },
    };
    const r = sampleRequests(doc);
    expect(r).toMatchObject({
      operation: { path: '/models/{model_name}/predict', method: 'post' },
      url: '/models/churn/predict?threshold=0.5',
      headers: { 'X-Request-Id': 'req-42' },
      valid: { tenure: 1 },
    });
  });

  it('gives the plain path when there are no parameters', () => {
    expect(
      sampleRequests(
        JSON.parse(readFileSync(new URL('../fixtures/parse/openapi-fastapi-pydantic2.json', import.meta.url), 'utf8')),
      ).url,
    ).toBe('/predict');
  });
});
