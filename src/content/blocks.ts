// Lesson text as the build prepares it (src/ui/markdown/prepare.ts) and the reader lays it out:
// styled segments and width-free blocks. Here, in content/, because lesson chunks carry them.

export interface Segment {
  text: string;
  color?: string | undefined;
  bold?: boolean | undefined;
  italic?: boolean | undefined;
  dim?: boolean | undefined;
  underline?: boolean | undefined;
}

/**
 * A lesson's Markdown parsed and highlighted, before wrapping: what does not depend on the terminal's
 * width. scripts/build.ts prepares every lesson so (prepare.ts), and the reader only lays the blocks
 * out (document.ts): marked's lexer and highlight.js cost ~80 ms the first time a lesson opened.
 * One block per top-level Markdown token, so a saved position (a block index) means the same.
 */
export type Block =
  | { kind: 'heading'; depth: number; title: string }
  | { kind: 'paragraph'; segments: Segment[] }
  | { kind: 'list'; list: ListBlock }
  | { kind: 'code'; code: CodeBlock }
  | { kind: 'table'; header: string[]; rows: string[][] }
  /** A blockquote: its paragraphs, already in italics. */
  | { kind: 'quote'; paragraphs: Segment[][] }
  | { kind: 'hr' }
  /** Anything else (blank space, HTML): draws nothing but keeps the block numbering. */
  | { kind: 'none' };

export interface CodeBlock {
  /** The first word of the fence's info string ("makefile"), or ''. */
  label: string;
  /** Highlighted lines, tabs already spaces. */
  lines: Segment[][];
}

export interface ListBlock {
  ordered: boolean;
  start: number;
  items: ListChild[][];
}

export type ListChild =
  { kind: 'text'; segments: Segment[] } | { kind: 'list'; list: ListBlock } | { kind: 'code'; code: CodeBlock };
