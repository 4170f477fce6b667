// Markdown → blocks (types.ts): marked's lexer for the structure, highlight.js for code. Width-free,
// so scripts/build.ts runs it once per lesson and the TUI never loads either package for a lesson.
import { Lexer, type Token, type Tokens } from 'marked';
import { highlightCode } from './highlight.js';
import { HARD_BREAK } from './wrap.js';
import type { Block, CodeBlock, ListBlock, ListChild, Segment } from './types.js';

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

const plain = (segments: Segment[]) => segments.map((segment) => segment.text).join('');

function code(token: Tokens.Code): CodeBlock {
  const label = (token.lang ?? '').split(/\s/)[0] ?? '';
  return { label, lines: highlightCode(expandTabs(token.text), label) };
}

function list(token: Tokens.List): ListBlock {
  const items = token.items.map((item) => {
    const children: ListChild[] = [];
    for (const child of item.tokens) {
      if (child.type === 'list') children.push({ kind: 'list', list: list(child as Tokens.List) });
      else if (child.type === 'text' || child.type === 'paragraph')
        children.push({ kind: 'text', segments: inline((child as Tokens.Text).tokens ?? [child]) });
      else if (child.type === 'code') children.push({ kind: 'code', code: code(child as Tokens.Code) });
    }
    return children;
  });
  return { ordered: token.ordered, start: Number(token.start || 1), items };
}

function block(token: Token): Block {
  switch (token.type) {
    case 'heading': {
      const heading = token as Tokens.Heading;
      return { kind: 'heading', depth: heading.depth, title: plain(inline(heading.tokens)) };
    }
    case 'paragraph':
      return { kind: 'paragraph', segments: inline((token as Tokens.Paragraph).tokens) };
    case 'list':
      return { kind: 'list', list: list(token as Tokens.List) };
    case 'code':
      return { kind: 'code', code: code(token as Tokens.Code) };
    case 'table': {
      const table = token as Tokens.Table;
      const cells = (row: Tokens.TableCell[]) => row.map((cell) => plain(inline(cell.tokens)));
      return { kind: 'table', header: cells(table.header), rows: table.rows.map(cells) };
    }
    case 'blockquote':
      return {
        kind: 'quote',
        paragraphs: (token as Tokens.Blockquote).tokens.map((child) =>
          (child.type === 'paragraph' ? inline((child as Tokens.Paragraph).tokens) : [{ text: child.raw.trim() }]).map(
            (segment) => ({ ...segment, italic: true }),
          ),
        ),
      };
    case 'hr':
      return { kind: 'hr' };
    default:
      return { kind: 'none' };
  }
}

export function prepareMarkdown(markdown: string): Block[] {
  return Lexer.lex(markdown).map(block);
}
