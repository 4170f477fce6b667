// Issue 14, item 3 (the interface side): while another process holds the progress lock, the interface
// keeps answering keys — the change is shown at once and written when the lock is free. The wait used
// to be synchronous: the screen froze for 15 s, then the interface crashed.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { KEYS, startPty, type PtySession } from '../helpers/pty.js';

const sessions: PtySession[] = [];
const holders: ChildProcess[] = [];
afterEach(() => {
  for (const session of sessions.splice(0)) session.kill();
  for (const holder of holders.splice(0)) holder.kill('SIGKILL');
});

describe('the interface while another process holds the lock', () => {
  it('opens the module at once, saves it once the holder is gone, and quits with 0', { timeout: 60_000 }, async () => {
    const home = mkdtempSync(join(tmpdir(), 'mlops-tui-lock-'));
    const profile = {
      language: 'en',
      startDate: '2026-11-30',
      paceWeeks: 8,
      workspace: home,
      createdAt: '2026-11-30T00:00:00.000Z',
    };
    writeFileSync(
      join(home, 'state.json'),
      JSON.stringify({ schemaVersion: 2, profile, modules: {}, quizzes: [], questions: {}, drills: [], cards: {} }),
    );
    const session = startPty([], { home, cwd: home });
    sessions.push(session);
    await session.waitFor('Continue: 00 Introduction');

    // Another process takes the lock and keeps it.
    const holder = spawn('sleep', ['60'], { stdio: 'ignore' });
    holders.push(holder);
    writeFileSync(join(home, 'state.lock'), String(holder.pid));

    // Opening a module writes "started": the screen must follow the key anyway.
    await session.type(KEYS.enter);
    await session.waitFor('Module 00 · Introduction');
    expect(existsSync(join(home, 'state.lock'))).toBe(true);
    expect(JSON.parse(readFileSync(join(home, 'state.json'), 'utf8')).modules).toEqual({});

    // The holder ends without releasing its lock (killed): the change reaches the file.
    holder.kill('SIGKILL');
    await new Promise((resolve) => holder.once('exit', resolve));
    await session.type('b');
    await session.waitFor('Continue: 00 Introduction');
    const saved = async () => {
      for (let i = 0; i < 400; i++) {
        const modules = JSON.parse(readFileSync(join(home, 'state.json'), 'utf8')).modules;
        if (modules['00']?.startedAt) return modules;
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
      throw new Error('the change never reached the file');
    };
    expect((await saved())['00'].startedAt).toMatch(/^\d{4}-/);
    await session.type('q');
    expect(await session.exited).toBe(0);
  });
});
