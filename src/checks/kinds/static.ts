// Kinds that only read files: they need no Python and run in milliseconds.
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { CheckItem, FieldRule } from '../../content/check-schema.js';
import { fileExists, inside, isDir, isFile, listDir, readLearnerFile } from '../files.js';
import { fail, pass, type KindContext, type Outcome } from '../types.js';

type Of<K extends CheckItem['kind']> = Extract<CheckItem, { kind: K }>;

function readOr(ctx: KindContext, file: string): { text: string } | Outcome {
  const read = readLearnerFile(ctx.dir, file);
  if (read.ok) return { text: read.text };
  if (read.reason === 'missing') return fail(ctx.t.msg.fileMissing(file));
  if (read.reason === 'not-file') return fail(ctx.t.msg.notAFile(file));
  return fail(ctx.t.msg.fileUnreadable(file, read.code));
}

const isOutcome = (value: { text: string } | Outcome): value is Outcome => 'status' in value;

export function filesExist(item: Of<'files-exist'>, ctx: KindContext): Outcome {
  const missing = [
    ...item.files.filter((file) => !fileExists(ctx.dir, file)),
    ...item.dirs.filter((dir) => !isDir(inside(ctx.dir, dir) ?? '')).map((dir) => `${dir}/`),
  ];
  return missing.length ? fail(ctx.t.msg.filesMissing(missing.join(', '))) : pass(ctx.t.msg.allPresent(item.files.length + item.dirs.length));
}

const compile = (p: { regex: string; flags?: string | undefined }) => new RegExp(p.regex, `m${p.flags ?? ''}`);
const labelOf = (p: { regex: string; label?: string | undefined }) => p.label ?? `/${p.regex}/`;

export function fileMatches(item: Of<'file-matches'>, ctx: KindContext): Outcome {
  const read = readOr(ctx, item.file);
  if (isOutcome(read)) return read;
  const missing = item.patterns.filter((p) => !compile(p).test(read.text)).map(labelOf);
  if (missing.length) return fail(ctx.t.msg.patternMissing(missing.join(', '), item.file));
  const found = item.forbid.filter((p) => compile(p).test(read.text)).map(labelOf);
  if (found.length) return fail(ctx.t.msg.forbidden(found.join(', '), item.file));
  if (item.eachLine) {
    const rule = compile(item.eachLine);
    const lines = read.text.split(/\r?\n/).map((line) => line.trim()).filter((line) => line && !line.startsWith('#') && !line.startsWith('-'));
    if (lines.length === 0) return fail(ctx.t.msg.patternMissing(labelOf(item.eachLine), item.file));
    const bad = lines.find((line) => !rule.test(line));
    if (bad !== undefined) return fail(ctx.t.msg.lineNotMatching(item.file, bad.slice(0, 60), labelOf(item.eachLine)));
  }
  return pass(ctx.t.msg.ok);
}

export function markdown(item: Of<'markdown'>, ctx: KindContext): Outcome {
  const read = readOr(ctx, item.file);
  if (isOutcome(read)) return read;
  const words = read.text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
  if (words < item.minWords) return fail(ctx.t.msg.tooShort(words, item.minWords));
  const headings = read.text.split(/\r?\n/).filter((line) => /^#{1,6}\s/.test(line)).map((line) => line.replace(/^#+\s*/, ''));
  const missingHeading = item.headings.find((alternatives) => !headings.some((heading) => alternatives.some((alt) => new RegExp(alt, 'iu').test(heading))));
  if (missingHeading) return fail(ctx.t.msg.headingMissing(missingHeading.map((alt) => `"${alt}"`).join(' / ')));
  const missing = item.mentions.filter((mention) => !new RegExp(mention.regex, 'imu').test(read.text)).map((mention) => mention.label);
  if (missing.length) return fail(ctx.t.msg.mentionMissing(missing.join(', ')));
  return pass(ctx.t.msg.ok);
}

/** Every value reached by a dotted path where `*` is any key or index. */
export function valuesAt(data: unknown, path: string): unknown[] {
  let current: unknown[] = [data];
  for (const part of path.split('.')) {
    const next: unknown[] = [];
    for (const value of current) {
      if (value === null || typeof value !== 'object') continue;
      if (part === '*') next.push(...Object.values(value as Record<string, unknown>));
      else if (Object.prototype.hasOwnProperty.call(value, part)) next.push((value as Record<string, unknown>)[part]);
    }
    current = next;
  }
  return current;
}

function typeOf(value: unknown): string {
  return Array.isArray(value) ? 'array' : value === null ? 'null' : typeof value;
}

export function ruleProblem(rule: FieldRule, values: unknown[], ctx: KindContext): string | undefined {
  const label = rule.label ?? rule.path;
  if (values.length === 0) return ctx.t.msg.fieldMissing(label);
  const satisfies = (value: unknown) =>
    (!rule.type || typeOf(value) === rule.type) &&
    (rule.equals === undefined || value === rule.equals) &&
    (rule.min === undefined || (typeof value === 'number' && value >= rule.min)) &&
    (!rule.has || (typeOf(value) === 'object' && rule.has.every((key) => Object.prototype.hasOwnProperty.call(value, key))));
  if (values.some(satisfies)) return undefined;
  const first = values[0];
  if (rule.type && typeOf(first) !== rule.type) return ctx.t.msg.fieldType(label, rule.type);
  if (rule.equals !== undefined) return ctx.t.msg.fieldEquals(label, JSON.stringify(rule.equals), JSON.stringify(first));
  if (rule.min !== undefined) return ctx.t.msg.fieldMin(label, rule.min, JSON.stringify(first));
  return ctx.t.msg.fieldKeys(label, rule.has!.join(', '));
}

export function dataShape(item: Of<'data-shape'>, ctx: KindContext): Outcome {
  const read = readOr(ctx, item.file);
  if (isOutcome(read)) return read;
  let data: unknown;
  try {
    data = item.format === 'json' ? JSON.parse(read.text) : parseYaml(read.text, { maxAliasCount: 100 });
  } catch (error) {
    return fail(ctx.t.msg.parseError(item.file, String((error as Error).message).split('\n')[0]!));
  }
  const problems = item.fields.map((rule) => ruleProblem(rule, valuesAt(data, rule.path), ctx)).filter((p): p is string => p !== undefined);
  if (problems.length) return fail(problems.join('; '));
  const figures = item.fields.filter((rule) => rule.min !== undefined).map((rule) => `${rule.label ?? rule.path} = ${JSON.stringify(valuesAt(data, rule.path)[0])}`);
  return pass(figures.length ? figures.join(', ') : ctx.t.msg.ok);
}

/** RFC 4180 rows: quoted fields may hold commas, quotes ("") and newlines. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(field), (field = '');
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field !== '' || row.length) row.push(field), rows.push(row);
  return rows.filter((r) => !(r.length === 1 && r[0] === ''));
}

const NULLS = new Set(['', 'na', 'nan', 'null', 'none', '<na>', 'n/a']);

export function csvShape(item: Of<'csv-shape'>, ctx: KindContext): Outcome {
  const read = readOr(ctx, item.file);
  if (isOutcome(read)) return read;
  const [header = [], ...rows] = parseCsv(read.text.replace(/^\uFEFF/, ''));
  const columns = header.map((name) => name.trim());
  const missing = [...new Set([...item.columns, ...item.noNulls, ...item.unique])].filter((column) => !columns.includes(column));
  if (missing.length) return fail(ctx.t.msg.columnsMissing(missing.join(', ')));
  if (rows.length < item.minRows) return fail(ctx.t.msg.tooFewRows(rows.length, item.minRows));
  const problems: string[] = [];
  for (const column of item.noNulls) {
    const index = columns.indexOf(column);
    const nulls = rows.filter((row) => NULLS.has((row[index] ?? '').trim().toLowerCase())).length;
    if (nulls) problems.push(ctx.t.msg.nulls(column, nulls));
  }
  for (const column of item.unique) {
    const index = columns.indexOf(column);
    const values = rows.map((row) => (row[index] ?? '').trim());
    const repeated = values.length - new Set(values).size;
    if (repeated) problems.push(ctx.t.msg.duplicates(column, repeated));
  }
  return problems.length ? fail(problems.join('; ')) : pass(ctx.t.msg.rows(rows.length));
}

/**
 * MLflow's local file store: mlruns/<experiment>/<run>/{meta.yaml, params/, metrics/}. Reading the
 * layout directly means the check works without MLflow installed.
 */
export function mlflowStore(item: Of<'mlflow-store'>, ctx: KindContext): Outcome {
  const root = inside(ctx.dir, item.dir);
  if (!root || !isDir(root)) return fail(ctx.t.msg.noStore(item.dir));
  let good = 0;
  for (const experiment of listDir(root)) {
    const experimentDir = join(root, experiment);
    if (experiment.startsWith('.') || !isFile(join(experimentDir, 'meta.yaml'))) continue;
    for (const run of listDir(experimentDir)) {
      const runDir = join(experimentDir, run);
      if (!isFile(join(runDir, 'meta.yaml'))) continue;
      const meta = readLearnerFile(runDir, 'meta.yaml');
      if (meta.ok && /lifecycle_stage:\s*deleted/.test(meta.text)) continue;
      const hasParams = listDir(join(runDir, 'params')).length > 0;
      const hasMetrics = listDir(join(runDir, 'metrics')).length > 0;
      if ((!item.params || hasParams) && (!item.metrics || hasMetrics)) good++;
    }
  }
  return good >= item.minRuns ? pass(ctx.t.msg.runs(good)) : fail(ctx.t.msg.noRuns(item.dir, item.minRuns));
}
