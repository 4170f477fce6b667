// Issue 14, item 11 (the rest): a command that does not need the store reads only the first bytes of
// a large state file — enough for the saved language — and never parses the whole of it.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli/main.js';

const at = '2026-11-05T10:00:00.000Z';
const profile = {
  language: 'es',
  startDate: '2026-11-02',
  paceWeeks: 8,
  workspace: '/tmp/{braces} "quoted"',
  createdAt: at,
};

/** A valid state of over 1 MB (within the caps): 500 questions with 20 answers each, padded ids. */
function largeState(profileValue: unknown) {
  const questions: Record<string, unknown> = {};
  for (let q = 0; q < 500; q++)
    questions[`q-${q}-${'x'.repeat(200)}`] = {
      topic: 'junior/python',
      history: Array.from({ length: 20 }, (_, i) => ({ at, score: (i % 3) / 2, mode: 'quiz', ms: i })),
    };
  return JSON.stringify(
    { schemaVersion: 2, profile: profileValue, modules: {}, quizzes: [], questions, drills: [], cards: {} },
    null,
    '\t',
  );
}

async function runInProcess(argv: string[]) {
  let stdout = '';
  const write = process.stdout.write.bind(process.stdout);
  process.stdout.write = ((chunk: string | Uint8Array) => (
    (stdout += String(chunk)),
    true
  )) as typeof process.stdout.write;
  try {
    return { code: await main(argv, '0.0.0-test', { interactive: false, color: false, columns: 80 }), stdout };
  } finally {
    process.stdout.write = write;
  }
}

afterEach(() => vi.restoreAllMocks());

describe('a command that needs no store', () => {
  it('speaks the saved language without parsing the whole large file', async () => {
    const home = mkdtempSync(join(tmpdir(), 'mlops-lazy-'));
    const text = largeState(profile);
    expect(text.length).toBeGreaterThan(1_000_000);
    writeFileSync(join(home, 'state.json'), text);
    const parse = vi.spyOn(JSON, 'parse');
    const english = await runInProcess([
      'init',
      '--dir',
      mkdtempSync(join(tmpdir(), 'mlops-lazy-ws-')),
      '--home',
      home,
      '--lang',
      'en',
    ]);
    const spanish = await runInProcess([
      'init',
      '--dir',
      mkdtempSync(join(tmpdir(), 'mlops-lazy-ws-')),
      '--home',
      home,
    ]);
    expect([english.code, spanish.code]).toEqual([0, 0]);
    // The saved language (es) was read: the same command speaks another language without --lang.
    expect(spanish.stdout).not.toBe(english.stdout);
    expect(
      parse.mock.calls.filter(
        ([input]) => typeof input === 'string' && input.length > 100_000 && input.includes('"schemaVersion"'),
      ),
    ).toEqual([]);
  });

  it('falls back to the full read when the file is laid out otherwise (profile last)', async () => {
    const home = mkdtempSync(join(tmpdir(), 'mlops-lazy-'));
    const state = JSON.parse(largeState(null)) as Record<string, unknown>;
    delete state.profile;
    writeFileSync(join(home, 'state.json'), JSON.stringify({ ...state, profile }));
    const english = await runInProcess([
      'init',
      '--dir',
      mkdtempSync(join(tmpdir(), 'mlops-lazy-ws-')),
      '--home',
      home,
      '--lang',
      'en',
    ]);
    const saved = await runInProcess(['init', '--dir', mkdtempSync(join(tmpdir(), 'mlops-lazy-ws-')), '--home', home]);
    const spanish = await runInProcess([
      'init',
      '--dir',
      mkdtempSync(join(tmpdir(), 'mlops-lazy-ws-')),
      '--home',
      home,
      '--lang',
      'es',
    ]);
    expect(saved.stdout.replace(/\/tmp\/mlops-lazy-ws-\w+/g, 'WS')).toBe(
      spanish.stdout.replace(/\/tmp\/mlops-lazy-ws-\w+/g, 'WS'),
    );
    expect(saved.stdout).not.toBe(english.stdout);
  });
});
