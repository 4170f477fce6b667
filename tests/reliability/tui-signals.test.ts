// The interface writes a change a moment after it shows it (off the key's path): a session ended by a
// signal right after a key (a closed terminal, `kill`) must still have written it.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { KEYS, startPty, type PtySession } from '../helpers/pty.js';

const sessions: PtySession[] = [];
afterEach(() => {
  for (const session of sessions.splice(0)) session.kill();
});

function home(): string {
  const dir = mkdtempSync(join(tmpdir(), 'mlops-tui-signal-'));
  const profile = {
    language: 'en',
    startDate: '2026-11-30',
    paceWeeks: 8,
    workspace: dir,
    createdAt: '2026-11-30T00:00:00.000Z',
  };
  writeFileSync(
    join(dir, 'state.json'),
    JSON.stringify({ schemaVersion: 2, profile, modules: {}, quizzes: [], questions: {}, drills: [], cards: {} }),
  );
  return dir;
}

describe('a session ended by a signal', () => {
  for (const [signal, code] of [
    ['SIGTERM', 143],
    ['SIGHUP', 129],
  ] as const)
    it(`keeps what the last key changed (${signal})`, { timeout: 60_000 }, async () => {
      const dir = home();
      const session = startPty([], { home: dir, cwd: dir });
      sessions.push(session);
      await session.waitFor('Continue: 00 Introduction');
      // Opening a module records that it was started; the signal follows the screen at once.
      await session.type(KEYS.enter);
      await session.waitFor('Module 00 · Introduction');
      session.kill(signal);
      expect(await session.exited).toBe(code);
      const modules = JSON.parse(readFileSync(join(dir, 'state.json'), 'utf8')).modules;
      expect(modules['00']?.startedAt).toMatch(/^\d{4}-/);
    });
});
