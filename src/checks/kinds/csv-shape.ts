// csv-shape: a CSV file's columns, nulls, repeated ids and row count, read without pandas.
import { fail, pass, type KindContext, type Outcome } from '../types.js';
import { isOutcome, readOr, type Of } from './shared.js';

/** RFC 4180 rows: quoted fields may hold commas, quotes ("") and newlines. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      }
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    }
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field !== '' || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows.filter((r) => !(r.length === 1 && r[0] === ''));
}

const NULLS = new Set(['', 'na', 'nan', 'null', 'none', '<na>', 'n/a']);

/** The same names the transformer probe uses to find a dataset's target (checks/python/probes.py). */
const TARGET_NAMES = ['exited', 'churn', 'churned', 'target', 'label', 'y', 'price', 'selling_price', 'is_ultra', 'outcome', 'default', 'fraud', 'is_fraud'];

/** The rules for a dataset that is not the lesson's: its own id column and target, found by name. */
function ownRules(columns: readonly string[]): { noNulls: string[]; unique: string[] } {
  const lower = columns.map((column) => column.toLowerCase());
  const index = columns.findIndex((name) => /^(id|.+_id|id_.+)$/i.test(name) || /[a-z]Id$/.test(name));
  const id = index === -1 ? undefined : columns[index];
  const target = columns[lower.findIndex((name) => TARGET_NAMES.includes(name))] ?? columns.at(-1);
  return { noNulls: [...new Set([id, target].filter((c): c is string => Boolean(c)))], unique: id ? [id] : [] };
}

export function csvShape(item: Of<'csv-shape'>, ctx: KindContext): Outcome {
  const read = readOr(ctx, item.file);
  if (isOutcome(read)) return read;
  const [header = [], ...rows] = parseCsv(read.text.replace(/^\uFEFF/, ''));
  const columns = header.map((name) => name.trim());
  const lessonColumns = [...new Set([...item.columns, ...item.noNulls, ...item.unique])];
  if (item.ownDataset && lessonColumns.length && !lessonColumns.some((column) => columns.includes(column))) return ownDataset(item, columns, rows, ctx);
  return judge(item, columns, rows, item, ctx);
}

function ownDataset(item: Of<'csv-shape'>, columns: string[], rows: string[][], ctx: KindContext): Outcome {
  const own = ownRules(columns);
  const rules = { noNulls: item.noNulls.length ? own.noNulls : [], unique: item.unique.length ? own.unique : [], columns: [] };
  const outcome = judge(item, columns, rows, rules, ctx);
  if (outcome.status !== 'pass') return outcome;
  if (item.unique.length && own.unique.length === 0) {
    // No id column: a repeated record is a repeated row.
    const repeated = rows.length - new Set(rows.map((row) => row.join('\u0000'))).size;
    if (repeated) return fail(`${item.file}: ${ctx.t.msg.duplicateRows(repeated)}`);
  }
  const checked = [...new Set([...rules.noNulls, ...rules.unique])].join(', ') || ctx.t.msg.wholeRows;
  return pass(`${item.file}: ${ctx.t.msg.ownDataset(checked)}, ${ctx.t.msg.rows(rows.length)}`);
}

function judge(item: Of<'csv-shape'>, columns: string[], rows: string[][], rules: { columns: readonly string[]; noNulls: readonly string[]; unique: readonly string[] }, ctx: KindContext): Outcome {
  const missing = [...new Set([...rules.columns, ...rules.noNulls, ...rules.unique])].filter((column) => !columns.includes(column));
  if (missing.length) return fail(ctx.t.msg.columnsMissing(missing.join(', ')));
  if (rows.length < item.minRows) return fail(ctx.t.msg.tooFewRows(rows.length, item.minRows));
  const problems: string[] = [];
  for (const column of rules.noNulls) {
    const index = columns.indexOf(column);
    const nulls = rows.filter((row) => NULLS.has((row[index] ?? '').trim().toLowerCase())).length;
    if (nulls) problems.push(ctx.t.msg.nulls(column, nulls));
  }
  for (const column of rules.unique) {
    const index = columns.indexOf(column);
    const values = rows.map((row) => (row[index] ?? '').trim());
    const repeated = values.length - new Set(values).size;
    if (repeated) problems.push(ctx.t.msg.duplicates(column, repeated));
  }
  return problems.length ? fail(`${item.file}: ${problems.join('; ')}`) : pass(`${item.file}: ${ctx.t.msg.rows(rows.length)}`);
}

