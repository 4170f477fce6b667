import { describe, expect, it } from 'vitest';
import { checkKeyToAction } from '../../src/ui/keys/check.js';
import { checkpointKeyToAction } from '../../src/ui/keys/checkpoint.js';
import { drillSetupKeyToAction } from '../../src/ui/keys/drill-setup.js';
import { listKeyToAction } from '../../src/ui/keys/list.js';
import { moduleKeyToAction } from '../../src/ui/keys/module.js';
import { questionKeyToAction, type QuestionKeyContext } from '../../src/ui/keys/question.js';
import { contentsKeyToAction, readerKeyToAction } from '../../src/ui/keys/reader.js';
import { LINE_AND_PAGE_KEYS, PAGE_KEYS, PAGE_ONLY_KEYS, scrollKeyToAction } from '../../src/ui/keys/scroll.js';
import { adjustDrillOption } from '../../src/ui/practice/drill-screen.js';

const NOW = 1_000;

describe('scroll keys', () => {
  it('pages of text: a line, a page, the ends', () => {
    expect(scrollKeyToAction('j', {}, PAGE_KEYS)).toEqual({ type: 'line', delta: 1 });
    expect(scrollKeyToAction('', { downArrow: true }, PAGE_KEYS)).toEqual({ type: 'line', delta: 1 });
    expect(scrollKeyToAction('k', {}, PAGE_KEYS)).toEqual({ type: 'line', delta: -1 });
    expect(scrollKeyToAction(' ', {}, PAGE_KEYS)).toEqual({ type: 'page', delta: 1 });
    expect(scrollKeyToAction('', { pageDown: true }, PAGE_KEYS)).toEqual({ type: 'page', delta: 1 });
    expect(scrollKeyToAction('', { pageUp: true }, PAGE_KEYS)).toEqual({ type: 'page', delta: -1 });
    expect(scrollKeyToAction('g', {}, PAGE_KEYS)).toEqual({ type: 'start' });
    expect(scrollKeyToAction('G', {}, PAGE_KEYS)).toEqual({ type: 'end' });
    expect(scrollKeyToAction('x', {}, PAGE_KEYS)).toBeUndefined();
  });

  it('a question only pages: the arrows, space and digits answer', () => {
    expect(scrollKeyToAction('', { pageDown: true }, PAGE_ONLY_KEYS)).toEqual({ type: 'page', delta: 1 });
    expect(scrollKeyToAction('j', {}, PAGE_ONLY_KEYS)).toBeUndefined();
    expect(scrollKeyToAction(' ', {}, PAGE_ONLY_KEYS)).toBeUndefined();
    expect(scrollKeyToAction('G', {}, PAGE_ONLY_KEYS)).toBeUndefined();
  });

  it('results scroll by line and page, not with space or g/G', () => {
    expect(scrollKeyToAction('', { upArrow: true }, LINE_AND_PAGE_KEYS)).toEqual({ type: 'line', delta: -1 });
    expect(scrollKeyToAction(' ', {}, LINE_AND_PAGE_KEYS)).toBeUndefined();
    expect(scrollKeyToAction('g', {}, LINE_AND_PAGE_KEYS)).toBeUndefined();
  });
});

describe('lesson reader keys', () => {
  it('scrolls, opens the contents and the search, steps through matches once there are some', () => {
    expect(readerKeyToAction(' ', {}, { hasMatches: false })).toEqual({
      type: 'scroll',
      scroll: { type: 'page', delta: 1 },
    });
    expect(readerKeyToAction('t', {}, { hasMatches: false })).toEqual({ type: 'contents' });
    expect(readerKeyToAction('/', {}, { hasMatches: false })).toEqual({ type: 'search' });
    expect(readerKeyToAction('n', {}, { hasMatches: false })).toBeUndefined();
    expect(readerKeyToAction('n', {}, { hasMatches: true })).toEqual({ type: 'match', delta: 1 });
    expect(readerKeyToAction('N', {}, { hasMatches: true })).toEqual({ type: 'match', delta: -1 });
  });
  it('b closes the contents', () => {
    expect(contentsKeyToAction('b')).toBe('close');
    expect(contentsKeyToAction('q')).toBeUndefined();
  });
});

describe('list keys', () => {
  it('moves, pages and selects', () => {
    expect(listKeyToAction('j', {})).toEqual({ type: 'move', delta: 1 });
    expect(listKeyToAction('', { upArrow: true })).toEqual({ type: 'move', delta: -1 });
    expect(listKeyToAction('', { pageDown: true })).toEqual({ type: 'page', delta: 1 });
    expect(listKeyToAction('', { return: true })).toEqual({ type: 'select' });
    expect(listKeyToAction(' ', {})).toBeUndefined();
  });
});

describe('question keys', () => {
  const context = (phase: QuestionKeyContext['phase'], more: Partial<QuestionKeyContext> = {}): QuestionKeyContext => ({
    phase,
    now: NOW,
    confirmQuit: false,
    confirmLeave: false,
    ...more,
  });

  it('answers with the cursor, space, digits and Enter; n opens the notes', () => {
    expect(questionKeyToAction('', { downArrow: true }, context('answer'))).toEqual({
      type: 'dispatch',
      actions: [{ type: 'move', delta: 1 }],
    });
    expect(questionKeyToAction('k', {}, context('answer'))).toEqual({
      type: 'dispatch',
      actions: [{ type: 'move', delta: -1 }],
    });
    expect(questionKeyToAction(' ', {}, context('answer'))).toEqual({
      type: 'dispatch',
      actions: [{ type: 'toggle' }],
    });
    expect(questionKeyToAction('3', {}, context('answer'))).toEqual({
      type: 'dispatch',
      actions: [{ type: 'digit', digit: 3, now: NOW }],
    });
    expect(questionKeyToAction('', { return: true }, context('reveal'))).toEqual({
      type: 'dispatch',
      actions: [{ type: 'submit', now: NOW }],
    });
    expect(questionKeyToAction('n', {}, context('answer'))).toEqual({ type: 'dispatch', actions: [{ type: 'notes' }] });
    expect(questionKeyToAction('0', {}, context('answer'))).toBeUndefined();
  });

  it('types notes as text: a pasted chunk with a Backspace ends at its Enter', () => {
    expect(questionKeyToAction('ab\u007fc\rzz', {}, context('notes'))).toEqual({
      type: 'dispatch',
      actions: [
        { type: 'type', text: 'a' },
        { type: 'type', text: 'b' },
        { type: 'erase' },
        { type: 'type', text: 'c' },
        { type: 'submit', now: NOW },
      ],
    });
    expect(questionKeyToAction('q', {}, context('notes'))).toEqual({
      type: 'dispatch',
      actions: [{ type: 'type', text: 'q' }],
    });
    expect(questionKeyToAction('', { backspace: true }, context('notes'))).toEqual({
      type: 'dispatch',
      actions: [{ type: 'erase' }],
    });
    expect(questionKeyToAction('', { upArrow: true }, context('notes'))).toBeUndefined();
  });

  it('the quit question takes y/s/Enter and n/b/Esc in both languages', () => {
    for (const input of ['y', 'S'])
      expect(questionKeyToAction(input, {}, context('confirm-quit'))).toEqual({
        type: 'dispatch',
        actions: [{ type: 'quit', confirm: true, now: NOW }],
      });
    for (const input of ['n', 'b'])
      expect(questionKeyToAction(input, {}, context('confirm-quit'))).toEqual({
        type: 'dispatch',
        actions: [{ type: 'quit', confirm: false, now: NOW }],
      });
    expect(questionKeyToAction('', { escape: true }, context('confirm-quit'))).toEqual({
      type: 'dispatch',
      actions: [{ type: 'quit', confirm: false, now: NOW }],
    });
    expect(questionKeyToAction('j', {}, context('confirm-quit'))).toBeUndefined();
  });

  it('a drill asks before quitting and has no back; a quiz with answers asks before both', () => {
    expect(questionKeyToAction('q', {}, context('answer', { confirmQuit: true }))).toEqual({
      type: 'dispatch',
      actions: [{ type: 'ask-quit' }],
    });
    expect(questionKeyToAction('b', {}, context('answer', { confirmQuit: true }))).toBeUndefined();
    expect(questionKeyToAction('q', {}, context('answer'))).toEqual({ type: 'quit' });
    expect(questionKeyToAction('b', {}, context('feedback'))).toEqual({ type: 'back' });
    expect(questionKeyToAction('b', {}, context('answer', { confirmLeave: true }))).toEqual({
      type: 'confirm-leave',
      intent: 'back',
    });
    expect(questionKeyToAction('q', {}, context('answer', { confirmLeave: true }))).toEqual({
      type: 'confirm-leave',
      intent: 'quit',
    });
    expect(questionKeyToAction('?', {}, context('feedback'))).toEqual({ type: 'help' });
  });

  it('feedback offers its keys to the screen first, Enter goes on', () => {
    expect(questionKeyToAction('2', {}, context('feedback'))).toEqual({
      type: 'feedback',
      input: '2',
      enter: false,
      otherwise: undefined,
    });
    expect(questionKeyToAction('', { return: true }, context('feedback'))).toEqual({
      type: 'feedback',
      input: '',
      enter: true,
      otherwise: { type: 'next', now: NOW },
    });
  });

  it('does nothing once the run is done', () => {
    expect(questionKeyToAction('q', {}, context('done'))).toBeUndefined();
  });
});

describe('lesson checkpoint keys', () => {
  const at = (phase: 'answer' | 'feedback' | 'done', cursor = 0) => ({ phase, cursor, now: NOW });
  it('never traps the reader: s skips, t contents, PgUp and ↑ on the first option go back to the text', () => {
    expect(checkpointKeyToAction('s', {}, at('answer'))).toEqual({ type: 'skip' });
    expect(checkpointKeyToAction('t', {}, at('feedback'))).toEqual({ type: 'contents' });
    expect(checkpointKeyToAction('', { pageUp: true }, at('answer', 2))).toEqual({ type: 'back-to-text', by: 'page' });
    expect(checkpointKeyToAction('', { upArrow: true }, at('answer', 0))).toEqual({ type: 'back-to-text', by: 'line' });
    expect(checkpointKeyToAction('k', {}, at('answer', 1))).toEqual({
      type: 'dispatch',
      action: { type: 'move', delta: -1 },
    });
  });
  it('answers like a quiz, then scrolls the feedback a line at a time', () => {
    expect(checkpointKeyToAction('2', {}, at('answer'))).toEqual({
      type: 'dispatch',
      action: { type: 'digit', digit: 2, now: NOW },
    });
    expect(checkpointKeyToAction('j', {}, at('feedback'))).toEqual({
      type: 'scroll',
      scroll: { type: 'line', delta: 1 },
    });
    expect(checkpointKeyToAction('', { pageDown: true }, at('feedback'))).toBeUndefined();
    expect(checkpointKeyToAction('', { return: true }, at('feedback'))).toEqual({
      type: 'dispatch',
      action: { type: 'next', now: NOW },
    });
    expect(checkpointKeyToAction('s', {}, at('done'))).toBeUndefined();
  });
});

describe('drill setup keys', () => {
  it('moves between fields, changes a value, starts', () => {
    expect(drillSetupKeyToAction('j', {})).toEqual({ type: 'field', delta: 1 });
    expect(drillSetupKeyToAction('', { leftArrow: true })).toEqual({ type: 'adjust', step: -1 });
    expect(drillSetupKeyToAction('', { rightArrow: true })).toEqual({ type: 'adjust', step: 1 });
    expect(drillSetupKeyToAction('', { return: true })).toEqual({ type: 'start' });
    expect(drillSetupKeyToAction('?', {})).toEqual({ type: 'help' });
    expect(drillSetupKeyToAction('x', {})).toBeUndefined();
  });
  it('a level brings its defaults; count and minutes stay in range', () => {
    const options = { level: 'junior' as const, count: 1, minutes: 240 };
    expect(adjustDrillOption(options, 1, -1).count).toBe(1);
    expect(adjustDrillOption(options, 2, 1).minutes).toBe(240);
    expect(adjustDrillOption(options, 2, -1).minutes).toBe(239);
    const next = adjustDrillOption(options, 0, 1);
    expect(next.level).not.toBe('junior');
    expect(next.count).toBeGreaterThan(1);
  });
});

describe('module and check screen keys', () => {
  it('module: l lesson, c check, z quiz', () => {
    expect(moduleKeyToAction('l')).toBe('lesson');
    expect(moduleKeyToAction('c')).toBe('check');
    expect(moduleKeyToAction('z')).toBe('quiz');
    expect(moduleKeyToAction('x')).toBeUndefined();
  });
  it('check: r only when idle; w toggles watch mode and stops the run it started', () => {
    const base = { idle: false, prepared: true, watching: false, running: true };
    expect(checkKeyToAction('r', base)).toBeUndefined();
    expect(checkKeyToAction('r', { ...base, idle: true, running: false })).toEqual({ type: 'rerun' });
    expect(checkKeyToAction('w', base)).toEqual({ type: 'watch', on: true, stopRun: false });
    expect(checkKeyToAction('w', { ...base, watching: true })).toEqual({ type: 'watch', on: false, stopRun: true });
    expect(checkKeyToAction('w', { ...base, prepared: false })).toBeUndefined();
  });
});
