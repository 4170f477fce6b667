import { describe, expect, it } from 'vitest';
import { appKeyToAction } from '../../src/ui/keys/app.js';
import { homeKeyToAction } from '../../src/ui/keys/home.js';
import { pitchCardsKeyToAction, pitchRatingKeyToAction } from '../../src/ui/keys/pitch.js';
import { cardBrowserKeyToAction, resultKeyToAction, statsKeyToAction } from '../../src/ui/keys/results.js';

describe('global keys', () => {
  it('q quits, ? helps, b goes back unless the screen uses it', () => {
    expect(appKeyToAction('q', { backCaptured: false })).toBe('quit');
    expect(appKeyToAction('?', { backCaptured: false })).toBe('help');
    expect(appKeyToAction('b', { backCaptured: false })).toBe('back');
    expect(appKeyToAction('b', { backCaptured: true })).toBeUndefined();
    expect(appKeyToAction('x', { backCaptured: false })).toBeUndefined();
  });
});

describe('home keys', () => {
  const shortcuts = new Set(['d', 'r']);
  it('opens the finder and the shortcut screens', () => {
    expect(homeKeyToAction('/', {}, { finding: false, shortcuts })).toEqual({ type: 'find' });
    expect(homeKeyToAction('d', {}, { finding: false, shortcuts })).toEqual({ type: 'shortcut', letter: 'd' });
    expect(homeKeyToAction('z', {}, { finding: false, shortcuts })).toBeUndefined();
  });
  it('while finding, letters are the query (a shortcut letter too)', () => {
    expect(homeKeyToAction('d', {}, { finding: true, shortcuts })).toEqual({ type: 'type', chunk: 'd' });
    expect(homeKeyToAction('', { backspace: true }, { finding: true, shortcuts })).toEqual({ type: 'erase' });
    expect(homeKeyToAction('', { escape: true }, { finding: true, shortcuts })).toEqual({ type: 'close-find' });
    expect(homeKeyToAction('', { downArrow: true }, { finding: true, shortcuts })).toBeUndefined();
  });
});

describe('results, stats and card browser keys', () => {
  it('results: Enter or b back, q quit, ? help', () => {
    expect(resultKeyToAction('', { return: true })).toBe('back');
    expect(resultKeyToAction('b', {})).toBe('back');
    expect(resultKeyToAction('q', {})).toBe('quit');
    expect(resultKeyToAction('?', {})).toBe('help');
  });
  it('stats: Enter practises only when there are weak topics', () => {
    expect(statsKeyToAction('', { return: true }, { canPractise: true })).toBe('practise');
    expect(statsKeyToAction('', { return: true }, { canPractise: false })).toBeUndefined();
    expect(statsKeyToAction('b', {}, { canPractise: true })).toBe('back');
  });
  it('cards: x and d need a card; deleting asks first (y/s yes, n/b no)', () => {
    expect(cardBrowserKeyToAction('x', { confirming: false, hasSelection: true })).toBe('suspend');
    expect(cardBrowserKeyToAction('d', { confirming: false, hasSelection: false })).toBeUndefined();
    expect(cardBrowserKeyToAction('d', { confirming: false, hasSelection: true })).toBe('ask-delete');
    expect(cardBrowserKeyToAction('s', { confirming: true, hasSelection: true })).toBe('delete');
    expect(cardBrowserKeyToAction('b', { confirming: true, hasSelection: true })).toBe('keep');
    expect(cardBrowserKeyToAction('q', { confirming: true, hasSelection: true })).toBeUndefined();
  });
});

describe('pitch keys', () => {
  it('cards: ←/→ part, ↑/↓ level', () => {
    expect(pitchCardsKeyToAction('', { leftArrow: true })).toEqual({ type: 'part', step: -1 });
    expect(pitchCardsKeyToAction('j', {})).toEqual({ type: 'level', step: 1 });
    expect(pitchCardsKeyToAction('', { upArrow: true })).toEqual({ type: 'level', step: -1 });
    expect(pitchCardsKeyToAction('b', {})).toEqual({ type: 'back' });
  });
  it('rating: a point, its rating, a digit, Enter, stop', () => {
    expect(pitchRatingKeyToAction('k', {})).toEqual({ type: 'move', delta: -1 });
    expect(pitchRatingKeyToAction('', { rightArrow: true })).toEqual({ type: 'nudge', step: 1 });
    expect(pitchRatingKeyToAction('2', {})).toEqual({ type: 'rate', rating: 2 });
    expect(pitchRatingKeyToAction('3', {})).toBeUndefined();
    expect(pitchRatingKeyToAction('', { return: true })).toEqual({ type: 'enter' });
    expect(pitchRatingKeyToAction('b', {})).toEqual({ type: 'stop' });
  });
});
