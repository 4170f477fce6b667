// Reading progress over a rendered lesson: how far, which sections, where to resume. Pure.
import type { RenderedDocument } from './types.js';

/** Indexes (among level-2 sections) of the sections whose heading has been on screen. */
export function sectionsReached(document: RenderedDocument, bottomLine: number): number[] {
  return document.sections
    .filter((section) => section.depth === 2)
    .map((section, index) => ({ index, line: section.line }))
    .filter((section) => section.line < bottomLine)
    .map((section) => section.index);
}

export function percentRead(document: RenderedDocument, top: number, height: number): number {
  const total = document.lines.length;
  if (total <= height) return 100;
  return Math.min(100, Math.round(((top + height) / total) * 100));
}

export function lastTop(document: RenderedDocument, height: number): number {
  return Math.max(0, document.lines.length - height);
}

/** The first line of a saved block (positions are stored as blocks so a resize keeps the place). */
export function lineOfBlock(document: RenderedDocument, block: number): number {
  // The blank line that separates a block from the previous one is not where it starts.
  const index = document.lines.findIndex((line) => line.block >= block && line.segments.length > 0);
  return index === -1 ? 0 : index;
}

export function level2Count(document: RenderedDocument): number {
  return document.sections.filter((section) => section.depth === 2).length;
}

/** The line where each level-2 section ends (exclusive): the next level-2 heading, or the document's end. */
export function sectionEnds(document: RenderedDocument): number[] {
  const starts = document.sections.filter((section) => section.depth === 2).map((section) => section.line);
  return starts.map((_, index) => starts[index + 1] ?? document.lines.length);
}

/**
 * The section whose pending checkpoint a forward move runs into: the section's end is not yet above
 * the bottom of the screen and the move would show what follows it (the last section: a forward key at
 * the document's end). Undefined when the way is clear. Bottoms are exclusive line numbers.
 */
export function checkpointAhead(
  ends: readonly number[],
  pending: ReadonlySet<number>,
  bottom: number,
  nextBottom: number,
  total: number,
): number | undefined {
  const now = Math.min(bottom, total);
  const next = Math.min(nextBottom, total);
  const index = ends.findIndex(
    (end, section) => pending.has(section) && now <= end && (next > end || (end === total && now === total)),
  );
  return index === -1 ? undefined : index;
}

/** Lines whose text contains `query` (case-insensitive), in order. */
export function matchingLines(lines: readonly { segments: readonly { text: string }[] }[], query: string): number[] {
  const needle = query.toLocaleLowerCase();
  if (!needle) return [];
  return lines.flatMap((line, index) =>
    line.segments
      .map((segment) => segment.text)
      .join('')
      .toLocaleLowerCase()
      .includes(needle)
      ? [index]
      : [],
  );
}
