// Numbers and relative times are written without Intl (its ICU data was slow to load on the key that
// opened a drill or the review): they must read exactly as Intl would write them, in es and en.
import { describe, expect, it } from 'vitest';
import { formatRelative, relativeTime } from '../../src/core/relative-time.js';
import { formatNumber } from '../../src/core/text.js';

const LANGS = ['en', 'es'] as const;

describe('numbers and relative times as Intl writes them', () => {
  it('formatNumber agrees with Intl.NumberFormat (no grouping) on halves, negatives and long decimals', () => {
    const values = [
      0,
      -0,
      1,
      2.5,
      2.45,
      2.55,
      1.005,
      0.05,
      -0.04,
      -2.5,
      10,
      100.25,
      1234.5,
      99.95,
      0.1 + 0.2,
      12345678.9,
    ];
    for (let i = -500; i <= 500; i++) values.push(i / 37);
    for (const lang of LANGS)
      for (const decimals of [0, 1, 2])
        for (const value of values)
          expect(formatNumber(lang, value, decimals)).toBe(
            new Intl.NumberFormat(lang, { maximumFractionDigits: decimals, useGrouping: false }).format(value),
          );
  });

  it('formatRelative agrees with Intl.RelativeTimeFormat (numeric: auto), named days and grouping included', () => {
    const values = [999, 1000, 1001, 9999, 10_000, 123_456, -1000, -10_000];
    for (let i = -120; i <= 120; i++) values.push(i);
    for (const lang of LANGS)
      for (const unit of ['minute', 'hour', 'day'] as const)
        for (const value of values)
          expect(formatRelative(lang, value, unit)).toBe(
            new Intl.RelativeTimeFormat(lang, { numeric: 'auto' }).format(value, unit),
          );
  });

  it('relativeTime picks minutes, hours or days', () => {
    const now = Date.UTC(2026, 11, 2, 12);
    expect(relativeTime('en', now, now + 10 * 60_000)).toBe('in 10 minutes');
    expect(relativeTime('es', now, now + 3 * 3_600_000)).toBe('dentro de 3 horas');
    expect(relativeTime('es', now, now + 24 * 3_600_000)).toBe('mañana');
    expect(relativeTime('en', now, now + 5 * 86_400_000)).toBe('in 5 days');
  });
});
