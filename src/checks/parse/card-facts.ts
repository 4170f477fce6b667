// Facts a reviewer expects somewhere in a card, wherever the author put them: in YAML front matter (as
// Hugging Face cards do), a table row, a bullet or a sentence, in English or Spanish.
import { parseYaml } from './yaml.js';

export interface Fact<T> {
  value: T;
  /** The text it was read from, trimmed to 80 characters. */
  text: string;
  /** 1-based line in the card. */
  line: number;
  source: 'front-matter' | 'text';
}

export interface FrontMatter {
  data: Record<string, unknown>;
  /** Last line of the front matter (the closing `---`), 1-based. */
  endLine: number;
}

/** YAML between a leading `---` and the next `---`; undefined when absent or not a mapping. */
export function frontMatter(markdown: string): FrontMatter | undefined {
  const lines = markdown.replace(/^\uFEFF/, '').split(/\r?\n/);
  if (lines[0]?.trim() !== '---') return undefined;
  const end = lines.findIndex((line, i) => i > 0 && /^(---|\.\.\.)\s*$/.test(line));
  if (end < 0) return undefined;
  try {
    const data = parseYaml(lines.slice(1, end).join('\n')) as unknown;
    return typeof data === 'object' && data !== null && !Array.isArray(data) ? { data: data as Record<string, unknown>, endLine: end + 1 } : undefined;
  } catch {
    return undefined;
  }
}

const linesOf = (markdown: string): string[] => markdown.replace(/\r\n?/g, '\n').split('\n');
const clip = (text: string): string => text.trim().slice(0, 80);

/** Line of the first `key:` in the front matter, to point at it. */
const keyLine = (markdown: string, key: string): number => Math.max(1, linesOf(markdown).findIndex((line) => new RegExp(`^\\s*-?\\s*${key}\\s*:`).test(line)) + 1);

function scan<T>(markdown: string, pattern: RegExp, read: (match: RegExpExecArray, line: string) => T | undefined, skipFrontMatter = true): Fact<T>[] {
  const out: Fact<T>[] = [];
  const lines = linesOf(markdown);
  const fm = skipFrontMatter ? frontMatter(markdown) : undefined;
  lines.forEach((line, index) => {
    if (fm && index < fm.endLine) return;
    const re = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`);
    for (const match of line.matchAll(re)) {
      const value = read(match as RegExpExecArray, line);
      if (value !== undefined) out.push({ value, text: clip(line), line: index + 1, source: 'text' });
    }
  });
  return out;
}

// ---------------------------------------------------------------------------------------------
// Numbers of rows

const MULTIPLIERS: Record<string, number> = { k: 1e3, mil: 1e3, thousand: 1e3, m: 1e6, mm: 1e6, million: 1e6, millions: 1e6, mill: 1e6, millon: 1e6, millón: 1e6, millones: 1e6 };

/** "7,043", "7.043", "7 043", "7043", "1.5", "1,5" (with an optional k / mil / M / million / millones). */
export function parseQuantity(number: string, multiplier?: string): number | undefined {
  const raw = number.replace(/[\s\u00A0\u202F_]/g, (sep) => (sep === '_' ? '' : ' ')).trim();
  let value: number;
  if (/^\d{1,3}([.,' ]\d{3})+$/.test(raw) && !multiplier) value = Number(raw.replace(/[.,' ]/g, ''));
  else if (/^\d+([.,]\d+)?$/.test(raw)) value = Number(raw.replace(',', '.'));
  else if (/^\d{1,3}([ ]\d{3})+$/.test(raw)) value = Number(raw.replace(/ /g, ''));
  else return undefined;
  const factor = multiplier ? MULTIPLIERS[multiplier.toLowerCase().replace(/\.$/, '')] : 1;
  if (factor === undefined) return undefined;
  const result = Math.round(value * factor);
  return Number.isFinite(result) ? result : undefined;
}

const NUM = String.raw`(\d{1,3}(?:[.,\u00A0\u202F ]\d{3})+|\d+(?:[.,]\d+)?)`;
const MULT = String.raw`(?:\s*(k|mil|thousand|m|mm|millions?|mill[oó]n|millones)\b)?`;
const UNIT = String.raw`(?:rows|records|examples|samples|instances|observations|entries|data points|customers|transactions|filas|registros|ejemplos|muestras|instancias|observaciones|entradas|clientes|transacciones)`;
const ROW_PATTERNS: RegExp[] = [
  // One word may sit between the number and the unit: "7,043 customer records", "500 registros válidos".
  new RegExp(String.raw`${NUM}${MULT}\s+(?:de\s+)?(?:[\p{L}-]+\s+)?${UNIT}\b`, 'iu'),
  new RegExp(String.raw`(?:number of (?:rows|records|examples|instances|samples)|num_(?:rows|examples)|n_rows|row count|rows|records|n[uú]mero de (?:filas|registros|ejemplos|instancias|muestras)|filas|registros)\s*(?:\*\*)?\s*[:=|]\s*(?:\*\*)?\s*${NUM}${MULT}`, 'iu'),
  new RegExp(String.raw`\bn\s*=\s*${NUM}${MULT}`, 'iu'),
  new RegExp(String.raw`shape[^(\n]{0,12}\(\s*${NUM}\s*,\s*\d+\s*\)`, 'iu'),
];

/**
 * How many rows/records/examples the card says the data has: front matter (`dataset_info.splits[].
 * num_examples`, summed over splits), then sentences, bullets and table rows in order.
 */
export function findRowCounts(markdown: string): Fact<number>[] {
  const out: Fact<number>[] = [];
  const fm = frontMatter(markdown);
  const info = fm?.data.dataset_info;
  const infos = Array.isArray(info) ? info : info ? [info] : [];
  for (const entry of infos) {
    const splits = (entry as { splits?: Array<{ num_examples?: unknown }> }).splits;
    if (!Array.isArray(splits)) continue;
    const total = splits.reduce((sum, split) => sum + (typeof split.num_examples === 'number' ? split.num_examples : 0), 0);
    if (total > 0) out.push({ value: total, text: `dataset_info.splits num_examples = ${total}`, line: keyLine(markdown, 'num_examples'), source: 'front-matter' });
  }
  for (const pattern of ROW_PATTERNS) {
    out.push(...scan(markdown, pattern, (match) => parseQuantity(match[1]!, match[2])));
  }
  return out.sort((a, b) => (a.source === b.source ? a.line - b.line : a.source === 'front-matter' ? -1 : 1)).filter((fact, i, all) => all.findIndex((f) => f.line === fact.line && f.value === fact.value) === i);
}

export const findRowCount = (markdown: string): Fact<number> | undefined => findRowCounts(markdown)[0];

// ---------------------------------------------------------------------------------------------
// Dates

const MONTHS: Record<string, number> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6, july: 7, jul: 7, august: 8, aug: 8, september: 9, sep: 9, sept: 9, october: 10, oct: 10, november: 11, nov: 11, december: 12, dec: 12,
  enero: 1, ene: 1, febrero: 2, marzo: 3, abril: 4, abr: 4, mayo: 5, junio: 6, julio: 7, agosto: 8, ago: 8, septiembre: 9, setiembre: 9, octubre: 10, noviembre: 11, diciembre: 12, dic: 12,
};
const MONTH = `(${Object.keys(MONTHS).sort((a, b) => b.length - a.length).join('|')})\\.?`;

const pad = (n: number): string => String(n).padStart(2, '0');
function isoDate(year: number, month: number, day?: number): string | undefined {
  if (year < 1900 || year > 2100 || month < 1 || month > 12) return undefined;
  if (day === undefined) return `${year}-${pad(month)}`;
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? `${year}-${pad(month)}-${pad(day)}` : undefined;
}

const DATE_PATTERNS: Array<[RegExp, (m: RegExpExecArray) => string | undefined]> = [
  [/\b(\d{4})-(\d{2})-(\d{2})(?:[T ][\d:.]+Z?)?\b/, (m) => isoDate(Number(m[1]), Number(m[2]), Number(m[3]))],
  [/\b(\d{4})\/(\d{2})\/(\d{2})\b/, (m) => isoDate(Number(m[1]), Number(m[2]), Number(m[3]))],
  // Day first, as Spain and most of Europe write it (05/03/2024 is 5 March).
  [/\b(\d{1,2})\/(\d{1,2})\/(\d{4})\b/, (m) => isoDate(Number(m[3]), Number(m[2]), Number(m[1]))],
  [new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:de\\s+)?${MONTH}(?:\\s+de|,)?\\s+(\\d{4})\\b`, 'iu'), (m) => isoDate(Number(m[3]), MONTHS[m[2]!.toLowerCase()]!, Number(m[1]))],
  [new RegExp(`\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, 'iu'), (m) => isoDate(Number(m[3]), MONTHS[m[1]!.toLowerCase()]!, Number(m[2]))],
  [new RegExp(`\\b${MONTH}(?:\\s+de)?\\s+(\\d{4})\\b`, 'iu'), (m) => isoDate(Number(m[2]), MONTHS[m[1]!.toLowerCase()]!)],
  [/\b(\d{4})-(\d{2})\b(?!-\d)/, (m) => isoDate(Number(m[1]), Number(m[2]))],
  // Month and year, as the Data Cards template asks for them ("Last Updated: 01/2025").
  [/\b(\d{1,2})\/(\d{4})\b/, (m) => isoDate(Number(m[2]), Number(m[1]))],
];

/** Dates in the card, as ISO `YYYY-MM-DD` (or `YYYY-MM` when only the month is given), in reading order. */
export function findDates(markdown: string): Fact<string>[] {
  const out: Fact<string>[] = [];
  const fm = frontMatter(markdown);
  for (const [key, value] of Object.entries(fm?.data ?? {})) {
    if (!/date|created|updated|fecha/i.test(key)) continue;
    const text = value instanceof Date ? value.toISOString().slice(0, 10) : String(value);
    const iso = DATE_PATTERNS.map(([re, read]) => { const m = re.exec(text); return m ? read(m) : undefined; }).find((v) => v !== undefined);
    if (iso) out.push({ value: iso, text: clip(`${key}: ${text}`), line: keyLine(markdown, key), source: 'front-matter' });
  }
  const lines = linesOf(markdown);
  lines.forEach((line, index) => {
    if (fm && index < fm.endLine) return;
    let rest = line;
    const found: Array<{ at: number; iso: string }> = [];
    for (const [re, read] of DATE_PATTERNS) {
      const global = new RegExp(re.source, `${re.flags}g`);
      for (const match of rest.matchAll(global)) {
        const iso = read(match as RegExpExecArray);
        if (iso) found.push({ at: match.index, iso });
      }
      // A date read by one pattern must not be read again by a looser one ("2024-03-05" as "2024-03");
      // blanks of the same length keep the positions of what is left.
      rest = rest.replace(global, (m) => ' '.repeat(m.length));
    }
    for (const { iso } of found.sort((a, b) => a.at - b.at)) out.push({ value: iso, text: clip(line), line: index + 1, source: 'text' });
  });
  return out;
}

export const findDate = (markdown: string): Fact<string> | undefined => findDates(markdown)[0];

// ---------------------------------------------------------------------------------------------
// Licences

// SPDX identifiers a model or dataset card commonly carries (https://spdx.org/licenses/), plus the
// Hugging Face Hub's lower-case ids for licences SPDX does not list.
const SPDX = [
  'MIT', 'Apache-2.0', 'BSD-2-Clause', 'BSD-3-Clause', 'ISC', 'MPL-2.0', 'Unlicense', 'Zlib',
  'GPL-2.0-only', 'GPL-2.0-or-later', 'GPL-3.0-only', 'GPL-3.0-or-later', 'GPL-2.0', 'GPL-3.0',
  'LGPL-2.1-only', 'LGPL-2.1-or-later', 'LGPL-3.0-only', 'LGPL-3.0-or-later', 'LGPL-2.1', 'LGPL-3.0',
  'AGPL-3.0-only', 'AGPL-3.0-or-later', 'AGPL-3.0', 'EPL-2.0', 'EUPL-1.2', 'Artistic-2.0', 'BSL-1.0',
  'CC0-1.0', 'CC-BY-4.0', 'CC-BY-3.0', 'CC-BY-SA-4.0', 'CC-BY-SA-3.0', 'CC-BY-NC-4.0', 'CC-BY-NC-SA-4.0', 'CC-BY-NC-ND-4.0', 'CC-BY-ND-4.0', 'CC-BY-NC-3.0', 'CC-BY-NC-SA-3.0',
  'ODbL-1.0', 'ODC-By-1.0', 'PDDL-1.0', 'CDLA-Permissive-2.0', 'CDLA-Sharing-1.0', 'OpenRAIL', 'OpenRAIL++', 'CreativeML-OpenRAIL-M', 'BigScience-OpenRAIL-M', 'Llama2', 'Llama3', 'Gemma',
];
const SPDX_BY_LOWER = new Map(SPDX.map((id) => [id.toLowerCase(), id]));

// Licences written in words, in English and Spanish, to their SPDX id.
const LICENCE_WORDS: Array<[RegExp, string]> = [
  [/\bmit(\s+licen[cs]e)?\b|\blicencia\s+mit\b/i, 'MIT'],
  [/\bapache(\s+licen[cs]e)?,?\s*(v(ersion)?\s*)?2(\.0)?\b|\blicencia\s+apache\s*2(\.0)?\b/i, 'Apache-2.0'],
  [/\bcreative commons (attribution|reconocimiento|atribuci[oó]n)[- ](share ?alike|compartir ?igual)\s*4\.0\b/i, 'CC-BY-SA-4.0'],
  [/\bcreative commons (attribution|reconocimiento|atribuci[oó]n)[- ](non ?commercial|no ?comercial)\s*4\.0\b/i, 'CC-BY-NC-4.0'],
  [/\bcreative commons (attribution|reconocimiento|atribuci[oó]n)\s*4\.0\b/i, 'CC-BY-4.0'],
  [/\bcc0\b|\bpublic domain dedication\b|\bdominio p[uú]blico\b/i, 'CC0-1.0'],
  [/\bgnu general public licen[cs]e,?\s*v(ersion)?\s*3\b|\bgplv3\b/i, 'GPL-3.0'],
  [/\bbsd[- ]3[- ]clause\b|\bbsd de 3 cl[aá]usulas\b/i, 'BSD-3-Clause'],
  [/\bopen database licen[cs]e\b/i, 'ODbL-1.0'],
];

export interface LicenceFact {
  /** The SPDX id (or Hub id) when recognised; undefined for "proprietary", "internal use only"… */
  id?: string | undefined;
  /** The licence as written. */
  written: string;
}

const spdxOf = (text: string): string | undefined => SPDX_BY_LOWER.get(text.trim().toLowerCase()) ?? LICENCE_WORDS.find(([re]) => re.test(text))?.[1];

/** The card's licence: `license:` in the front matter first, then a `License:`/`Licencia:` line or section, then an SPDX id anywhere. */
export function findLicense(markdown: string): Fact<LicenceFact> | undefined {
  const fm = frontMatter(markdown);
  const declared = fm?.data.license ?? fm?.data.licence ?? fm?.data.licencia;
  if (typeof declared === 'string' || Array.isArray(declared)) {
    const written = Array.isArray(declared) ? declared.map(String).join(', ') : declared;
    const name = typeof fm?.data.license_name === 'string' ? fm.data.license_name : undefined;
    return { value: { id: spdxOf(Array.isArray(declared) ? String(declared[0]) : declared), written: name ? `${written} (${name})` : written }, text: clip(`license: ${written}`), line: keyLine(markdown, 'licen[cs]e|licencia'), source: 'front-matter' };
  }
  const lines = linesOf(markdown);
  const start = fm ? fm.endLine : 0;
  for (let i = start; i < lines.length; i++) {
    const line = lines[i]!;
    const labelled = /(?:^|\*\*|\|)\s*(?:licen[cs]e|licencia|licensing information)\s*(?:\*\*)?\s*[:|]\s*(?:\*\*)?\s*([^|\n]+)/i.exec(line);
    const heading = /^\s*#{1,6}\s*(licen[cs]e|licencia|licensing information)\s*$/i.test(line) ? lines.slice(i + 1).find((l) => l.trim()) : undefined;
    const written = (labelled?.[1] ?? heading)?.replace(/[*_`[\]]/g, '').replace(/\(http[^)]*\)/g, '').trim();
    if (written) return { value: { id: spdxOf(written) ?? spdxIn(written), written: written.slice(0, 80) }, text: clip(line), line: i + 1, source: 'text' };
  }
  for (let i = start; i < lines.length; i++) {
    const id = spdxIn(lines[i]!);
    if (id) return { value: { id, written: id }, text: clip(lines[i]!), line: i + 1, source: 'text' };
  }
  return undefined;
}

/** An SPDX id written as such inside a sentence ("released under Apache-2.0"). */
function spdxIn(text: string): string | undefined {
  for (const id of [...SPDX].sort((a, b) => b.length - a.length)) {
    if (id === 'MIT' || id === 'Gemma') continue;
    if (new RegExp(`(^|[^\\w-])${id.replace(/[.+]/g, '\\$&')}($|[^\\w-])`, 'i').test(text)) return id;
  }
  return /(^|[^\w-])MIT([^\w-]|$)/.test(text) ? 'MIT' : LICENCE_WORDS.find(([re]) => re.test(text))?.[1];
}

// ---------------------------------------------------------------------------------------------
// Seeds and versions

const SEED_PATTERNS: RegExp[] = [
  /\b(?:random_state|random_seed|seed|rng_seed)\s*[=:]\s*["']?(\d+)\b/i,
  /\b(?:np\.random\.seed|random\.seed|torch\.manual_seed|set_seed|seed_everything|tf\.random\.set_seed)\s*\(\s*(\d+)\s*\)/,
  /\b(?:random )?seed(?: of| was| is| set to| fixed (?:at|to)| to)?\s+(\d+)\b/i,
  /\bsemilla(?: aleatoria)?(?: de| fija(?:da)?(?: en| a)?| es| =| :)?\s*(\d+)\b/i,
];

/** The random seed / random_state the card reports (code, config or prose). */
export function findSeed(markdown: string): Fact<number> | undefined {
  const fm = frontMatter(markdown);
  for (const key of ['seed', 'random_state', 'random_seed']) {
    const value = fm?.data[key];
    if (typeof value === 'number') return { value, text: `${key}: ${value}`, line: keyLine(markdown, key), source: 'front-matter' };
  }
  const facts = SEED_PATTERNS.flatMap((pattern) => scan(markdown, pattern, (m) => Number(m[1]), false));
  return facts.sort((a, b) => a.line - b.line)[0];
}

const VERSION_LABEL = /(?:^|[\s*|(])(?:model[_ ]version|dataset[_ ]version|current version|version|versi[oó]n|release)\s*(?:\*\*)?\s*[:=|]\s*(?:\*\*)?\s*[`"']?(v?\d[\w.+-]*|[\w.-]*\d[\w.+-]*)[`"']?/i;
const VERSION_ON_LINE = /(?:versi[oó]n|version|release)[^\n]*?\b(v?\d+\.\d+(?:\.\d+)?)\b/i;
const VERSION_INLINE = /\b(?:versi[oó]n|version|release)\s+(v?\d+(?:\.\d+)+|v\d+)\b|\bv(\d+\.\d+(?:\.\d+)?)\b/i;

/** The version of the model or dataset: front matter, a `Version:` line, else "v1.2.0" / "versión 2.1" in prose. */
export function findVersion(markdown: string): Fact<string> | undefined {
  const fm = frontMatter(markdown);
  for (const key of ['version', 'model_version', 'dataset_version']) {
    const value = fm?.data[key];
    if (typeof value === 'string' || typeof value === 'number') return { value: String(value), text: `${key}: ${value}`, line: keyLine(markdown, key), source: 'front-matter' };
  }
  const labelled = scan(markdown, VERSION_LABEL, (m) => m[1]);
  if (labelled.length) return labelled[0];
  const inline = scan(markdown, VERSION_INLINE, (m) => m[1] ?? (m[2] ? `v${m[2]}` : undefined))[0];
  if (inline) return inline;
  // "**Name and version:** churn-classifier 0.1.0": a dotted number on a line that speaks of the version.
  return scan(markdown, VERSION_ON_LINE, (m) => m[1])[0];
}
