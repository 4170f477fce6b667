// Markdown → lines of styled segments wrapped to a width, using marked's lexer (the parsing) and our
// own layout (so the reader can scroll by line and re-wrap on resize). Pure: no Ink, no terminal.
import { Lexer, type Token, type Tokens } from 'marked';
import stringWidth from 'string-width';
import { breakCode, CONTINUATION } from '../layout.js';
import { HARD_BREAK, wrapSegments } from './wrap.js';
import { highlightCode } from './highlight.js';
import type { RenderedDocument, RenderedLine, Section, Segment } from './types.js';

type Style = Omit<Segment, 'text'>;

/** Inline tokens → segments; links become their text followed by the URL. */
function inline(tokens: Token[] | undefined, style: Style = {}): Segment[] {
  const out: Segment[] = [];
  for (const token of tokens ?? []) {
    switch (token.type) {
      case 'strong':
        out.push(...inline((token as Tokens.Strong).tokens, { ...style, bold: true }));
        break;
      case 'em':
        out.push(...inline((token as Tokens.Em).tokens, { ...style, italic: true }));
        break;
      case 'del':
        out.push(...inline((token as Tokens.Del).tokens, { ...style, dim: true }));
        break;
      case 'codespan':
        out.push({ ...style, text: decodeEntities((token as Tokens.Codespan).text), color: 'yellow' });
        break;
      case 'link': {
        const link = token as Tokens.Link;
        const text = inline(link.tokens, { ...style, underline: true, color: 'cyan' });
        const label = text.map((segment) => segment.text).join('');
        out.push(...text);
        if (label !== link.href) out.push({ text: ` (${link.href})`, dim: true });
        break;
      }
      case 'br':
        out.push({ text: HARD_BREAK });
        break;
      case 'text':
      case 'escape': {
        const text = token as Tokens.Text;
        // A newline inside a paragraph is a soft break: it reads as a space.
        if (text.tokens?.length) out.push(...inline(text.tokens, style));
        else out.push({ ...style, text: decodeEntities(text.text).replace(/\n/g, ' ') });
        break;
      }
      case 'html':
        break;
      default:
        out.push({ ...style, text: decodeEntities((token as { text?: string }).text ?? token.raw) });
    }
  }
  return out;
}

function decodeEntities(text: string): string {
  return text.replace(
    /&(amp|lt|gt|quot|#39);/g,
    (_, name: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" })[name] ?? _,
  );
}

const width = (text: string) => stringWidth(text);

/**
 * Wraps one code line without word wrapping (indentation matters): it breaks at a token boundary
 * (breakCode) and the continuation keeps the indentation behind a dim CONTINUATION mark.
 */
function wrapCodeLine(segments: Segment[], max: number): Segment[][] {
  const text = segments.map((segment) => segment.text).join('');
  const indent = /^\s*/.exec(text)![0];
  const pieces = breakCode(text, max, width(indent) + width(CONTINUATION));
  if (pieces.length === 1) return [segments];
  // Walk the segments, giving each piece the characters (and styles) it covers; the spaces dropped at a break are skipped.
  const lines: Segment[][] = [];
  let offset = 0;
  const chars = segments.flatMap((segment) => [...segment.text].map((char) => ({ char, segment })));
  pieces.forEach((piece, index) => {
    while (index > 0 && chars[offset]?.char === ' ' && !piece.startsWith(' ')) offset += 1;
    const line: Segment[] = index === 0 ? [] : [{ text: indent }, { text: CONTINUATION, dim: true }];
    const prefix = line.length;
    for (const char of [...piece]) {
      const source = chars[offset++]!;
      const last = line[line.length - 1];
      if (last && line.length > prefix && sameStyle(last, source.segment)) last.text += char;
      else line.push({ ...source.segment, text: char });
    }
    while (chars[offset]?.char === ' ' && index < pieces.length - 1) offset += 1;
    lines.push(line);
  });
  return lines;
}

/** Tabs as spaces to the next stop of 4: a terminal would move to its own stops (the layout could not
 * know the width), and a tab sends every line through the slow Unicode measurement (fast-text.ts). */
function expandTabs(text: string): string {
  if (!text.includes('\t')) return text;
  return text
    .split('\n')
    .map((line) => {
      let column = 0;
      return line.replace(/[^\t]*\t/g, (run) => {
        column += run.length - 1;
        const spaces = 4 - (column % 4);
        column += spaces;
        return run.slice(0, -1) + ' '.repeat(spaces);
      });
    })
    .join('\n');
}

const sameStyle = (a: Segment, b: Segment) =>
  a.color === b.color && a.bold === b.bold && a.italic === b.italic && a.dim === b.dim && a.underline === b.underline;

export interface RenderOptions {
  width: number;
}

export function renderMarkdown(markdown: string, options: RenderOptions): RenderedDocument {
  const max = Math.max(20, options.width);
  const tokens = Lexer.lex(markdown);
  const lines: RenderedLine[] = [];
  const sections: Section[] = [];
  let section = -1;
  let block = 0;

  const push = (segmentLines: Segment[][]) => {
    for (const segments of segmentLines) lines.push({ segments, block, section });
  };
  const blank = () => {
    if (lines.length && lines[lines.length - 1]!.segments.length) lines.push({ segments: [], block, section });
  };

  const renderList = (list: Tokens.List, indent: string) => {
    list.items.forEach((item, index) => {
      const marker = list.ordered ? `${Number(list.start || 1) + index}. ` : '• ';
      const first = [{ text: indent + marker, color: 'cyan' }];
      const rest = [{ text: ' '.repeat(width(indent + marker)) }];
      let firstLine = true;
      for (const child of item.tokens) {
        if (child.type === 'list') renderList(child as Tokens.List, indent + '  ');
        else if (child.type === 'text' || child.type === 'paragraph') {
          push(wrapSegments(inline((child as Tokens.Text).tokens ?? [child]), max, firstLine ? first : rest, rest));
          firstLine = false;
        } else if (child.type === 'code') renderCode(child as Tokens.Code, rest[0]!.text);
      }
    });
  };

  const renderCode = (code: Tokens.Code, indent = '') => {
    const gutter: Segment = { text: `${indent}│ `, dim: true };
    const label = (code.lang ?? '').split(/\s/)[0] ?? '';
    if (label) lines.push({ segments: [{ text: `${indent}┌ ${label}`, dim: true }], block, section });
    for (const codeLine of highlightCode(expandTabs(code.text), label)) {
      for (const piece of wrapCodeLine(codeLine, max - width(gutter.text)))
        lines.push({ segments: [gutter, ...piece], block, section });
    }
  };

  const renderTable = (table: Tokens.Table) => {
    const cells = (row: Tokens.TableCell[]) =>
      row.map((cell) =>
        inline(cell.tokens)
          .map((segment) => segment.text)
          .join(''),
      );
    const header = cells(table.header);
    const rows = table.rows.map(cells);
    const widths = header.map((_, column) =>
      Math.max(width(header[column]!), ...rows.map((row) => width(row[column] ?? ''))),
    );
    const total = widths.reduce((sum, w) => sum + w, 0) + 3 * (widths.length - 1);
    if (total <= max) {
      const line = (row: string[], style: Style) => [
        {
          ...style,
          text: row
            .map((cell, column) => cell + ' '.repeat(widths[column]! - width(cell)))
            .join(' │ ')
            .trimEnd(),
        },
      ];
      push([line(header, { bold: true })]);
      push([[{ text: widths.map((w) => '─'.repeat(w)).join('─┼─'), dim: true }]]);
      for (const row of rows) push([line(row, {})]);
    } else {
      // Too wide for the terminal: one block per row, "header: value" per cell.
      rows.forEach((row, index) => {
        if (index > 0) blank();
        row.forEach((cell, column) =>
          push(wrapSegments([{ text: cell }], max, [{ text: `${header[column]}: `, bold: true }], [{ text: '  ' }])),
        );
      });
    }
  };

  for (const token of tokens) {
    switch (token.type) {
      case 'heading': {
        const heading = token as Tokens.Heading;
        blank();
        section = sections.length;
        const title = inline(heading.tokens)
          .map((segment) => segment.text)
          .join('');
        sections.push({ title, depth: heading.depth, line: lines.length, block });
        const style: Style = heading.depth <= 2 ? { bold: true, color: 'cyan' } : { bold: true };
        push(wrapSegments([{ ...style, text: title }], max));
        if (heading.depth === 1) push([[{ text: '═'.repeat(Math.min(max, width(title))), color: 'cyan' }]]);
        if (heading.depth === 2) push([[{ text: '─'.repeat(Math.min(max, width(title))), color: 'cyan', dim: true }]]);
        break;
      }
      case 'paragraph':
        blank();
        push(wrapSegments(inline((token as Tokens.Paragraph).tokens), max));
        break;
      case 'list':
        blank();
        renderList(token as Tokens.List, '');
        break;
      case 'code':
        blank();
        renderCode(token as Tokens.Code);
        break;
      case 'table':
        blank();
        renderTable(token as Tokens.Table);
        break;
      case 'blockquote': {
        blank();
        const bar: Segment = { text: '▌ ', dim: true };
        for (const child of (token as Tokens.Blockquote).tokens) {
          const segments =
            child.type === 'paragraph' ? inline((child as Tokens.Paragraph).tokens) : [{ text: child.raw.trim() }];
          push(
            wrapSegments(
              segments.map((segment) => ({ ...segment, italic: true })),
              max,
              [bar],
            ),
          );
        }
        break;
      }
      case 'hr':
        blank();
        push([[{ text: '─'.repeat(max), dim: true }]]);
        break;
      default:
        break;
    }
    block += 1;
  }
  return { lines, sections };
}

/** The document as plain text (for --print and pipes). */
export function plainText(document: RenderedDocument): string {
  return (
    document.lines
      .map((line) =>
        line.segments
          .map((segment) => segment.text)
          .join('')
          .trimEnd(),
      )
      .join('\n') + '\n'
  );
}
