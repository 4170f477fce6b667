// Blocks (prepared from Markdown by prepare.ts, at build for lessons) → lines of styled segments
// wrapped to a width. Pure: no Ink, no terminal, no Markdown parser; re-run on every resize.
import stringWidth from 'string-width';
import { breakCode, CONTINUATION } from '../layout.js';
import { wrapSegments } from './wrap.js';
import type { Block, CodeBlock, ListBlock, RenderedDocument, RenderedLine, Section, Segment } from './types.js';

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

const sameStyle = (a: Segment, b: Segment) =>
  a.color === b.color && a.bold === b.bold && a.italic === b.italic && a.dim === b.dim && a.underline === b.underline;

export interface LayoutOptions {
  width: number;
}

export function layoutBlocks(blocks: readonly Block[], options: LayoutOptions): RenderedDocument {
  const max = Math.max(20, options.width);
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

  const renderList = (list: ListBlock, indent: string) => {
    list.items.forEach((item, index) => {
      const marker = list.ordered ? `${list.start + index}. ` : '• ';
      const first = [{ text: indent + marker, color: 'cyan' }];
      const rest = [{ text: ' '.repeat(width(indent + marker)) }];
      let firstLine = true;
      for (const child of item) {
        if (child.kind === 'list') renderList(child.list, indent + '  ');
        else if (child.kind === 'text') {
          push(wrapSegments(child.segments, max, firstLine ? first : rest, rest));
          firstLine = false;
        } else renderCode(child.code, rest[0]!.text);
      }
    });
  };

  const renderCode = (code: CodeBlock, indent = '') => {
    const gutter: Segment = { text: `${indent}│ `, dim: true };
    if (code.label) lines.push({ segments: [{ text: `${indent}┌ ${code.label}`, dim: true }], block, section });
    for (const codeLine of code.lines) {
      for (const piece of wrapCodeLine(codeLine, max - width(gutter.text)))
        lines.push({ segments: [gutter, ...piece], block, section });
    }
  };

  const renderTable = (header: string[], rows: string[][]) => {
    const widths = header.map((_, column) =>
      Math.max(width(header[column]!), ...rows.map((row) => width(row[column] ?? ''))),
    );
    const total = widths.reduce((sum, w) => sum + w, 0) + 3 * (widths.length - 1);
    if (total <= max) {
      const line = (row: string[], style: Omit<Segment, 'text'>) => [
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

  for (const item of blocks) {
    switch (item.kind) {
      case 'heading': {
        blank();
        section = sections.length;
        sections.push({ title: item.title, depth: item.depth, line: lines.length, block });
        const style = item.depth <= 2 ? { bold: true, color: 'cyan' } : { bold: true };
        push(wrapSegments([{ ...style, text: item.title }], max));
        if (item.depth === 1) push([[{ text: '═'.repeat(Math.min(max, width(item.title))), color: 'cyan' }]]);
        if (item.depth === 2)
          push([[{ text: '─'.repeat(Math.min(max, width(item.title))), color: 'cyan', dim: true }]]);
        break;
      }
      case 'paragraph':
        blank();
        push(wrapSegments(item.segments, max));
        break;
      case 'list':
        blank();
        renderList(item.list, '');
        break;
      case 'code':
        blank();
        renderCode(item.code);
        break;
      case 'table':
        blank();
        renderTable(item.header, item.rows);
        break;
      case 'quote': {
        blank();
        const bar: Segment = { text: '▌ ', dim: true };
        for (const paragraph of item.paragraphs) push(wrapSegments(paragraph, max, [bar]));
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
