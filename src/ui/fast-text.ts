// Text measurement without ICU for the text the interface draws almost always. Ink measures and
// slices every line with string-width and Intl.Segmenter; building their Unicode emoji regexes
// and the first segmenter costs tens of milliseconds at start-up, before any frame. The bundle
// (scripts/build.ts) routes those packages through this file: text made only of characters that
// are one column wide and one grapheme each (Latin, Greek, Cyrillic, punctuation, arrows, box
// drawing, the UI's symbols) is measured and split here; anything else goes to the real packages,
// loaded on first need. tests/unit/fast-text.test.ts checks every character of the set against them.

import stripAnsi from 'strip-ansi';

/** One column, one grapheme each, never joined with a neighbour. */
const SINGLE =
  '\\x20-\\x7e\\xa0-\\xa8\\xaa-\\xac\\xaf-\\u02ff\\u0370-\\u0482\\u048a-\\u052f\\u2010-\\u2027\\u202f-\\u203b\\u203d-\\u2048\\u204a-\\u205e' +
  '\\u20a0-\\u20c0\\u2100-\\u2121\\u2123-\\u2138\\u213a-\\u2193\\u219a-\\u21a8\\u21ab-\\u2319\\u231c-\\u2327\\u232b-\\u23ce\\u23d0-\\u23e8' +
  '\\u23f4-\\u23f7\\u23fb-\\u23ff\\u2500-\\u25a9\\u25ac-\\u25b5\\u25b7-\\u25bf\\u25c1-\\u25fa\\u25ff\\u2605-\\u260d\\u2713\\u2715\\u2717-\\u271c' +
  '\\u2765-\\u2794\\u2800-\\u28ff';

export const SINGLE_COLUMN = new RegExp(`^[${SINGLE}]*$`);
/** Also control characters (escape codes): each is a grapheme of its own, except CR LF together. */
const SINGLE_GRAPHEMES = new RegExp(`^[\\x00-\\x0c\\x0e-\\x1f\\x7f${SINGLE}]*$`);

/** The width string-width would give, or undefined when only string-width can tell. */
export function fastWidth(
  text: unknown,
  options?: { ambiguousIsNarrow?: boolean; countAnsiEscapeCodes?: boolean },
): number | undefined {
  if (typeof text !== 'string' || options?.ambiguousIsNarrow === false || options?.countAnsiEscapeCodes)
    return undefined;
  // string-width strips escape codes with this same package before it measures.
  const visible = text.includes('\u001B') || text.includes('\u009B') ? stripAnsi(text) : text;
  return SINGLE_COLUMN.test(visible) ? visible.length : undefined;
}

interface Segment {
  segment: string;
  index: number;
  input: string;
}

interface Segments extends Iterable<Segment> {
  containing(index?: number): Segment | undefined;
}

function singleSegments(input: string): Segments {
  const at = (index: number): Segment => ({ segment: input[index]!, index, input });
  return {
    *[Symbol.iterator]() {
      for (let index = 0; index < input.length; index++) yield at(index);
    },
    containing: (index = 0) => (index >= 0 && index < input.length ? at(Math.trunc(index)) : undefined),
  };
}

/** An Intl.Segmenter (graphemes) built on first need: simple text is split here, one char each. */
export function lazySegmenter(
  locales?: string | string[],
  options?: Intl.SegmenterOptions,
): { segment(input: string): Segments } {
  let real: Intl.Segmenter | undefined;
  const grapheme = (options?.granularity ?? 'grapheme') === 'grapheme';
  return {
    segment(input: string): Segments {
      if (grapheme && SINGLE_GRAPHEMES.test(input)) return singleSegments(input);
      real ??= new Intl.Segmenter(locales, options);
      return real.segment(input);
    },
  };
}
