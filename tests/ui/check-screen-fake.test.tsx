// The check screen on a fake engine: items graded from files in a temporary folder, no Python, so
// it runs in seconds. Watch mode uses the real file watcher: a save in the folder starts a run.
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CheckEvent, CheckResult, ItemResult } from '../../src/checks/runner.js';
import { waitForChange } from '../../src/checks/watch.js';
import { scoreItems } from '../../src/core/scoring.js';
import type { Lang } from '../../src/core/types.js';
import { Store } from '../../src/state/store.js';
import { App } from '../../src/ui/app.js';
import type { CheckEngine, PreparedCheck } from '../../src/ui/check-engine.js';
import { eventually } from '../helpers/eventually.js';
import { realSyllabus } from '../helpers/syllabus.js';
import { renderUi } from '../helpers/ui.js';

const syllabus = realSyllabus();

/** Five items, two of them earned from files: README.md (15 points) and a test with an assert (10). */
function fakeEngine(dir: string) {
  const runs = { started: 0, aborted: 0 };
  const items = [
    { id: 'api', title: 'The API answers', category: 'functionality', points: 40, earned: () => 40 },
    { id: 'lint', title: 'Lint is clean', category: 'quality', points: 20, earned: () => 20 },
    {
      id: 'readme',
      title: 'README',
      category: 'docs',
      points: 15,
      earned: () => (existsSync(join(dir, 'README.md')) ? 15 : 0),
    },
    { id: 'repro', title: 'Reproducible', category: 'reproducibility', points: 15, earned: () => 15 },
    {
      id: 'pytest',
      title: 'pytest passes',
      category: 'tests',
      points: 10,
      earned: () =>
        existsSync(join(dir, 'test_app.py')) && readFileSync(join(dir, 'test_app.py'), 'utf8').includes('assert')
          ? 10
          : 0,
    },
  ] as const;
  const run = async (onEvent: (event: CheckEvent) => void, signal: AbortSignal): Promise<CheckResult> => {
    runs.started += 1;
    // A file named "slow" makes the run wait until it is stopped, like a long pytest.
    if (existsSync(join(dir, 'slow'))) {
      onEvent({ type: 'start', index: 0, item: {} as never });
      await new Promise<void>((resolve) => signal.addEventListener('abort', () => resolve()));
      runs.aborted += 1;
    }
    const results: ItemResult[] = items.map((item, index) => {
      onEvent({ type: 'start', index, item: {} as never });
      const earned = item.earned();
      const result: ItemResult = {
        id: item.id,
        title: item.title,
        category: item.category,
        points: item.points,
        earned,
        status: earned === item.points ? 'pass' : 'fail',
        message: earned ? 'ok' : 'missing',
        hint: earned ? '' : `add ${item.id}`,
        durationMs: 5,
      };
      onEvent({ type: 'done', index, result });
      return result;
    });
    return {
      ...scoreItems(results, syllabus.rubric),
      module: '00',
      title: 'Intro',
      dir,
      python: '/usr/bin/python3',
      items: results,
    };
  };
  const prepared: PreparedCheck = {
    title: { es: 'Intro', en: 'Intro' },
    dir,
    python: '/usr/bin/python3',
    items: items.map(({ id, title, points }) => ({ id, title, points })),
    run,
  };
  const engine: CheckEngine = {
    prepareCheck: () => prepared,
    waitForChange: (dirs, options) => waitForChange(dirs, { ...options, debounceMs: 50 }),
  };
  return { engine, runs };
}

function setup(lang: Lang = 'en', engine?: CheckEngine, size = { columns: 80, rows: 40 }) {
  const dir = mkdtempSync(join(tmpdir(), 'mlops-fake-check-'));
  const fake = fakeEngine(dir);
  const store = Store.open(mkdtempSync(join(tmpdir(), 'mlops-ui-')));
  store.update((state) => ({
    ...state,
    profile: { language: lang, startDate: '2026-11-02', paceWeeks: 8, workspace: dir, createdAt: 'x' },
  }));
  const ui = renderUi(
    <App
      store={store}
      syllabus={syllabus}
      fallbackLang={lang}
      today={() => '2026-11-26'}
      defaultWorkspace={dir}
      initialRoute={{ name: 'check', id: '00' }}
      clock={() => Date.parse('2026-11-26T10:00:00Z')}
      checkEngine={async () => engine ?? fake.engine}
    />,
    size,
  );
  return { ...ui, store, dir, runs: fake.runs };
}

describe('check screen (fake engine)', () => {
  it('shows the score, the lost points with their hints and the categories, saves the run, and re-runs with r', async () => {
    const ui = setup();
    const done = await ui.waitFor('By category');
    expect(done).toContain('Score: 75/100');
    expect(done).toMatch(/−15 README: add readme/);
    expect(done).toMatch(/−10 pytest passes: add pytest/);
    expect(done).toContain('r run again · w watch');
    expect(ui.store.read().modules['00']?.check?.history).toEqual([
      { at: '2026-11-26T10:00:00.000Z', score: 75, passed: true },
    ]);
    writeFileSync(join(ui.dir, 'README.md'), '# Intro\n');
    await ui.press({ text: 'r' });
    await ui.waitFor('Score: 90/100');
    await eventually(() =>
      expect(ui.store.read().modules['00']?.check?.history.map((run) => run.score)).toEqual([75, 90]),
    );
  });

  it('w watches the folder: a save runs the check again and says what changed', async () => {
    const ui = setup();
    await ui.waitFor('Score: 75/100');
    await ui.press({ text: 'w' });
    await ui.waitFor('Watch mode: save a file');
    expect(ui.frame()).toContain('w stop watch ·');
    writeFileSync(join(ui.dir, 'README.md'), '# Intro\n');
    const frame = await ui.waitFor(
      (text) =>
        text.includes('Since the last run, 00: 75 → 90 (+15 readme)') && text.includes('Watch mode: save a file'),
    );
    expect(frame).toContain('Saved: README.md');
    expect(frame).toContain('Score: 90/100');
    // Still watching: the next save runs it again
    writeFileSync(join(ui.dir, 'test_app.py'), 'def test_it():\n    assert True\n');
    await ui.waitFor(
      (text) =>
        text.includes('Since the last run, 00: 90 → 100 (+10 pytest)') && text.includes('Watch mode: save a file'),
    );
    await eventually(() =>
      expect(ui.store.read().modules['00']?.check?.history.map((run) => run.score)).toEqual([75, 90, 100]),
    );
  });

  it('w again stops watching and the running check, which is not saved', async () => {
    const ui = setup();
    await ui.waitFor('Score: 75/100');
    await ui.press({ text: 'w' });
    await ui.waitFor('Watch mode: save a file');
    writeFileSync(join(ui.dir, 'slow'), 'wait');
    await ui.waitFor('Saved: slow');
    await ui.press({ text: 'w' });
    const frame = await ui.waitFor('Watch stopped: the running check was stopped');
    expect(frame).toContain('w watch');
    await eventually(() => expect(ui.runs.aborted).toBe(1));
    expect(ui.store.read().modules['00']?.check?.history).toHaveLength(1);
  });

  it('b leaves the screen and stops the running check', async () => {
    const ui = setup();
    writeFileSync(join(ui.dir, 'slow'), 'wait');
    await ui.waitFor('running');
    await ui.press({ text: 'b' });
    await ui.waitFor('Today');
    await eventually(() => expect(ui.runs.aborted).toBe(1));
    expect(ui.store.read().modules['00']?.check).toBeUndefined();
  });

  it('says a plan error in one sentence', async () => {
    const engine: CheckEngine = {
      prepareCheck: () => ({ error: 'missing-folder', path: '/nowhere/00-intro' }),
      waitForChange: async () => 'stop',
    };
    const ui = setup('en', engine);
    const frame = await ui.waitFor('does not');
    expect(frame.replace(/\s+/g, ' ')).toContain('The mini-project folder /nowhere/00-intro does not exist');
  });

  it('keeps q salir in the hint bar at 60 columns while watching a long result, in Spanish', async () => {
    const ui = setup('es', undefined, { columns: 60, rows: 12 });
    await ui.waitFor('w vigilar');
    await ui.press({ text: 'w' });
    const frame = await ui.waitFor('w no vigilar');
    const footer = frame.trimEnd().split('\n').at(-1)!;
    expect(footer).toContain('b volver · q salir');
    expect(footer.length).toBeLessThanOrEqual(60);
  });

  it('names w in the hint bar and in ? help, in Spanish too', async () => {
    const ui = setup('es');
    await ui.waitFor('w vigilar');
    await ui.press({ text: '?' });
    await ui.waitFor('w: modo vigilancia');
  });
});
