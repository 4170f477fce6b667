// Issue 14, item 3: a result that cannot be saved is still printed, one sentence says it was not
// saved and why, and the exit code (3) tells it apart from "below the pass mark" (1). A real full disk
// (a small tmpfs, when this machine lets us mount one) and an injected write error (everywhere).
import { execFileSync } from 'node:child_process';
import {
  mkdirSync,
  mkdtempSync,
  openSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
  writeSync,
  closeSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { cli } from '../helpers/cli.js';
import { testPython } from '../checks/helpers.js';

// The injected error: writeSync fails with ENOSPC while `full.on` is set (the store writes with it).
const full = vi.hoisted(() => ({ on: false }));
vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs')>();
  const writeSync = ((...args: Parameters<typeof fs.writeSync>) => {
    if (full.on)
      throw Object.assign(new Error('ENOSPC: no space left on device, write'), {
        code: 'ENOSPC',
        errno: -28,
        syscall: 'write',
      });
    return (fs.writeSync as (...a: unknown[]) => number)(...args);
  }) as typeof fs.writeSync;
  return { ...fs, default: { ...fs, writeSync }, writeSync };
});

const { main } = await import('../../src/cli/main.js');

const profile = {
  language: 'en',
  startDate: '2026-11-02',
  paceWeeks: 8,
  workspace: '/tmp',
  createdAt: '2026-11-02T09:00:00.000Z',
};
const savedText = JSON.stringify({
  schemaVersion: 2,
  profile,
  modules: { '03': { startedAt: '2026-11-03T10:00:00.000Z' } },
  quizzes: [],
  questions: {},
  drills: [],
  cards: {},
});

/** A workspace whose module 00 folder is empty: the check runs quickly and scores 0. */
function emptyWorkspace(): string {
  const workspace = mkdtempSync(join(tmpdir(), 'mlops-unsaved-ws-'));
  mkdirSync(join(workspace, '00-intro'));
  return workspace;
}

async function runInProcess(argv: string[]) {
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
    return { code: await main(argv, '0.0.0-test', { interactive: false, color: false, columns: 80 }), stdout, stderr };
  } finally {
    process.stdout.write = out;
    process.stderr.write = err;
  }
}

describe('a check result that cannot be saved (injected ENOSPC)', () => {
  it(
    'prints the whole summary, says in one sentence it was not saved, exits 3; the file is unchanged',
    { timeout: 60_000 },
    async () => {
      const home = mkdtempSync(join(tmpdir(), 'mlops-unsaved-'));
      writeFileSync(join(home, 'state.json'), savedText);
      process.env.MLOPS_TUTOR_PYTHON = testPython();
      full.on = true;
      let result;
      try {
        result = await runInProcess(['check', '0', '--dir', emptyWorkspace(), '--home', home, '--lang', 'en']);
      } finally {
        full.on = false;
      }
      expect(result.code).toBe(3);
      expect(result.stdout).toContain('Score: 10/100 · still developing');
      expect(result.stdout).toContain("−10 The module's five files: Create README.md");
      expect(result.stderr).toBe(
        `This result was not saved: the disk holding ${join(home, 'state.json')} is full; free some space and run it again.\n`,
      );
      expect(readFileSync(join(home, 'state.json'), 'utf8')).toBe(savedText);
      expect(readdirSync(home)).toEqual(['state.json']);
    },
  );

  it('reset says nothing was forgotten and exits 3', async () => {
    const home = mkdtempSync(join(tmpdir(), 'mlops-unsaved-'));
    writeFileSync(join(home, 'state.json'), savedText);
    full.on = true;
    let result;
    try {
      result = await runInProcess(['reset', '--all', '--yes', '--home', home, '--lang', 'es']);
    } finally {
      full.on = false;
    }
    expect(result).toMatchObject({ code: 3, stdout: '' });
    expect(result.stderr).toBe(
      `No se borró nada: el disco de ${join(home, 'state.json')} está lleno; libera espacio y vuelve a ejecutarlo.\n`,
    );
    expect(readFileSync(join(home, 'state.json'), 'utf8')).toBe(savedText);
  });
});

/** A 256 KiB tmpfs, filled to the last byte, when this machine allows mounting one (root in CI). */
function mountFullDisk(): string | undefined {
  const dir = mkdtempSync(join(tmpdir(), 'mlops-full-'));
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=256k', 'tmpfs', dir], { stdio: 'ignore' });
  } catch {
    rmSync(dir, { recursive: true, force: true });
    return undefined;
  }
  const home = join(dir, 'home');
  mkdirSync(home);
  writeFileSync(join(home, 'state.json'), savedText);
  const fd = openSync(join(dir, 'filler'), 'w');
  const chunk = Buffer.alloc(4096, 1);
  try {
    for (;;) writeSync(fd, chunk);
  } catch {
    // ENOSPC: the disk is full.
  } finally {
    closeSync(fd);
  }
  return dir;
}

const disk = mountFullDisk();
afterAll(() => {
  if (!disk) return;
  execFileSync('umount', [disk]);
  rmSync(disk, { recursive: true, force: true });
});

describe.runIf(disk)('a check result on a really full disk (tmpfs)', () => {
  it(
    'the binary prints the result, one sentence on stderr, exit 3; --json still prints the report',
    { timeout: 120_000 },
    async () => {
      const home = join(disk!, 'home');
      const workspace = emptyWorkspace();
      const env = { MLOPS_TUTOR_PYTHON: testPython() };
      const plain = await cli(['check', '0', '--dir', workspace], { home, env });
      expect(plain.exitCode).toBe(3);
      expect(plain.stdout).toContain('Score: 10/100 · still developing');
      expect(plain.stderr).toBe(
        `This result was not saved: the disk holding ${join(home, 'state.json')} is full; free some space and run it again.`,
      );
      const json = await cli(['check', '0', '--dir', workspace, '--json'], { home, env });
      expect(json.exitCode).toBe(3);
      expect(JSON.parse(json.stdout)).toMatchObject({ module: '00', score: 10, passed: false });
      // Nothing lost, nothing left behind.
      expect(readFileSync(join(home, 'state.json'), 'utf8')).toBe(savedText);
      expect(readdirSync(home)).toEqual(['state.json']);
      // status still reads the progress on the full disk.
      const status = await cli(['status'], { home });
      expect(status.exitCode).toBe(0);
      expect(status.stdout).toContain('03 Feature engineering');
    },
  );
});
