import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { changedFiles, isIgnored, scoreChanges, snapshot, waitForChange } from '../../src/checks/watch.js';
import type { CheckResult } from '../../src/checks/runner.js';

function project(): string {
  const dir = mkdtempSync(join(tmpdir(), 'mlops-watch-'));
  mkdirSync(join(dir, 'src'));
  writeFileSync(join(dir, 'src', 'app.py'), 'x = 1\n');
  for (const ignored of ['.venv', 'mlruns', '__pycache__', '.mlops-tutor-tmp', '.git']) {
    mkdirSync(join(dir, ignored));
    writeFileSync(join(dir, ignored, 'file'), 'tool output');
  }
  return dir;
}

const result = (score: number, items: [string, number][]): CheckResult =>
  ({
    module: '01',
    title: 'x',
    dir: '/w',
    python: undefined,
    score,
    passScore: 70,
    passed: score >= 70,
    items: items.map(([id, earned]) => ({ id, earned })),
  }) as unknown as CheckResult;

describe('watch: what counts as a save', () => {
  it('snapshots the project without the folders tools write', () => {
    const dir = project();
    expect([...snapshot(dir).keys()]).toEqual(['src/app.py']);
    expect(isIgnored('.venv/lib/site.py')).toBe(true);
    expect(isIgnored('src/__pycache__/app.pyc')).toBe(true);
    expect(isIgnored('src/app.py')).toBe(false);
  });

  it('lists files added, saved and removed between snapshots', () => {
    const before = new Map([
      ['a.py', '1:10'],
      ['b.py', '1:10'],
      ['c.py', '1:10'],
    ]);
    const after = new Map([
      ['a.py', '1:10'],
      ['b.py', '2:12'],
      ['d.py', '1:1'],
    ]);
    expect(changedFiles(before, after)).toEqual(['b.py', 'c.py', 'd.py']);
  });

  for (const poll of [false, true]) {
    it(`wakes on a save and names only the saved file, ${poll ? 'polling' : 'with file events'}`, async () => {
      const dir = project();
      const waiting = waitForChange([dir], { poll, pollMs: 50, debounceMs: 50 });
      // Tool output first: it must not be what the watch reports
      writeFileSync(join(dir, 'mlruns', 'run.json'), '{}');
      writeFileSync(join(dir, '__pycache__', 'x.pyc'), 'bytes');
      writeFileSync(join(dir, 'src', 'app.py'), 'x = 2  # saved\n');
      expect(await waiting).toEqual(['src/app.py']);
    });
  }

  it('says it is watching only once a save from then on is seen: a save at that very moment wakes it', async () => {
    const dir = project();
    let announced = false;
    const waiting = waitForChange([dir], {
      debounceMs: 50,
      onWatching: () => {
        announced = true;
        // The learner saves the instant "Watching" is on screen, before any event could be handled.
        writeFileSync(join(dir, 'src', 'app.py'), 'x = 3  # saved at once\n');
      },
    });
    expect(announced).toBe(true);
    expect(await waiting).toEqual(['src/app.py']);
  });

  it('stops on Ctrl-C when asked to (the command line)', async () => {
    const waiting = waitForChange([project()], { debounceMs: 50, stopOnSignals: true });
    process.emit('SIGINT');
    expect(await waiting).toBe('stop');
  });

  it('stops when its signal aborts (the check screen), even before a save', async () => {
    const dir = project();
    const controller = new AbortController();
    const waiting = waitForChange([dir], { debounceMs: 50, signal: controller.signal });
    controller.abort();
    expect(await waiting).toBe('stop');
    const aborted = new AbortController();
    aborted.abort();
    expect(await waitForChange([dir], { signal: aborted.signal })).toBe('stop');
  });
});

describe('watch: what changed since the last run', () => {
  it('says the points each item won or lost', () => {
    const before = [
      result(82, [
        ['pytest', 0],
        ['readme', 8],
        ['mypy', 10],
      ]),
    ];
    const after = [
      result(87, [
        ['pytest', 10],
        ['readme', 3],
        ['mypy', 10],
      ]),
    ];
    expect(scoreChanges(before, after)).toEqual([
      { module: '01', from: 82, to: 87, items: ['+10 pytest', '−5 readme'] },
    ]);
    expect(scoreChanges(after, after)).toEqual([{ module: '01', from: 87, to: 87, items: [] }]);
  });
});
