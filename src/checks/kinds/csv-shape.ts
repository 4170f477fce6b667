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
  return problems.length ? fail(`${item.file}: ${problems.join('; ')}`) : pass(`${item.file}: ${ctx.t.msg.rows(rows.length)}`);
}

