import { describe, expect, it } from 'vitest';
import { eventually } from './eventually.js';

describe('eventually', () => {
  it('resolves once the assertion holds', async () => {
    let polls = 0;
    await eventually(() => expect(++polls).toBeGreaterThanOrEqual(3));
    expect(polls).toBe(3);
  });

  it('rethrows the last failure when it never holds', async () => {
    await expect(eventually(() => expect('home').toBe('lesson'), { timeoutMs: 50 })).rejects.toThrow(
      /expected 'home' to be 'lesson'/,
    );
  });

  it('with a stable window, a pass that flickers back to failing starts the window again', async () => {
    // Passes on poll 2 only, then fails on 3, then passes from poll 4 on.
    const outcomes = [false, true, false];
    let polls = 0;
    await eventually(() => expect(outcomes[polls++] ?? true).toBe(true), { stableMs: 40, intervalMs: 5 });
    // Not done on poll 2 (the flicker), nor on poll 4 (where the window starts again).
    expect(polls).toBeGreaterThanOrEqual(5);
  });

  it('with a stable window, fails when the assertion stops holding and never settles', async () => {
    let polls = 0;
    await expect(
      eventually(() => expect(polls++ % 2).toBe(0), { timeoutMs: 60, stableMs: 30, intervalMs: 5 }),
    ).rejects.toThrow();
  });
});
