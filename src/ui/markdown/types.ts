// A rendered document: lines of styled segments, already wrapped to a width.
import type { Segment } from '../../content/blocks.js';

export type { Block, CodeBlock, ListBlock, ListChild, Segment } from '../../content/blocks.js';

export interface RenderedLine {
  segments: Segment[];
  /** Index of the top-level Markdown block this line comes from (stable across widths). */
  block: number;
  /** Index into `sections` of the section this line belongs to (-1 before the first heading). */
  section: number;
}

export interface Section {
  title: string;
  depth: number;
  /** The line the heading starts on. */
  line: number;
  block: number;
}

export interface RenderedDocument {
  lines: RenderedLine[];
  sections: Section[];
}
