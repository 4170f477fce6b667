// Markdown → lines of styled segments wrapped to a width: marked's lexer and highlight.js (prepare.ts)
// then our own layout (document.ts), so the reader can scroll by line and re-wrap on resize. Lessons
// come prepared from the build; this is for Markdown that does not (the command line, tests).
import { layoutBlocks, type LayoutOptions } from './document.js';
import { prepareMarkdown } from './prepare.js';
import type { RenderedDocument } from './types.js';

export { plainText } from './document.js';
export type RenderOptions = LayoutOptions;

export function renderMarkdown(markdown: string, options: RenderOptions): RenderedDocument {
  return layoutBlocks(prepareMarkdown(markdown), options);
}
