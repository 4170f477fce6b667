// Issue 14, item 10: every screen redraws cleanly after the terminal shrinks to 40×10 and grows back
// to 80×24. The settings and check screens used to show their header three times: the terminal pulled
// old lines back from its scrollback and a short screen left them above it.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { KEYS, startPty, type PtySession } from '../helpers/pty.js';

const sessions: PtySession[] = [];
afterEach(() => {
  for (const session of sessions.splice(0)) session.kill();
});

function setUp(withProfile = true, withFolder = true) {
  const home = mkdtempSync(join(tmpdir(), 'mlops-resize-'));
  const workspace = mkdtempSync(join(tmpdir(), 'mlops-resize-ws-'));
  if (withFolder) mkdirSync(join(workspace, '00-intro'));
  if (withProfile) {
    const profile = {
      language: 'en',
      startDate: '2026-11-30',
      paceWeeks: 8,
      workspace,
      createdAt: '2026-11-30T00:00:00.000Z',
    };
    writeFileSync(
      join(home, 'state.json'),
      JSON.stringify({ schemaVersion: 2, profile, modules: {}, quizzes: [], questions: {}, drills: [], cards: {} }),
    );
  }
  return { home, workspace };
}

const rule = (width: number) => '─'.repeat(width);
const lines = (screen: string) => screen.split('\n');

const selected = (screen: string) =>
  lines(screen)
    .find((line) => line.startsWith('❯'))
    ?.replace(/^❯\s+/, '');

/** Presses ↓ until the home row `label` is selected, waiting for each move to be drawn. */
async function select(session: PtySession, label: string): Promise<void> {
  let current = selected(await session.waitFor((screen) => selected(screen) !== undefined));
  for (let i = 0; i < 40; i++) {
    if (current?.startsWith(label)) return;
    const before = current;
    await session.type(KEYS.down);
    current = selected(
      await session.waitFor((screen) => selected(screen) !== undefined && selected(screen) !== before),
    );
  }
  throw new Error(`No row "${label}" on home:\n${session.screen()}`);
}

/** The whole frame is drawn at this width: both rules and the key hints under them. */
const framed = (width: number) => (screen: string) => {
  const shown = lines(screen);
  return (
    shown.filter((line) => line === rule(width)).length >= 2 &&
    shown.at(-2) === rule(width) &&
    Boolean(shown.at(-1)?.trim())
  );
};

interface Case {
  name: string;
  args: string[];
  profile?: boolean;
  /** Without the module 00 folder in the workspace (the check screen then says so, in a short page). */
  noFolder?: boolean;
  /** Text the screen shows once it is open. */
  ready: string;
  open?: (session: PtySession) => Promise<void>;
}

const fromHome = (label: string) => async (session: PtySession) => {
  await session.waitFor('Continue: 00 Introduction');
  await select(session, label);
  await session.type(KEYS.enter);
};

const cases: Case[] = [
  { name: 'onboarding', args: [], profile: false, ready: 'Idioma / Language' },
  { name: 'home', args: [], ready: 'Continue: 00 Introduction' },
  { name: 'settings', args: [], ready: 'mlops-tutor · Settings', open: fromHome('Settings') },
  { name: 'plan', args: [], ready: 'mlops-tutor · Plan', open: fromHome('Plan by week') },
  { name: 'route', args: [], ready: 'mlops-tutor · Route', open: fromHome('Route') },
  { name: 'stats', args: [], ready: 'mlops-tutor · Stats', open: fromHome('Stats') },
  { name: 'deliverables', args: [], ready: 'mlops-tutor · Final deliverables', open: fromHome('Final deliverables') },
  {
    name: 'help',
    args: [],
    ready: 'mlops-tutor · Help',
    open: async (session) => {
      await session.waitFor('Continue: 00 Introduction');
      await session.type('?');
    },
  },
  { name: 'module', args: [], ready: 'Module 00 · Introduction', open: fromHome('Continue') },
  {
    name: 'check',
    args: [],
    // The score line comes once the run has ended: the results stream in before it while the header
    // still says "running", and a header that changes during the resize would fail the comparison.
    ready: 'Score: ',
    open: async (session) => {
      await fromHome('Continue')(session);
      await session.waitFor('Module 00 · Introduction');
      await session.type('c');
    },
  },
  {
    name: 'check, folder missing',
    args: [],
    noFolder: true,
    ready: 'does not exist',
    open: async (session) => {
      await fromHome('Continue')(session);
      await session.waitFor('Module 00 · Introduction');
      await session.type('c');
    },
  },
  { name: 'lesson', args: ['lesson', '00'], ready: 'Lesson 00 · Introduction' },
  { name: 'quiz', args: ['quiz', '00'], ready: 'Question 1/' },
  { name: 'drill setup', args: ['drill', '--level', 'junior'], ready: 'Start' },
  { name: 'review', args: ['review'], ready: 'mlops-tutor · Review' },
];

describe('every screen redraws cleanly after a resize (40×10, then back to 80×24)', () => {
  for (const entry of cases) {
    it(entry.name, { timeout: 60_000 }, async () => {
      const { home, workspace } = setUp(entry.profile ?? true, !entry.noFolder);
      const session = startPty(entry.args, { home, cwd: workspace, cols: 80, rows: 24 });
      sessions.push(session);
      await entry.open?.(session);
      const before = await session.waitFor((screen) => screen.includes(entry.ready) && framed(80)(screen));
      const title = lines(before)[0]!.trim();
      expect(title.length).toBeGreaterThan(0);

      session.resize(40, 10);
      // Redrawn at the narrow width (a tall screen such as onboarding cannot show both rules in 10 rows).
      await session.waitFor((screen) => lines(screen).some((line) => line === rule(40)));
      session.resize(80, 24);
      // The frame drawn at the new size (the first frame after a resize is Ink's, before React's).
      const after = await session
        .waitFor((screen) => framed(80)(screen) && lines(screen)[0]!.trim() === title)
        .catch(() => session.screen());

      // Then: the header once, at the top; the frame's two rules at the new width and none at the old one.
      const shown = lines(after);
      expect(shown[0]!.trim(), after).toBe(title);
      expect(
        shown.filter((line) => line.trim() === title),
        after,
      ).toHaveLength(1);
      expect(
        shown.filter((line) => line === rule(80)),
        after,
      ).toHaveLength(2);
      expect(
        shown.filter((line) => line.trim() === rule(40)),
        after,
      ).toEqual([]);
    });
  }
});
