// The first paint draws home before Ink loads; Ink's first frame then replaces it. The two must look
// the same, cell for cell (text and style), or the screen would visibly change under the learner.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import chalk from 'chalk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { messages } from '../../src/i18n/index.js';
import type { State } from '../../src/state/schema.js';
import { Store } from '../../src/state/store.js';
import { App } from '../../src/ui/app.js';
import { paintFirstFrame } from '../../src/ui/first-paint/index.js';
import { eraseLines } from '../../src/ui/first-paint/paint.js';
import type { TuiContext } from '../../src/ui/run.js';
import { realSyllabus } from '../helpers/syllabus.js';
import { renderUi, stripAnsi } from '../helpers/ui.js';

const workspace = mkdtempSync(join(tmpdir(), 'mlops-ws-'));
const TODAY = '2026-11-26';
const NOW = Date.parse(`${TODAY}T12:00:00Z`);

const profile = (language: 'es' | 'en', startDate = '2026-11-02') => ({
  language,
  startDate,
  paceWeeks: 8 as const,
  workspace,
  createdAt: '2026-11-02T09:00:00Z',
});
const run = (score: number, at: string) => ({ best: score, passed: score >= 70, history: [{ at, score }] });

function openStore(state: Partial<State>): Store {
  const store = Store.open(mkdtempSync(join(tmpdir(), 'mlops-paint-')));
  store.update((current) => ({ ...current, ...state }));
  return store;
}

function context(store: Store, lang: 'es' | 'en' = 'en', langFromFlag = false): TuiContext {
  return {
    lang,
    langFromFlag,
    t: messages(lang),
    dir: undefined,
    store: () => store,
    today: () => TODAY,
    err: () => {},
  };
}

/** What the first paint writes, at a size, and the keyboard it put in raw mode. */
function painted(ctx: TuiContext, columns: number, rows: number) {
  let written = '';
  let raw = false;
  const stdout = { columns, rows, write: (text: string) => ((written += text), true) } as unknown as NodeJS.WriteStream;
  const stdin = { setRawMode: (on: boolean) => ((raw = on), stdin) } as unknown as NodeJS.ReadStream;
  const result = paintFirstFrame(ctx, { stdout, stdin, now: NOW });
  return { result, written, raw: () => raw };
}

/** Each cell of a frame as its character and the SGR attributes in force on it. */
function cells(frame: string): string[][] {
  return frame.split('\n').map((line) => {
    const out: string[] = [];
    const active = new Map<string, string>();
    for (const part of line.split(/(\u001B\[[0-9;]*m)/)) {
      const sgr = /^\u001B\[([0-9;]*)m$/.exec(part);
      if (sgr) {
        for (const code of (sgr[1] || '0').split(';').map(Number)) {
          if (code === 0) active.clear();
          else if (code === 1 || code === 2) active.set(`weight${code}`, String(code));
          else if (code === 22) for (const weight of ['weight1', 'weight2']) active.delete(weight);
          else if (code === 3 || code === 4) active.set(`em${code}`, String(code));
          else if (code === 23 || code === 24) active.delete(`em${code - 20}`);
          else if ((code >= 30 && code <= 37) || (code >= 90 && code <= 97)) active.set('fg', String(code));
          else if (code === 39) active.delete('fg');
        }
        continue;
      }
      const style = [...active.values()].sort().join(',');
      for (const char of part) out.push(`${char}${style ? `[${style}]` : ''}`);
    }
    // Ink trims a line's trailing blanks: so does the comparison.
    while (out.length && out[out.length - 1] === ' ') out.pop();
    return out;
  });
}

const week4 = {
  profile: profile('en'),
  modules: {
    ...Object.fromEntries(
      ['00', '01', '02', '03', '04'].map((id, index) => [id, { check: run(80 + index, '2026-11-25T10:00:00Z') }]),
    ),
    '05': {
      lesson: { position: 3, sectionsRead: [0, 1, 2], read: false, updatedAt: '2026-11-26T09:00:00Z' },
      quiz: { attempts: 1, best: 60, passed: false, updatedAt: '2026-11-26T09:30:00Z' },
    },
  },
  lastModule: '05',
} satisfies Partial<State>;

// Two review cards due: the Review row is highlighted (bold) without being selected.
const card = (due: string) => ({
  due,
  stability: 2.5,
  difficulty: 5.1,
  elapsed_days: 1,
  scheduled_days: 3,
  learning_steps: 0,
  reps: 1,
  lapses: 1,
  state: 2,
  last_review: '2026-11-20T09:00:00Z',
});
const reviewsDue = {
  ...week4,
  cards: { 'jr-py-01': card('2026-11-24T09:00:00Z'), 'jr-py-02': card('2026-11-25T09:00:00Z') },
} as Partial<State>;

const CASES: { name: string; state: Partial<State>; sizes: [number, number][] }[] = [
  {
    name: 'a learner in week 4 with a half-read lesson',
    state: week4,
    sizes: [
      [80, 24],
      [60, 20],
      [120, 40],
    ],
  },
  {
    name: 'a Spanish learner behind plan',
    state: { profile: profile('es') },
    sizes: [
      [80, 24],
      [100, 30],
    ],
  },
  { name: 'a learner before the start', state: { profile: profile('en', '2026-12-14') }, sizes: [[80, 24]] },
  {
    name: 'a three-module week',
    state: { profile: profile('es', '2026-10-20') },
    sizes: [
      [60, 20],
      [72, 16],
    ],
  },
  { name: 'a learner with reviews due', state: reviewsDue, sizes: [[80, 24]] },
  { name: 'a finished plan', state: { profile: profile('en', '2026-06-01') }, sizes: [[80, 24]] },
];

describe('first paint', () => {
  let level: typeof chalk.level;
  // Colours on, so styles are compared too (chalk is the one Ink draws with).
  beforeAll(() => {
    level = chalk.level;
    chalk.level = 1;
  });
  afterAll(() => void (chalk.level = level));

  for (const { name, state, sizes } of CASES)
    for (const [columns, rows] of sizes)
      it(`draws what Ink then draws: ${name}, at ${columns}×${rows}`, async () => {
        const store = openStore(state);
        const first = painted(context(store), columns, rows);
        expect(first.result).toBeDefined();
        expect(first.raw()).toBe(true);
        const ui = renderUi(
          <App
            store={store}
            syllabus={realSyllabus()}
            fallbackLang="en"
            today={() => TODAY}
            clock={() => NOW}
            defaultWorkspace={workspace}
          />,
          { columns, rows },
        );
        await ui.waitFor('mlops-tutor ·');
        const ink = ui.lastFrame() ?? '';
        const paint = first.written.replace('\u001B[?25l', '').replace(/\n$/, '');
        expect(stripAnsi(paint)).toBe(stripAnsi(ink));
        expect(cells(paint)).toEqual(cells(ink));
        // The title is bold and the selected row cyan: styles were compared, not only text.
        expect(cells(paint)[0]![0]).toBe('m[1]');
        expect(cells(paint).some((line) => line[0] === '❯[36]')).toBe(true);
        if (name.includes('reviews due')) expect(stripAnsi(paint)).toContain('Review · 2 due');
        first.result!.handOver();
        expect(paint.split('\n').length).toBeLessThan(rows);
        ui.unmount();
      });

  it('speaks the language given with --lang over the saved one', () => {
    const { written } = painted(context(openStore({ profile: profile('en') }), 'es', true), 80, 24);
    expect(stripAnsi(written)).toContain('Hoy');
  });

  it('paints nothing for the first-run setup, a screen opened from the command line, or a tiny terminal', () => {
    expect(painted(context(openStore({})), 80, 24).result).toBeUndefined();
    const store = openStore({ profile: profile('en') });
    let written = '';
    const stdout = { columns: 80, rows: 24, write: (text: string) => ((written += text), true) } as never;
    expect(
      paintFirstFrame(context(store), { initialRoute: { name: 'stats' }, stdout, stdin: {} as never }),
    ).toBeUndefined();
    expect(written).toBe('');
    expect(painted(context(store), 80, 5).written).toBe('');
  });

  it('hands over: Ink’s first frame write erases the painted lines first, its other writes are untouched', () => {
    const chunks: string[] = [];
    const stdout = { columns: 80, rows: 24, write: (text: string) => (chunks.push(text), true) } as never;
    const stdin = { setRawMode: () => stdin } as never;
    const result = paintFirstFrame(context(openStore({ profile: profile('en') })), { stdout, stdin, now: NOW })!;
    const lines = chunks[0]!.split('\n').length;
    result.handOver();
    const out = stdout as { write: (text: string) => boolean };
    out.write('\u001B[?25l');
    out.write('frame\n');
    out.write('next frame\n');
    expect(chunks.slice(1)).toEqual(['\u001B[?25l', `${eraseLines(lines)}frame\n`, 'next frame\n']);
  });
});
