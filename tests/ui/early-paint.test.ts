// The launcher paints home from dist/start.cjs before the app's modules load (src/cli/quick-start.ts).
// It must paint exactly what the app's own first paint draws, and only when that is safe: a store that
// needs repair, a newer schema or the first-run setup is the app's to handle, and nothing is written.
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import chalk from 'chalk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { paintEarly } from '../../src/cli/quick-start.js';
import type { Terminal } from '../../src/cli/env.js';
import { formatDay } from '../../src/core/schedule.js';
import { messages } from '../../src/i18n/index.js';
import { Store } from '../../src/state/store.js';
import { paintFirstFrame } from '../../src/ui/first-paint/index.js';

const NOW = Date.parse('2026-11-26T12:00:00Z');
const terminal: Terminal = { interactive: true, color: true, columns: 80 };
const profile = (language: 'es' | 'en') => ({
  language,
  startDate: '2026-11-02',
  paceWeeks: 8,
  workspace: tmpdir(),
  createdAt: '2026-11-02T09:00:00.000Z',
});

/** A store file as the store writes it. */
const sound = (language: 'es' | 'en') =>
  JSON.stringify({
    schemaVersion: 2,
    profile: profile(language),
    modules: {},
    quizzes: [],
    questions: {},
    drills: [],
    cards: {},
  });

function homeWith(text: string | undefined): string {
  const home = mkdtempSync(join(tmpdir(), 'mlops-early-'));
  if (text !== undefined) writeFileSync(join(home, 'state.json'), text);
  return home;
}

/** What paintEarly writes for that home, and whether it painted. */
function early(home: string, env: NodeJS.ProcessEnv = {}, given: Terminal = terminal) {
  let written = '';
  let raw = false;
  const stdout = { columns: 80, rows: 24, write: (text: string) => ((written += text), true) } as never;
  const stdin = { setRawMode: (on: boolean) => ((raw = on), stdin) } as never;
  const painted = paintEarly('0.0.0', {
    env: { MLOPS_TUTOR_HOME: home, LANG: 'en_US.UTF-8', ...env },
    terminal: given,
    stdout,
    stdin,
    now: NOW,
  });
  return { painted, written, raw };
}

describe('the early first paint', () => {
  let level: typeof chalk.level;
  beforeAll(() => {
    level = chalk.level;
    chalk.level = 1;
  });
  afterAll(() => void (chalk.level = level));

  it('paints what the app’s first paint paints, in the saved language, with the keyboard in raw mode', () => {
    for (const language of ['en', 'es'] as const) {
      const home = homeWith(sound(language));
      const { painted, written, raw } = early(home);
      expect(painted).toBeDefined();
      expect(raw).toBe(true);
      let app = '';
      const stdout = { columns: 80, rows: 24, write: (text: string) => ((app += text), true) } as never;
      const store = Store.open(home);
      const ctx = { lang: language, langFromFlag: false, t: messages(language), dir: undefined };
      paintFirstFrame(
        { ...ctx, store: () => store, today: () => formatDay(new Date()), err: () => {} },
        {
          stdout,
          stdin: { setRawMode: () => undefined } as never,
          now: NOW,
        },
      );
      expect(written).toBe(app);
      expect(written).toContain(language === 'es' ? 'Hoy' : 'Today');
    }
  });

  it('paints from a file of an older schema without rewriting it', () => {
    const text = JSON.stringify({ schemaVersion: 1, profile: profile('en'), modules: {} });
    const home = homeWith(text);
    expect(early(home).written).toContain('Today');
    expect(readFileSync(join(home, 'state.json'), 'utf8')).toBe(text);
  });

  it('leaves to the app a damaged file (untouched, nothing set aside), a newer schema, the first run and a plain terminal', () => {
    const damaged = '{"schemaVersion":2,"profile":{"language":"en"';
    const home = homeWith(damaged);
    expect(early(home)).toEqual({ painted: undefined, written: '', raw: false });
    expect(readFileSync(join(home, 'state.json'), 'utf8')).toBe(damaged);
    expect(readdirSync(home)).toEqual(['state.json']);
    const future = homeWith(JSON.stringify({ schemaVersion: 99, profile: profile('en'), modules: {} }));
    expect(early(future).written).toBe('');
    expect(early(homeWith(undefined)).written).toBe('');
    const plain = homeWith(sound('en'));
    expect(early(plain, {}, { ...terminal, interactive: false }).written).toBe('');
    expect(early(plain, { MLOPS_TUTOR_HOME: join(plain, 'state.json', 'nested') }).written).toBe('');
  });
});
