import { describe, expect, it } from 'vitest';
import { SPINNER_FRAMES, spinnerFrame } from '../../src/ui/spinner.js';

describe('spinner', () => {
  it('cycles through its frames, for any tick', () => {
    const seen = Array.from({ length: SPINNER_FRAMES.length * 2 }, (_, tick) => spinnerFrame(tick));
    expect(new Set(seen).size).toBe(SPINNER_FRAMES.length);
    expect(spinnerFrame(SPINNER_FRAMES.length)).toBe(spinnerFrame(0));
    expect(spinnerFrame(-1)).toBe(SPINNER_FRAMES[SPINNER_FRAMES.length - 1]);
  });
});
