// Prose from the question banks: YAML block scalars keep the authors' hard wraps (~60 columns).

/**
 * Joins hard-wrapped lines into paragraphs: a single newline between two prose lines becomes a space.
 * Blank lines separate paragraphs; code (see textBlocks) and lines that keep their own line (bullets,
 * tables, quotes) are never joined.
 */
export function reflowLines(text: string): TextLine[] {
  const out: TextLine[] = [];
  const literal = (line: string) => /^(\s{2,}|\t|[-*•] |\d+[.)] |\||>)/.test(line);
  for (const line of textBlocks(text)) {
    const previous = out[out.length - 1];
    const joinable =
      !line.code &&
      line.text.trim() !== '' &&
      !literal(line.text) &&
      previous !== undefined &&
      !previous.code &&
      previous.text.trim() !== '' &&
      !literal(previous.text);
    if (joinable) out[out.length - 1] = { text: `${previous.text} ${line.text.trim()}`, code: false };
    else out.push(line);
  }
  return out;
}

export function reflow(text: string): string {
  return reflowLines(text)
    .map((line) => line.text)
    .join('\n');
}

/** A line of a bank text: prose (to be re-flowed and wrapped) or code (kept as it is, indentation included). */
export interface TextLine {
  text: string;
  code: boolean;
}

const indentedCode = (line: string) => /^(\t| {2,})\S/.test(line) && !/^\s*([-*•]|\d+[.)]) /.test(line);

/** A line that reads as code: symbols of code or a `target:` / `key:` head, no run of plain words, no sentence end. */
function codeLike(line: string): boolean {
  const text = line.trim();
  if (!text || (/[.?!…,;]$/.test(text) && !/[)\]}]$/.test(text))) return false;
  if (/\b[a-záéíóúñ]{2,} [a-záéíóúñ]{2,} [a-záéíóúñ]{2,} [a-záéíóúñ]{2,}\b/i.test(text)) return false;
  return /[(){}[\]=$#<>]|^[\w./-]+:(\s|$)|^[@.]\w/.test(text);
}

/**
 * Which lines of a bank text are code. A paragraph (lines between blank lines) with an indented
 * line is a code sample: its indented lines and its code-like lines are code (a Makefile's `setup:`
 * head, a decorator), the rest prose. A paragraph whose every line reads as code is code too.
 * Fenced blocks are code. Tabs become four spaces so widths are right on screen.
 */
export function textBlocks(text: string): TextLine[] {
  const lines = text.replace(/\r\n/g, '\n').replace(/\s+$/, '').split('\n');
  const out: TextLine[] = [];
  let fenced = false;
  let paragraph: string[] = [];
  const flush = () => {
    const sample = paragraph.some(indentedCode);
    const allCode = paragraph.length > 0 && paragraph.every((line) => indentedCode(line) || codeLike(line));
    for (const line of paragraph)
      out.push({
        text: line.replace(/\t/g, '    ').trimEnd(),
        code: allCode || indentedCode(line) || (sample && codeLike(line)),
      });
    paragraph = [];
  };
  for (const line of lines) {
    if (/^\s*```/.test(line)) {
      flush();
      fenced = !fenced;
      continue;
    }
    if (fenced) out.push({ text: line.replace(/\t/g, '    ').trimEnd(), code: true });
    else if (line.trim() === '') {
      flush();
      out.push({ text: '', code: false });
    } else paragraph.push(line);
  }
  flush();
  return out;
}

/**
 * A number as the learner's language writes it: "2,6" in Spanish, "2.6" in English. What
 * Intl.NumberFormat(lang, { maximumFractionDigits, useGrouping: false }) gives, without building one
 * (its ICU data cost ~100 ms the first time, on the key that started a drill, and ~5 MiB of the TUI's
 * peak RSS: bench/rss-trace.mts).
 */
export function formatNumber(lang: 'es' | 'en', value: number, maxDecimals = 1): string {
  if (!Number.isFinite(value) || Math.abs(value) >= 1e21)
    return new Intl.NumberFormat(lang, { maximumFractionDigits: maxDecimals, useGrouping: false }).format(value);
  // Rounded half away from zero on the shortest decimal form ("1.005" → "1.01"), as ICU does.
  const rounded = Number(`${Math.round(Number(`${Math.abs(value)}e${maxDecimals}`))}e-${maxDecimals}`);
  const fixed = rounded.toFixed(maxDecimals);
  const text = fixed.includes('.') ? fixed.replace(/\.?0+$/, '') : fixed;
  const sign = value < 0 || Object.is(value, -0) ? '-' : '';
  return sign + (lang === 'es' ? text.replace('.', ',') : text);
}

/**
 * Orders ids and topic names ("case-bank-churn", "jr-py-11"): lowercase ASCII, where code-unit order
 * is localeCompare's. localeCompare's first call loads ICU's collation data (~30 ms, cold), on the key
 * that started a quiz.
 */
export const compareIds = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
