// Issue 14, items 1 and 6 (argv echoed in errors): generated command lines, each with one mistake in
// it, must end with exit 2 and exactly one line on stderr — no control character obeyed, no newline
// splitting the sentence, no stack trace — and must never touch the progress in the default folder.
// The cases run in-process through main() (fast on a 2-core CI); a sample runs through the binary.
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { seededRng, type Rng } from '../../src/core/random.js';
import { cli } from '../helpers/cli.js';

const SEED = 20261202;
const CASES = 320;

// Hostile fragments: terminal control (CSI, OSC title, C1 CSI), newlines, NUL, bidi override, long.
const HOSTILE = [
  '\n',
  '\r\n',
  '\u001B[2J',
  '\u001B]0;pwned\u0007',
  '\u009B31m',
  '\u0000',
  '\t',
  '\u202E',
  '\u0007',
  '\u001B[1A✓ [20/20]',
  'x'.repeat(300),
  'ñandú',
  '$(rm -rf ~)',
  '"\'',
];

const pick = <T>(rng: Rng, items: readonly T[]): T => items[Math.floor(rng() * items.length)]!;
const hostile = (rng: Rng) => {
  const parts = Array.from({ length: 1 + Math.floor(rng() * 3) }, () => pick(rng, HOSTILE));
  return `${pick(rng, ['', 'a', '03', 'en', '/tmp/'])}${parts.join(pick(rng, ['', 'b', ' ']))}`;
};

// Commands whose bad input is cheap to reach (init writes folders and doctor runs Python: left out).
const COMMANDS: { words: string[]; options: string[] }[] = [
  { words: ['status'], options: ['--json'] },
  { words: ['export'], options: ['--format', '--out'] },
  { words: ['reset', '--all', '--yes'], options: [] },
  { words: ['reset', '--module', '03', '--yes'], options: [] },
  { words: ['check', '00'], options: ['--json', '--junit', '--python'] },
  { words: ['lesson', '00', '--print'], options: [] },
  { words: ['quiz', '03'], options: [] },
  { words: ['drill'], options: ['--level', '--count', '--minutes'] },
  { words: ['review'], options: [] },
  { words: ['solution', '00'], options: ['--json', '--copy'] },
  { words: [], options: [] },
];
const VALUED = [
  '--home',
  '--dir',
  '--lang',
  '--junit',
  '--python',
  '--out',
  '--format',
  '--level',
  '--count',
  '--minutes',
  '--copy',
  '--module',
];

type Mistake = (rng: Rng, words: string[], home: string) => string[];
const MISTAKES: Record<string, Mistake> = {
  'empty value': (rng, words) => {
    const option = pick(rng, ['--home', '--dir', '--lang']);
    return rng() < 0.5 ? [...words, option, ''] : [...words, `${option}=`];
  },
  'empty command option': (rng, words) => {
    const byCommand: Record<string, string> = {
      export: '--out',
      check: '--junit',
      drill: '--level',
      solution: '--copy',
      reset: '--module',
    };
    const option = byCommand[words[0] ?? ''] ?? '--home';
    return option === '--module' ? ['reset', '--module', '', '--yes'] : [...words, option, ''];
  },
  'unknown option': (rng, words) => [...words, `--${hostile(rng).replace(/^-+/, '') || 'x'}`],
  'bad language': (rng, words) => [...words, '--lang', hostile(rng)],
  'missing folder': (rng, words) => [...words, '--dir', join(tmpdir(), `no-such-${hostile(rng)}`)],
  'unknown command': (rng) => [hostile(rng).replace(/^-+/, '') || 'zzz'],
  'bad module': (rng) => [pick(rng, ['lesson', 'check', 'solution', 'quiz']), hostile(rng).replace(/^-+/, '') || 'zz'],
  'extra argument': (rng, words) =>
    words.length ? [...words, hostile(rng).replace(/^-+/, '') || 'extra'] : ['status', 'extra'],
  'value missing at the end': (rng, words) => [
    ...words,
    pick(
      rng,
      VALUED.filter((option) => option !== '--module'),
    ),
  ],
  'bad format': (rng) => ['export', '--format', hostile(rng)],
  'bad level': (rng) => ['drill', '--level', hostile(rng)],
};

function generate(count: number, home: string): { name: string; argv: string[] }[] {
  const rng = seededRng(SEED);
  const names = Object.keys(MISTAKES);
  return Array.from({ length: count }, (_, index) => {
    const name = names[index % names.length]!;
    const command = pick(rng, COMMANDS);
    let argv = MISTAKES[name]!(rng, [...command.words], home);
    // Valid global options around the mistake, in any order.
    if (rng() < 0.4) argv = ['--lang', pick(rng, ['en', 'es']), ...argv];
    if (rng() < 0.3 && name !== 'unknown command') argv = [...argv.slice(0, 1), '--home', home, ...argv.slice(1)];
    return { name, argv };
  });
}

/** Runs main() in this process with stdout and stderr captured. */
async function run(argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const out = process.stdout.write.bind(process.stdout);
  const err = process.stderr.write.bind(process.stderr);
  process.stdout.write = ((chunk: string | Uint8Array) => (
    (stdout += String(chunk)),
    true
  )) as typeof process.stdout.write;
  process.stderr.write = ((chunk: string | Uint8Array) => (
    (stderr += String(chunk)),
    true
  )) as typeof process.stderr.write;
  try {
    const code = await main(argv, '0.0.0-test', { interactive: false, color: false, columns: 80 });
    return { code, stdout, stderr };
  } finally {
    process.stdout.write = out;
    process.stderr.write = err;
  }
}

// Any control character but the final newline: C0, DEL, C1 (ESC starts every CSI and OSC sequence).
const CONTROL = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u202E]/;

function expectOneCleanLine(result: { code: number; stdout: string; stderr: string }, label: string) {
  expect(result.code, label).toBe(2);
  expect(result.stdout, label).toBe('');
  expect(result.stderr.endsWith('\n'), label).toBe(true);
  expect(result.stderr.slice(0, -1), label).not.toContain('\n');
  expect(result.stderr, label).not.toMatch(CONTROL);
  expect(result.stderr, label).not.toMatch(/\s+at .+:\d+|Unexpected error|Error:/);
  expect(result.stderr.trim().length, label).toBeGreaterThan(10);
}

const profile = {
  language: 'en',
  startDate: '2026-11-02',
  paceWeeks: 8,
  workspace: '/tmp',
  createdAt: '2026-11-02T09:00:00.000Z',
};
const saved = {
  schemaVersion: 2,
  profile,
  modules: {
    '03': {
      startedAt: '2026-11-03T10:00:00.000Z',
      quiz: { attempts: 1, best: 90, passed: true, updatedAt: '2026-11-03T10:05:00.000Z' },
    },
  },
  quizzes: [],
  questions: {},
  drills: [],
  cards: {},
};

describe('fuzzed command lines (seeded)', () => {
  // The "default" folder of this run holds real-looking progress that no case may change.
  const defaultHome = mkdtempSync(join(tmpdir(), 'mlops-fuzz-default-'));
  const otherHome = mkdtempSync(join(tmpdir(), 'mlops-fuzz-home-'));
  const env = {
    MLOPS_TUTOR_HOME: process.env.MLOPS_TUTOR_HOME,
    XDG_CONFIG_HOME: process.env.XDG_CONFIG_HOME,
    LANG: process.env.LANG,
    LC_ALL: process.env.LC_ALL,
  };
  const text = JSON.stringify(saved);
  beforeAll(() => {
    writeFileSync(join(defaultHome, 'state.json'), text);
    process.env.MLOPS_TUTOR_HOME = defaultHome;
    process.env.XDG_CONFIG_HOME = mkdtempSync(join(tmpdir(), 'mlops-fuzz-xdg-'));
    process.env.LANG = 'en_US.UTF-8';
    delete process.env.LC_ALL;
  });
  afterAll(() => {
    for (const [key, value] of Object.entries(env))
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
  });

  const cases = generate(CASES, otherHome);

  it(`generates ${CASES} distinct cases covering every kind of mistake`, () => {
    expect(new Set(cases.map((entry) => JSON.stringify(entry.argv))).size).toBeGreaterThanOrEqual(300);
    expect(new Set(cases.map((entry) => entry.name))).toEqual(new Set(Object.keys(MISTAKES)));
  });

  it(
    'every case: exit 2, one line on stderr, no control characters, no stack trace',
    { timeout: 120_000 },
    async () => {
      for (const { name, argv } of cases) expectOneCleanLine(await run(argv), `${name}: ${JSON.stringify(argv)}`);
    },
  );

  it('an empty --home never falls back to the default folder: reset --all --yes --home "" keeps the progress', async () => {
    const result = await run(['reset', '--all', '--yes', '--home', '']);
    expect(result).toMatchObject({ code: 2, stdout: '' });
    expect(result.stderr).toBe(
      'The option --home was given an empty value: give it a value or leave it out (an unset shell variable?).\n',
    );
    expect((await run(['check', '00', '--junit', ''])).stderr).toContain('--junit was given an empty value');
    expect((await run(['status', '--home='])).code).toBe(2);
    expect((await run(['status', '--lang', 'es', '--home', ''])).stderr).toBe(
      'La opción --home llegó vacía: dale un valor o quítala (¿una variable de shell sin definir?).\n',
    );
  });

  it('a newline or escape code in an echoed value is shown, not obeyed', async () => {
    const result = await run(['status', '--lang', 'x\ny\u001B]0;T\u0007']);
    expect(result.stderr).toBe('Unknown language "x\\ny\\x1B]0;T\\x07": use --lang es or --lang en.\n');
  });

  it('a file name with a newline and an escape code, echoed after a successful export, stays one line', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'mlops-fuzz-out-')), 'a\nb\u001B[2J.md');
    const result = await run(['export', '--out', out, '--home', otherHome]);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe(`Report written to ${out.replace('\n', '\\n').replace('\u001B', '\\x1B')}\n`);
  });

  it('after every case, the default folder holds exactly the progress it had', () => {
    expect(readFileSync(join(defaultHome, 'state.json'), 'utf8')).toBe(text);
    expect(readdirSync(defaultHome)).toEqual(['state.json']);
  });
});

describe('a sample through the built binary', () => {
  it('the same guarantees hold for a real process', { timeout: 120_000 }, async () => {
    const defaultHome = mkdtempSync(join(tmpdir(), 'mlops-fuzz-bin-'));
    const text = JSON.stringify(saved);
    writeFileSync(join(defaultHome, 'state.json'), text);
    // NUL cannot travel in a real argv; the rest of the sample is the in-process one's first cases.
    const sample = generate(CASES, defaultHome)
      .filter((entry) => !entry.argv.some((arg) => arg.includes('\u0000')))
      .filter((entry, index, all) => all.findIndex((other) => other.name === entry.name) === index);
    expect(sample.length).toBe(Object.keys(MISTAKES).length);
    const results = await Promise.all(sample.map((entry) => cli(entry.argv, { home: defaultHome })));
    results.forEach((result, index) =>
      expectOneCleanLine(
        { code: result.exitCode ?? -1, stdout: String(result.stdout), stderr: `${String(result.stderr)}\n` },
        `${sample[index]!.name}: ${JSON.stringify(sample[index]!.argv)}`,
      ),
    );
    expect(readFileSync(join(defaultHome, 'state.json'), 'utf8')).toBe(text);
  });
});
