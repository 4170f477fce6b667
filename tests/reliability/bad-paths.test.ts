// Issue 14, item 9: a --home or export --out that cannot work is one sentence and exit 2, never
// "Unexpected error"; a read-only progress folder still lets status and export read.
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cli } from '../helpers/cli.js';

const profile = {
  language: 'en',
  startDate: '2026-11-02',
  paceWeeks: 8,
  workspace: '/tmp',
  createdAt: '2026-11-02T09:00:00.000Z',
};
const state = {
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

function expectOneSentence(result: { exitCode?: number; stdout: string; stderr: string }, expected: RegExp | string) {
  expect(result.exitCode).toBe(2);
  expect(result.stdout).toBe('');
  expect(result.stderr).not.toContain('\n');
  expect(result.stderr).not.toContain('Unexpected error');
  if (typeof expected === 'string') expect(result.stderr).toBe(expected);
  else expect(result.stderr).toMatch(expected);
}

describe('a --home that is not a folder', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'mlops-badhome-'));
  const file = join(scratch, 'a-file');
  writeFileSync(file, 'x');
  const fifo = join(scratch, 'a-fifo');
  execFileSync('mkfifo', [fifo]);
  for (const [name, home] of [
    ['/dev/null', '/dev/null'],
    ['/dev/full', '/dev/full'],
    ['a regular file', file],
    ['a FIFO', fifo],
    ['a path under a file', join(file, 'below')],
  ] as const) {
    it(`${name}: status, reset and check say so in one sentence, exit 2`, { timeout: 30_000 }, async () => {
      const expected = `${home} is not a folder: choose a folder for your progress with --home or MLOPS_TUTOR_HOME.`;
      for (const args of [['status'], ['reset', '--all', '--yes'], ['check', '00', '--dir', scratch]]) {
        const result = await cli([...args, '--home', home]);
        expectOneSentence(result, expected);
      }
    });
  }
});

/** A read-only folder holding progress: a read-only tmpfs as root (root ignores permissions), else chmod. */
function readOnlyHome(): { home: string; release: () => void } {
  const home = mkdtempSync(join(tmpdir(), 'mlops-rohome-'));
  if (process.getuid?.() === 0) {
    try {
      execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=1m', 'tmpfs', home], { stdio: 'ignore' });
      writeFileSync(join(home, 'state.json'), JSON.stringify(state));
      execFileSync('mount', ['-o', 'remount,ro', home]);
      return { home, release: () => execFileSync('umount', [home]) };
    } catch {
      // No mount here: fall through to permissions (not enforced for root, then the test is skipped).
    }
  }
  writeFileSync(join(home, 'state.json'), JSON.stringify(state));
  chmodSync(home, 0o555);
  return { home, release: () => chmodSync(home, 0o755) };
}

describe('a read-only progress folder', () => {
  const { home, release } = readOnlyHome();
  afterAll(release);
  let enforced = true;
  try {
    writeFileSync(join(home, 'probe'), '');
    enforced = false;
    rmSync(join(home, 'probe'));
  } catch {
    // Writes fail: the folder is read-only as intended.
  }

  it.runIf(enforced)('status and export still read the progress', { timeout: 30_000 }, async () => {
    const status = await cli(['status'], { home });
    expect(status.exitCode).toBe(0);
    expect(status.stdout).toContain('quiz 90 %');
    const exported = await cli(['export', '--format', 'json'], { home });
    expect(exported.exitCode).toBe(0);
    expect(JSON.parse(exported.stdout).modules.find((module: { id: string }) => module.id === '03').quiz).toEqual({
      best: 90,
      attempts: 1,
      passed: true,
    });
  });

  it.runIf(enforced)(
    'a command that must write says the folder cannot be written, exit 2',
    { timeout: 30_000 },
    async () => {
      expectOneSentence(
        await cli(['reset', '--all', '--yes'], { home }),
        `Cannot write progress to ${home}: choose a writable folder with --home or MLOPS_TUTOR_HOME.`,
      );
    },
  );
});

describe('a bad export --out', () => {
  const home = mkdtempSync(join(tmpdir(), 'mlops-out-home-'));
  writeFileSync(join(home, 'state.json'), JSON.stringify(state));
  const scratch = mkdtempSync(join(tmpdir(), 'mlops-out-'));
  const folder = join(scratch, 'a-folder');
  mkdirSync(folder);
  const loop = join(scratch, 'loop');
  symlinkSync(loop, loop);

  it('a folder', async () => {
    expectOneSentence(
      await cli(['export', '--out', folder], { home }),
      `${folder} is a folder: give --out the path of a file.`,
    );
  });

  it('/dev/full', async () => {
    expectOneSentence(
      await cli(['export', '--out', '/dev/full'], { home }),
      'Cannot write the report to /dev/full (ENOSPC): give --out another file.',
    );
  });

  it('a symlink loop', async () => {
    expectOneSentence(
      await cli(['export', '--out', loop], { home }),
      `Cannot write the report to ${loop} (ELOOP): give --out another file.`,
    );
  });
});
