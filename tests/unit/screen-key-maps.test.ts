import { describe, expect, it } from 'vitest';
import { textKeyToAction } from '../../src/ui/keys/text.js';
import { appKeyToAction, helpOverlayKeyToAction, onboardingKeyToAction } from '../../src/ui/keys/app.js';
import { deliverablesKeyToAction, planKeyToAction } from '../../src/ui/keys/plan.js';
import {
  ratingCursorKeyToAction,
  reviewFeedbackKeyToAction,
  reviewResultsKeyToAction,
} from '../../src/ui/keys/review.js';
import { homeKeyToAction } from '../../src/ui/keys/home.js';
import {
  confirmStopKeyToAction,
  pitchCardsKeyToAction,
  pitchHelpKeyToAction,
  pitchRatingKeyToAction,
  pitchSetupKeyToAction,
  speechKeyToAction,
} from '../../src/ui/keys/pitch.js';
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

describe('pitch speech, setup and help keys', () => {
  it('asks before stopping: y, s or Enter stop, any other key goes on', () => {
    expect(confirmStopKeyToAction('s', {})).toBe('stop');
    expect(confirmStopKeyToAction('', { return: true })).toBe('stop');
    expect(confirmStopKeyToAction('n', {})).toBe('go-on');
  });
  it('speech: Enter next part, n a note, q/b asks to stop', () => {
    expect(speechKeyToAction('', { return: true })).toBe('next');
    expect(speechKeyToAction('n', {})).toBe('note');
    expect(speechKeyToAction('q', {})).toBe('stop');
    expect(speechKeyToAction('x', {})).toBeUndefined();
  });
  it('setup: fields, values, Enter', () => {
    expect(pitchSetupKeyToAction('j', {})).toEqual({ type: 'field', delta: 1 });
    expect(pitchSetupKeyToAction('', { leftArrow: true })).toEqual({ type: 'cycle', step: -1 });
    expect(pitchSetupKeyToAction('', { return: true })).toEqual({ type: 'enter' });
  });
  it('help: ? opens; ?, b, Esc close; q quits only from the help', () => {
    expect(pitchHelpKeyToAction('?', {}, { open: false })).toBe('open');
    expect(pitchHelpKeyToAction('', { escape: true }, { open: true })).toBe('close');
    expect(pitchHelpKeyToAction('q', {}, { open: true })).toBe('quit');
    expect(pitchHelpKeyToAction('q', {}, { open: false })).toBeUndefined();
  });
});

describe('review keys', () => {
  it('an open answer waits for 1–4 or Enter on the chosen rating', () => {
    expect(reviewFeedbackKeyToAction('3', false, { openPending: true, rated: false })).toEqual({
      type: 'rate',
      choice: 2,
    });
    expect(reviewFeedbackKeyToAction('', true, { openPending: true, rated: false })).toEqual({ type: 'rate-chosen' });
    expect(reviewFeedbackKeyToAction('5', false, { openPending: true, rated: false })).toBeUndefined();
  });
  it('a rated card takes 1–4 again; Enter then goes on (not taken here)', () => {
    expect(reviewFeedbackKeyToAction('1', false, { openPending: false, rated: true })).toEqual({
      type: 'rerate',
      choice: 0,
    });
    expect(reviewFeedbackKeyToAction('', true, { openPending: false, rated: true })).toBeUndefined();
    expect(reviewFeedbackKeyToAction('1', false, { openPending: false, rated: false })).toBeUndefined();
  });
  it('↑/↓ move over the ratings; l lists the cards on the results', () => {
    expect(ratingCursorKeyToAction({ upArrow: true })).toBe(-1);
    expect(ratingCursorKeyToAction({ downArrow: true })).toBe(1);
    expect(reviewResultsKeyToAction('l')).toBe('browse');
  });
});

describe('help, onboarding, plan and deliverables keys', () => {
  it('closes a help page with ?, b or Esc', () => {
    expect(helpOverlayKeyToAction('b', {})).toBe('close');
    expect(helpOverlayKeyToAction('', { escape: true })).toBe('close');
    expect(helpOverlayKeyToAction('q', {})).toBeUndefined();
  });
  it('onboarding goes back with Shift-Tab, and with b only outside a text step', () => {
    expect(onboardingKeyToAction('', { tab: true, shift: true }, { textStep: true })).toBe('back');
    expect(onboardingKeyToAction('b', {}, { textStep: false })).toBe('back');
    expect(onboardingKeyToAction('b', {}, { textStep: true })).toBeUndefined();
  });
  it('f opens the deliverables from the plan; c checks from the deliverables', () => {
    expect(planKeyToAction('f')).toBe('deliverables');
    expect(deliverablesKeyToAction('c')).toBe('check');
    expect(deliverablesKeyToAction('f')).toBeUndefined();
  });
});

describe('text keys', () => {
  it('type, erase, submit; Esc and Shift-Tab cancel only where the text can be left', () => {
    expect(textKeyToAction('ab', {}, { cancel: true })).toEqual({ type: 'chunk', chunk: 'ab' });
    expect(textKeyToAction('', { backspace: true }, { cancel: true })).toEqual({ type: 'erase' });
    expect(textKeyToAction('', { return: true }, { cancel: true })).toEqual({ type: 'submit' });
    expect(textKeyToAction('', { escape: true }, { cancel: true })).toEqual({ type: 'cancel' });
    expect(textKeyToAction('', { tab: true, shift: true }, { cancel: true })).toEqual({ type: 'cancel' });
    expect(textKeyToAction('', { escape: true }, { cancel: false })).toBeUndefined();
    expect(textKeyToAction('x', { ctrl: true }, { cancel: false })).toBeUndefined();
  });
});
