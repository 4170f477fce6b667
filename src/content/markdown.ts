// Small structural reads of a lesson's Markdown: front-matter, headings, fenced code, prose words.
// Rendering lives in the lesson reader; this only answers questions the validators ask.

export interface SplitDocument {
  frontMatter: string | undefined;
  body: string;
  /** 1-based line of the body's first line in the file. */
  bodyLine: number;
}

export function splitFrontMatter(text: string): SplitDocument {
  const normalized = text.replace(/\r\n/g, '\n');
  if (!normalized.startsWith('---\n')) return { frontMatter: undefined, body: normalized, bodyLine: 1 };
  const end = normalized.indexOf('\n---', 4);
  if (end === -1) return { frontMatter: undefined, body: normalized, bodyLine: 1 };
  const frontMatter = normalized.slice(4, end + 1);
  const rest = normalized.slice(end + 4).replace(/^[^\n]*\n/, '');
  return { frontMatter, body: rest, bodyLine: frontMatter.split('\n').length + 2 };
}

export interface Heading {
  depth: number;
  text: string;
  line: number;
}

export interface CodeBlock {
  lang: string;
  code: string;
  line: number;
}

export interface MarkdownOutline {
  headings: Heading[];
  codeBlocks: CodeBlock[];
  /** The text outside fenced code blocks. */
  prose: string;
}

const FENCE = /^(\s*)(`{3,}|~{3,})\s*([^`\s]*)/;

export function outline(body: string): MarkdownOutline {
  const headings: Heading[] = [];
  const codeBlocks: CodeBlock[] = [];
  const prose: string[] = [];
  const lines = body.split('\n');
  let fence: { marker: string; lang: string; start: number; lines: string[] } | undefined;
  lines.forEach((line, index) => {
    if (fence) {
      if (line.trim().startsWith(fence.marker) && line.trim().replace(/[`~]/g, '') === '') {
        codeBlocks.push({ lang: fence.lang, code: fence.lines.join('\n'), line: fence.start });
        fence = undefined;
      } else fence.lines.push(line);
      return;
    }
    const open = FENCE.exec(line);
    if (open) {
      fence = { marker: open[2]!, lang: open[3] ?? '', start: index + 1, lines: [] };
      return;
    }
    const heading = /^(#{1,6})\s+(.+?)\s*#*\s*$/.exec(line);
    if (heading) headings.push({ depth: heading[1]!.length, text: heading[2]!, line: index + 1 });
    prose.push(line);
  });
  if (fence) codeBlocks.push({ lang: fence.lang, code: fence.lines.join('\n'), line: fence.start });
  return { headings, codeBlocks, prose: prose.join('\n') };
}

/** Words a reader reads: prose without Markdown syntax, links reduced to their text. */
export function proseWordCount(prose: string): number {
  const text = prose
    .replace(/`[^`]*`/g, ' x ')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[#>*_|-]+/g, ' ');
  return text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}
