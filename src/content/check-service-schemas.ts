// Item kinds that judge a service and its delivery: HTTP probes, Dockerfiles, CI workflows, coverage
// gates and documents read by their sections.
import { z } from 'zod';
import { argv, common, fieldRule, nonEmpty, regex, relPath } from './check-item-schemas.js';

export const httpRequest = z.strictObject({
  method: z.enum(['GET', 'POST', 'PUT', 'PATCH', 'DELETE']).default('GET'),
  /** Must start with "/". Not needed when the request is built from the API's own contract (`openapi`). */
  path: nonEmpty.refine((path) => path.startsWith('/'), 'must start with /').optional(),
  /**
   * Build the request from the app's /openapi.json: "valid" sends a body that satisfies the schema (its
   * examples, else values within its types, enums and bounds); "invalid" sends bodies that each break one
   * constraint (a bound, a type, a required field). `path` and `body`, when given, are the fallback for an
   * app without an OpenAPI document.
   */
  openapi: z.enum(['valid', 'invalid']).optional(),
  /** Sent as JSON. */
  body: z.unknown().optional(),
  status: z.number().int().min(100).max(599),
  /** Rules on the JSON answer, as in data-shape. */
  json: z.array(fieldRule).default([]),
  /** Text the answer's body must contain. */
  contains: nonEmpty.optional(),
  /**
   * The lesson's valid example: mlops-tutor.json's `request` replaces its method, path and body (and its
   * JSON rules, which name the lesson's fields), so a project with its own contract is probed on it.
   */
  sample: z.boolean().default(false),
});

export const httpProbe = z.strictObject({
  ...common,
  kind: z.literal('http-probe'),
  /**
   * The server to start, as an argv: `{python}`, `{port}` (a free loopback port) and `{app}` (the
   * `module:attribute` of the app: the workspace's mlops-tutor.json "apps" entry, else `app`) are replaced.
   */
  start: argv.default(['{python}', '-m', 'uvicorn', '{app}', '--host', '127.0.0.1', '--port', '{port}']),
  app: nonEmpty
    .regex(/^([\w.]+:[\w.]+|@[a-z0-9-]+\.app)$/, 'must be module:attribute or @artefact.app')
    .default('app.main:app'),
  /** A preferred port (the lesson's); another free one is used when it is taken. */
  port: z.number().int().min(1024).max(65535).optional(),
  /** How long the server may take to accept connections. */
  startTimeoutSec: z.number().positive().max(300).default(30),
  requests: z.array(httpRequest).min(1),
});

export const dockerfile = z.strictObject({
  ...common,
  kind: z.literal('dockerfile'),
  file: relPath.default('Dockerfile'),
  rule: z.enum(['pinned-base', 'non-root-user', 'no-secrets', 'cmd']),
  /** For rule "cmd": what the last CMD/ENTRYPOINT must match. */
  cmd: regex.optional(),
});

export const workflow = z.strictObject({
  ...common,
  kind: z.literal('workflow'),
  /** Every *.yml / *.yaml in this folder is read. */
  dir: relPath.default('.github/workflows'),
  rule: z.enum(['parses', 'triggers', 'matrix', 'coverage-gate', 'secret-scan', 'dependency-audit']),
  triggers: z.array(nonEmpty).default(['push', 'pull_request']),
  minVersions: z.number().int().min(1).default(2),
  minCoverage: z.number().min(0).max(100).default(80),
});

export const coverage = z.strictObject({
  ...common,
  kind: z.literal('coverage'),
  /** What --cov measures (a folder or package). */
  source: nonEmpty.default('.'),
  /** Extra pytest arguments (test paths). */
  args: z.array(nonEmpty).default([]),
  min: z.number().min(0).max(100).default(80),
});

export const section = z.strictObject({
  /** Accepted headings (regex, case-insensitive), Spanish and English. */
  heading: z.array(regex).min(1).optional(),
  /**
   * Or a concept of the card frameworks (Model Cards, Hugging Face cards, Data Cards, Datasheets), in
   * es or en: "intended-use" is found as "Intended use", "Uses", "Direct Use", "Usos previstos"…
   */
  concept: z
    .string()
    .regex(/^[a-z]+(-[a-z]+)*$/)
    .optional(),
  minWords: z.number().int().min(0).default(0),
  /** Numbers (figures) the section must contain. */
  minNumbers: z.number().int().min(0).default(0),
});

export const markdownSections = z.strictObject({
  ...common,
  kind: z.literal('markdown-sections'),
  files: z.array(relPath).min(1),
  sections: z.array(section).default([]),
  /** Every heading's section (any level ≥ 2) needs at least this many words. */
  minWordsPerSection: z.number().int().min(0).default(0),
  /** TODO, TBD, FIXME, <…>, [fill …] left from a template fail the item. */
  noPlaceholders: z.boolean().default(false),
});
