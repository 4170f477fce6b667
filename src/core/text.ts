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
 * A number as the learner's language writes it: "2,6" in Spanish, "2.6" in English, without grouping.
 * Not Intl.NumberFormat: the first Intl object loads ICU's locale data, ~5 MiB of the TUI's peak RSS
 * (bench/rss-trace.mts). Like Intl, it rounds the number as written (2.65 → 2.7), half away from zero.
 */
export function formatNumber(lang: 'es' | 'en', value: number, maxDecimals = 1): string {
  const shifted = Math.abs(Number(`${Math.abs(value)}e${maxDecimals}`));
  const text = Number.isFinite(shifted)
    ? String(Math.sign(value) * Number(`${Math.round(shifted)}e-${maxDecimals}`))
    : value.toFixed(maxDecimals).replace(/\.0*$|(\.\d*?)0+$/, '$1'); // 1e-7 and the like
  return lang === 'es' ? text.replace('.', ',') : text;
}

/** Orders ids and topic keys (ASCII kebab-case, where it agrees with localeCompare) without ICU's collator. */
export const byCodeUnit = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
