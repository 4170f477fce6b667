// A checkpoint answered in the lesson reader of the built binary, in a real pseudo-terminal at 60×20
// with NO_COLOR: missed on purpose, its explanation shown, then it is waiting in the review queue.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { loadContent } from '../../src/content/load.js';
import type { BankQuestion } from '../../src/core/quiz.js';
import type { Lang } from '../../src/core/types.js';
import { KEYS, startPty, type PtySession } from '../helpers/pty.js';
import { repoRoot } from '../helpers/syllabus.js';

const sessions: PtySession[] = [];
afterEach(() => {
  for (const session of sessions.splice(0)) session.kill();
});

const words = {
  en: {
    checkpoint: 'Checkpoint · Concepts',
    skip: 's skip',
    wrong: '✗ Incorrect',
    why: 'Why',
    home: 'd drill',
    review: 'Question 1/1',
  },
  es: {
    checkpoint: 'Punto de control · Conceptos',
    skip: 's saltar',
    wrong: '✗ Incorrecto',
    why: 'Por qué',
    home: 'd simulacro',
    review: 'Pregunta 1/1',
  },
};

// Module 03's first checkpoint, as the lesson maps it: its first question (single choice) and the second.
let first: BankQuestion;
beforeAll(() => {
  const content = loadContent(repoRoot);
  const ids = content.lessons.find((lesson) => lesson.meta.id === '03' && lesson.meta.lang === 'en')!.meta.checkpoints!
    .concepts!;
  first = content.questions.find((question) => question.id === ids[0])!;
  expect(first.type).toBe('single');
  expect(ids).toHaveLength(2);
});

/** The first words of an option, as the screen shows them (long options wrap). */
const opening = (text: string) => text.split(/\s+/).slice(0, 3).join(' ');

describe.each(['en', 'es'] as const)('a checkpoint in the lesson reader (%s)', (lang: Lang) => {
  it('missed in the reader, explained, then due in the review queue', async () => {
    const home = mkdtempSync(join(tmpdir(), 'mlops-pty-'));
    const cwd = mkdtempSync(join(tmpdir(), 'mlops-ws-'));
    writeFileSync(
      join(home, 'state.json'),
      JSON.stringify({
        schemaVersion: 1,
        profile: { language: lang, startDate: '2026-11-02', paceWeeks: 8, workspace: cwd, createdAt: 'x' },
        modules: {},
      }),
    );
    const session = startPty(['lesson', '03'], { home, cwd, cols: 60, rows: 20, env: { NO_COLOR: '1' } });
    sessions.push(session);
    const w = words[lang];
    await session.waitFor(lang === 'en' ? 'Lesson 03' : 'Lección 03');
    // Page down through Goals and Concepts: the reader stops at the end of Concepts
    let screen = '';
    for (let i = 0; i < 40 && !screen.includes(w.checkpoint); i++) {
      await session.type(' ');
      screen = await session.waitFor((text) => text !== screen, 3000).catch(() => session.screen());
    }
    screen = await session.waitFor(w.checkpoint);
    expect(screen).toContain(w.skip);
    for (const line of screen.split('\n')) expect([...line].length).toBeLessThanOrEqual(60);
    // A wrong option: any shown number but the right one's
    const right = opening(first.options![first.answer![0]!]![lang]);
    const rightNumber = new RegExp(`(\\d)\\. ${right.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`).exec(screen)?.[1];
    await session.type(rightNumber === '1' ? '2' : '1');
    screen = await session.waitFor(w.wrong);
    expect(screen).toContain(right);
    expect(screen).toContain(w.why);
    // The second question of the checkpoint: skipped with one key, reading goes on
    await session.type(KEYS.enter);
    await session.waitFor((text) => text.includes(w.skip) && !text.includes(w.wrong));
    await session.type('s');
    await session.waitFor((text) => !text.includes(w.checkpoint));
    // Back home, then the review: the missed checkpoint question is the one due
    await session.type('b');
    await session.waitFor(w.home);
    await session.type('r');
    screen = await session.waitFor(w.review);
    expect(screen).toContain(first.prompt[lang].split('\n')[0]!.trim());
    await session.type('q');
    expect(await session.exited).toBe(0);
    const stored = JSON.parse(readFileSync(join(home, 'state.json'), 'utf8'));
    expect(Object.keys(stored.cards)).toEqual([first.id]);
    expect(stored.questions[first.id].history[0]).toMatchObject({ score: 0, mode: 'quiz' });
  });
});
