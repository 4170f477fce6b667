import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/content/load.js';
import { LESSON_SECTIONS } from '../../src/content/schemas.js';
import { LESSON_SECTION_COUNT } from '../../src/core/progress.js';
import { lineOfBlock, percentRead, sectionsReached } from '../../src/ui/markdown/reading.js';
import { plainText, renderMarkdown } from '../../src/ui/markdown/render.js';
import { repoRoot } from '../helpers/syllabus.js';

const text = (doc: ReturnType<typeof renderMarkdown>) => plainText(doc).split('\n');

describe('markdown rendering', () => {
  const sample = [
    '## Goals',
    '',
    'Read **bold**, *italic* and `code` with a [link](https://docs.python.org/3/) and a',
    'soft line break.',
    '',
    '- first item that is long enough to wrap onto a second line at thirty columns',
    '- second',
    '',
    '| Tool | Use |',
    '|---|---|',
    '| pytest | tests |',
    '',
    '```python',
    'def add(a: int, b: int) -> int:  # a comment',
    '    return a + b',
    '```',
    '',
    '### Details',
    '',
    'End.',
  ].join('\n');

  it('keeps words, shows links as text and URL, joins soft breaks', () => {
    const lines = text(renderMarkdown(sample, { width: 100 }));
    expect(lines).toContain(
      'Read bold, italic and code with a link (https://docs.python.org/3/) and a soft line break.',
    );
  });

  it('renders lists with hanging indents, tables as columns and code with a gutter', () => {
    const lines = text(renderMarkdown(sample, { width: 40 }));
    expect(lines).toContain('• first item that is long enough to wrap');
    expect(lines).toContain('  onto a second line at thirty columns');
    expect(lines).toContain('Tool   │ Use');
    expect(lines).toContain('pytest │ tests');
    expect(lines).toContain('┌ python');
    // A code line too wide breaks at a token boundary, the continuation marked: never mid-word
    expect(lines).toContain('│ def add(a: int, b: int) -> int:  # a');
    expect(lines).toContain('│ ↳ comment');
  });

  it('colours code by language', () => {
    const doc = renderMarkdown(sample, { width: 80 });
    const codeLine = doc.lines.find((line) => line.segments.some((segment) => segment.text === 'def'))!;
    expect(codeLine.segments.find((segment) => segment.text === 'def')?.color).toBe('magenta');
    expect(codeLine.segments.find((segment) => segment.text.includes('# a comment'))?.color).toBe('gray');
  });

  it('lists sections with their depth and line', () => {
    const doc = renderMarkdown(sample, { width: 80 });
    expect(doc.sections.map((section) => [section.title, section.depth])).toEqual([
      ['Goals', 2],
      ['Details', 3],
    ]);
    expect(text(doc)[doc.sections[1]!.line]).toBe('Details');
  });

  it('turns a too-wide table into one block per row', () => {
    const wide = '| A very long header | Another long header |\n|---|---|\n| some value here | another value there |';
    expect(text(renderMarkdown(wide, { width: 30 }))).toEqual([
      'A very long header: some value',
      '  here',
      'Another long header: another',
      '  value there',
      '',
    ]);
  });
});

describe('every lesson at 60 columns', () => {
  const lessons = loadContent(repoRoot).lessons;
  it('has no rendered line wider than the terminal and six level-2 sections', () => {
    expect(lessons).toHaveLength(24);
    expect(LESSON_SECTION_COUNT).toBe(LESSON_SECTIONS.es.length);
    for (const lesson of lessons) {
      const doc = renderMarkdown(lesson.body, { width: 60 });
      for (const line of doc.lines) {
        const width = stringWidth(line.segments.map((segment) => segment.text).join(''));
        expect(width, `${lesson.file}: ${line.segments.map((s) => s.text).join('')}`).toBeLessThanOrEqual(60);
      }
      expect(doc.sections.filter((section) => section.depth === 2).map((section) => section.title)).toEqual([
        ...LESSON_SECTIONS[lesson.meta.lang],
      ]);
    }
  });
});

describe('reading progress', () => {
  const doc = renderMarkdown(
    ['## One', ...Array.from({ length: 30 }, (_, i) => `Line ${i}.\n`), '## Two', 'End.'].join('\n'),
    { width: 40 },
  );
  it('counts sections whose heading has been on screen and the share read', () => {
    expect(sectionsReached(doc, 10)).toEqual([0]);
    expect(sectionsReached(doc, doc.lines.length)).toEqual([0, 1]);
    expect(percentRead(doc, 0, 10)).toBeLessThan(20);
    expect(percentRead(doc, doc.lines.length - 10, 10)).toBe(100);
  });

  it('resumes at the first line of a saved block, whatever the width', () => {
    const narrow = renderMarkdown(
      ['## One', ...Array.from({ length: 30 }, (_, i) => `Line ${i}.\n`), '## Two', 'End.'].join('\n'),
      { width: 20 },
    );
    const block = doc.lines[25]!.block;
    expect(narrow.lines[lineOfBlock(narrow, block)]!.block).toBe(block);
  });
});
