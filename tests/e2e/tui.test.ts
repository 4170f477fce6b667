// The TUI as a person runs it: a real pseudo-terminal, keys typed, the screen read back.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { eventually } from '../helpers/eventually.js';
import { KEYS, startPty, type PtySession } from '../helpers/pty.js';

const sessions: PtySession[] = [];
afterEach(() => {
  for (const session of sessions.splice(0)) session.kill();
});
const start = (...args: Parameters<typeof startPty>) => {
  const session = startPty(...args);
  sessions.push(session);
  return session;
};

describe('the TUI in a pseudo-terminal', () => {
  it('first run → home → quit; the next run opens home in the chosen language', async () => {
    const home = mkdtempSync(join(tmpdir(), 'mlops-pty-'));
    const cwd = mkdtempSync(join(tmpdir(), 'mlops-ws-'));
    // First run: the setup, answered with Spanish and the defaults
    const first = start([], { home, cwd });
    await first.waitFor('Idioma / Language');
    await first.type(KEYS.down);
    await first.waitFor('❯ Español');
    await first.type(KEYS.enter);
    await first.waitFor('¿Qué día empiezas?');
    await first.type(KEYS.enter);
    await first.waitFor('¿En cuántas semanas');
    await first.type(KEYS.enter);
    await first.waitFor('¿Dónde guardarás');
    await first.type(KEYS.enter);
    const homeScreen = await first.waitFor('Continuar: 00 Introducción');
    expect(homeScreen).toContain('Semana 1');
    expect(homeScreen).toContain('q salir');
    await first.type('q');
    expect(await first.exited).toBe(0);
    expect(JSON.parse(readFileSync(join(home, 'state.json'), 'utf8')).profile).toMatchObject({
      language: 'es',
      paceWeeks: 8,
      workspace: cwd,
    });

    // Second run: straight to home, in Spanish, no setup
    const second = start([], { home, cwd });
    const again = await second.waitFor('Continuar: 00 Introducción');
    expect(again).not.toContain('Idioma / Language');
    await second.type(KEYS.enter);
    await second.waitFor('Módulo 00 · Introducción');
    await second.type('q');
    expect(await second.exited).toBe(0);
  });

  it('fits a 60×20 terminal and honours NO_COLOR', async () => {
    const home = mkdtempSync(join(tmpdir(), 'mlops-pty-'));
    const cwd = mkdtempSync(join(tmpdir(), 'mlops-ws-'));
    const session = start(['--lang', 'en'], { home, cwd, cols: 60, rows: 20, env: { NO_COLOR: '1' } });
    await session.waitFor('Idioma / Language');
    await session.type(KEYS.enter);
    await session.waitFor('Which day do you start?');
    await session.type(KEYS.enter);
    await session.waitFor('In how many weeks');
    await session.type(KEYS.enter);
    await session.waitFor('Where will you keep');
    await session.type(KEYS.enter);
    const screen = await session.waitFor('Continue: 00 Introduction');
    // The whole frame is on screen: title at the top, key hints at the bottom, nothing wider than 60.
    expect(screen.split('\n')[0]).toMatch(/^mlops-tutor · 0\/12 passed/);
    expect(screen).toContain('q quit');
    for (const line of screen.split('\n')) expect([...line].length).toBeLessThanOrEqual(60);
    // NO_COLOR: cursor movement only, no colour or style sequences
    expect(session.raw()).not.toMatch(/\u001B\[[0-9;]*m/);
    await session.type('q');
    expect(await session.exited).toBe(0);
  });

  it('prints the plain status in a dumb terminal instead of opening the interface', async () => {
    const home = mkdtempSync(join(tmpdir(), 'mlops-pty-'));
    const session = start([], { home, cwd: tmpdir(), env: { TERM: 'dumb' } });
    expect(await session.exited).toBe(0);
    // The pty may still be handing over output after the exit: wait for the status's first and last
    // lines, then judge all of it.
    await eventually(() => expect(session.raw()).toMatch(/Week 1 of 8[^]*Reviews due: 0/));
    expect(session.raw()).not.toContain('\u001B');
  });

  it('opens a lesson, scrolls, quits, and reopens it at the same place', async () => {
    const home = mkdtempSync(join(tmpdir(), 'mlops-pty-'));
    const cwd = mkdtempSync(join(tmpdir(), 'mlops-ws-'));
    writeFileSync(
      join(home, 'state.json'),
      JSON.stringify({
        schemaVersion: 1,
        profile: { language: 'en', startDate: '2026-11-02', paceWeeks: 8, workspace: cwd, createdAt: 'x' },
        modules: {},
      }),
    );
    const first = start(['lesson', '02'], { home, cwd, cols: 80, rows: 24 });
    await first.waitFor('Lesson 02 · Data engineering');
    await first.type('t');
    await first.waitFor('Contents');
    // Down through the contents (level-3 headings included) to the mini-project section, one
    // step at a time: each key waits for the selection to move before the next.
    const selected = (screen: string) => screen.split('\n').find((line) => line.startsWith('❯')) ?? '';
    for (let i = 0; i < 20 && selected(first.screen()) !== '❯ Mini-project step by step'; i++) {
      const before = selected(first.screen());
      await first.type(KEYS.down);
      await first.waitFor((screen) => selected(screen) !== before);
    }
    await first.waitFor('❯ Mini-project step by step');
    await first.type(KEYS.enter);
    const there = await first.waitFor(/Mini-project step by step\n─+/);
    const topLine = there.split('\n')[2];
    await first.type('q');
    expect(await first.exited).toBe(0);

    const second = start(['lesson', '02'], { home, cwd, cols: 80, rows: 24 });
    const again = await second.waitFor('Mini-project step by step');
    expect(again.split('\n')[2]).toBe(topLine);
    expect(again).toMatch(/3\/6 sections/);
    await second.type('q');
    expect(await second.exited).toBe(0);
  });
});
