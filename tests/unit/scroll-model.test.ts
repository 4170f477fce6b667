import { describe, expect, it } from 'vitest';
import {
  clampTop,
  focusTop,
  isForward,
  keepVisible,
  maxTop,
  pageStep,
  scrollTop,
  type ScrollAction,
} from '../../src/ui/scroll/model.js';
import { nextSelection } from '../../src/ui/scroll/selection.js';

const at = (top: number, action: ScrollAction, height = 10, total = 50) => scrollTop({ top, height, total }, action);

describe('scroll model', () => {
  it('moves a line, a page (one line kept) and to the ends', () => {
    expect(at(0, { type: 'line', delta: 1 })).toBe(1);
    expect(at(5, { type: 'line', delta: -1 })).toBe(4);
    expect(at(0, { type: 'page', delta: 1 })).toBe(9);
    expect(at(20, { type: 'page', delta: -1 })).toBe(11);
    expect(at(20, { type: 'start' })).toBe(0);
    expect(at(0, { type: 'end' })).toBe(40);
    expect(at(0, { type: 'to', line: 33 })).toBe(33);
  });

  it('never goes before the start or past the last full window', () => {
    expect(at(0, { type: 'line', delta: -1 })).toBe(0);
    expect(at(40, { type: 'line', delta: 1 })).toBe(40);
    expect(at(38, { type: 'page', delta: 1 })).toBe(40);
    expect(at(3, { type: 'page', delta: -1 })).toBe(0);
    expect(at(0, { type: 'to', line: 99 })).toBe(40);
    expect(at(0, { type: 'to', line: -4 })).toBe(0);
  });

  it('acts from a clamped top when the window grew or the text shrank', () => {
    // Top 45 of 50 lines is past the end for a 10-line window: one line up is 39, not 44.
    expect(at(45, { type: 'line', delta: -1 })).toBe(39);
    expect(clampTop(45, 10, 50)).toBe(40);
  });

  it('does not scroll text that fits', () => {
    expect(maxTop(10, 4)).toBe(0);
    expect(at(0, { type: 'end' }, 10, 4)).toBe(0);
    expect(at(0, { type: 'page', delta: 1 }, 10, 4)).toBe(0);
  });

  it('pages at least one line in a tiny window', () => {
    expect(pageStep(1)).toBe(1);
    expect(pageStep(20)).toBe(19);
    expect(at(0, { type: 'page', delta: 1 }, 1, 5)).toBe(1);
  });

  it('says which actions move forward (what a checkpoint stops)', () => {
    expect(isForward({ type: 'line', delta: 1 })).toBe(true);
    expect(isForward({ type: 'page', delta: 1 })).toBe(true);
    expect(isForward({ type: 'page', delta: -1 })).toBe(false);
    expect(isForward({ type: 'end' })).toBe(false);
  });

  it('keeps a line visible with the least movement', () => {
    expect(keepVisible(0, 0, 0, 5, 20)).toBe(0);
    expect(keepVisible(0, 7, 7, 5, 20)).toBe(3);
    expect(keepVisible(3, 2, 2, 5, 20)).toBe(2);
    expect(keepVisible(0, 19, 19, 5, 20)).toBe(15);
    expect(keepVisible(0, 3, 3, 10, 4)).toBe(0);
    // A range taller than the window shows its start.
    expect(keepVisible(0, 6, 14, 5, 20)).toBe(6);
  });

  it('follows a focus from the top of the page', () => {
    expect(focusTop(undefined, 5, 20)).toBe(0);
    expect(focusTop([2, 3], 5, 20)).toBe(0);
    expect(focusTop([6, 7], 5, 20)).toBe(3);
    expect(focusTop([18, 19], 5, 20)).toBe(15);
  });
});

describe('list selection', () => {
  // Rows 0 and 4 are headings.
  const selectable = [1, 2, 3, 5, 6, 7, 8, 9];
  it('moves a row, skipping headings, and stops at the ends', () => {
    expect(nextSelection(selectable, 3, { type: 'move', delta: 1 }, 3)).toBe(5);
    expect(nextSelection(selectable, 5, { type: 'move', delta: -1 }, 3)).toBe(3);
    expect(nextSelection(selectable, 1, { type: 'move', delta: -1 }, 3)).toBe(1);
    expect(nextSelection(selectable, 9, { type: 'move', delta: 1 }, 3)).toBe(9);
  });
  it('moves a window at a time, to the first or last row at the ends', () => {
    expect(nextSelection(selectable, 1, { type: 'page', delta: 1 }, 3)).toBe(5);
    expect(nextSelection(selectable, 8, { type: 'page', delta: 1 }, 3)).toBe(9);
    expect(nextSelection(selectable, 7, { type: 'page', delta: -1 }, 3)).toBe(3);
    expect(nextSelection(selectable, 2, { type: 'page', delta: -1 }, 3)).toBe(1);
  });
  it('does not move on select', () => {
    expect(nextSelection(selectable, 6, { type: 'select' }, 3)).toBe(6);
  });
});
