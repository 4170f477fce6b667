// The bundle measures and splits the interface's text itself (src/ui/fast-text.ts): for every
// character it claims, it must agree with string-width (both versions Ink uses) and Intl.Segmenter.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { fastWidth, lazySegmenter, SINGLE_COLUMN } from '../../src/ui/fast-text.js';

const require = createRequire(import.meta.url);
// wrap-ansi keeps string-width 7 of its own; load that copy the way wrap-ansi resolves it.
const wrapAnsiDir = dirname(require.resolve('wrap-ansi'));
const stringWidth7 = (await import(join(wrapAnsiDir, 'node_modules/string-width/index.js'))).default as (
  text: string,
) => number;

const claimed: string[] = [];
for (let code = 0; code <= 0xffff; code++) {
  const char = String.fromCharCode(code);
  if (SINGLE_COLUMN.test(char)) claimed.push(char);
}
const graphemes = (text: string) =>
  [...new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(text)].map((part) => part.segment);

describe('fast text measurement', () => {
  it('claims the characters the interface draws', () => {
    for (const char of 'aZ09 ¿¡áéíóúñÁÉÍÓÚÑü·«»–—…“”‹›←↑→↓≥×−•─│┌┼═█░▌▸◐★✓✗❯⠋⠼') expect(claimed).toContain(char);
    // Wide, zero-width and joining characters are left to the real packages.
    for (const char of ['\u0301', '\u200D', '\uFE0F', '\u00AD', '\u3042', '\u231A', '\u2705', '\u274C', '\uD83D'])
      expect(claimed).not.toContain(char);
  });

  it('agrees with string-width 8 and 7 on every claimed character, alone and in pairs', () => {
    const wrong = claimed.filter(
      (char) =>
        stringWidth(char) !== 1 ||
        stringWidth7(char) !== 1 ||
        stringWidth(char + char) !== 2 ||
        stringWidth7(`a${char}`) !== 2,
    );
    expect(wrong.map((char) => char.codePointAt(0)!.toString(16))).toEqual([]);
  });

  it('splits every claimed character into its own grapheme, as Intl.Segmenter does', () => {
    const joined = claimed.filter((char) => graphemes(`a${char}${char}a`).length !== 4);
    expect(joined.map((char) => char.codePointAt(0)!.toString(16))).toEqual([]);
  });

  it('measures text with escape codes like string-width, and leaves other text to it', () => {
    const styled = '\u001B[1m\u001B[36m❯ Continue: 00 Introducción\u001B[39m\u001B[22m';
    expect(fastWidth(styled)).toBe(stringWidth(styled));
    expect(fastWidth('Semana 1 · 0,5 días')).toBe(stringWidth('Semana 1 · 0,5 días'));
    expect(fastWidth('日本')).toBeUndefined();
    expect(fastWidth('e\u0301')).toBeUndefined();
    expect(fastWidth('ok ✅')).toBeUndefined();
    expect(fastWidth('abc', { ambiguousIsNarrow: false })).toBeUndefined();
  });

  it('segments like Intl.Segmenter, simple or not, with containing()', () => {
    const segmenter = lazySegmenter(undefined, { granularity: 'grapheme' });
    for (const text of ['\u001B[31mhola\u001B[39m\r\n', 'mañana → ✓', 'e\u0301 👍🏽 🇪🇸', '']) {
      const ours = [...segmenter.segment(text)].map(({ segment, index }) => [segment, index]);
      const real = [...new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(text)].map(
        ({ segment, index }) => [segment, index],
      );
      expect(ours).toEqual(real);
      expect(segmenter.segment(text).containing(1)?.segment).toBe(
        new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(text).containing(1)?.segment,
      );
    }
  });
});
