// Odd workspaces get a result, never a crash: runaway processes are killed with their children,
// huge output is trimmed, and unreadable, looping or non-UTF-8 files become failed items.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkSchema, type CheckDefinition } from '../../src/content/check-schema.js';
import { check, definition, solutionWorkspace, testPython } from './helpers.js';

function folder(): { workspace: string; dir: string } {
  const workspace = mkdtempSync(join(tmpdir(), 'mlops-odd-'));
  const dir = join(workspace, 'project');
  mkdirSync(dir);
  return { workspace, dir };
}

/** A one-item checker that runs `script.py` in the folder, padded to the rubric's totals. */
function scriptChecker(timeoutSec: number): CheckDefinition {
  const pad = (id: string, category: string, points: number) => ({ id, title: { es: id, en: id }, category, points, kind: 'files-exist', files: [], hint: { es: 'x', en: 'x' } });
  return checkSchema.parse({
    id: '00', module: '00', slug: 'intro', title: { es: 't', en: 't' }, path: 'project', passScore: 70,
    items: [
      { id: 'run', title: { es: 'run', en: 'run' }, category: 'functionality', points: 40, kind: 'command', argv: ['{python}', 'script.py'], timeoutSec, hint: { es: 'x', en: 'x' } },
      pad('q', 'quality', 20), pad('d', 'docs', 15), pad('r', 'reproducibility', 15), pad('t', 'tests', 10),
    ],
  });
}

function processesWith(marker: string): string[] {
  return execFileSync('ps', ['-eo', 'pid,args'], { encoding: 'utf8' }).split('\n').filter((line) => line.includes(marker) && !line.includes('ps -eo'));
}

describe('odd workspaces', () => {
  it('an empty module folder scores 0 and fails', { timeout: 60_000 }, async () => {
    const { workspace, dir } = folder();
    const result = await check(definition('00'), dir, workspace);
    // Only the interpreter itself (Python ≥ 3.10 with venv, module 00's environment item) can pass.
    expect(result.items.filter((item) => item.status === 'pass').map((item) => item.id)).toEqual(['python-env']);
    expect(result.score).toBe(10);
    expect(result.passed).toBe(false);
    expect(result.items.find((item) => item.id === 'files')?.message).toContain('README.md');
    // No gate: nothing is skipped for want of the files item; each item failed on what it reads.
    expect(result.items.filter((item) => item.status === 'skip')).toEqual([]);
  });

  it('a script that loops forever is timed out and killed together with its sleeping grandchild', { timeout: 60_000 }, async () => {
    const { workspace, dir } = folder();
    const marker = `mlops-grandchild-${process.pid}-${Date.now()}`;
    writeFileSync(join(dir, 'script.py'), `import subprocess\nsubprocess.Popen(["sh", "-c", "sleep 3600 # ${marker}"])\nwhile True:\n    pass\n`);
    const started = Date.now();
    const result = await check(scriptChecker(2), dir, workspace);
    const run = result.items.find((item) => item.id === 'run')!;
    expect(run.status).toBe('fail');
    expect(run.message).toMatch(/time limit/);
    expect(Date.now() - started).toBeLessThan(15_000);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(processesWith(marker)).toEqual([]);
  });

  it('a script that exits but leaves a grandchild sleeping for an hour does not leave it behind', { timeout: 60_000 }, async () => {
    const { workspace, dir } = folder();
    const marker = `mlops-orphan-${process.pid}-${Date.now()}`;
    writeFileSync(join(dir, 'script.py'), `import subprocess\nsubprocess.Popen(["sh", "-c", "sleep 3600 # ${marker}"])\nprint("bye")\n`);
    const result = await check(scriptChecker(20), dir, workspace);
    expect(result.items.find((item) => item.id === 'run')?.status).toBe('pass');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(processesWith(marker)).toEqual([]);
  });

  it('megabytes of output are trimmed to head and tail with the size cut', { timeout: 60_000 }, async () => {
    const { workspace, dir } = folder();
    writeFileSync(join(dir, 'script.py'), 'import sys\nsys.stdout.write("first line\\n")\nfor i in range(200000):\n    sys.stdout.write("x" * 40 + "\\n")\nsys.stdout.write("last line\\n")\n');
    const result = await check(scriptChecker(60), dir, workspace);
    const run = result.items.find((item) => item.id === 'run')!;
    expect(run.status).toBe('pass');
    expect(run.output!.length).toBeLessThan(40_000);
    expect(run.output).toContain('first line');
    expect(run.output).toContain('last line');
    expect(run.output).toMatch(/\d+ bytes cut/);
  });

  it('a symlink loop, a FIFO and non-UTF-8 text give failed or passed items, not a crash or a hang', { timeout: 60_000 }, async () => {
    const { workspace, dir } = solutionWorkspace('00');
    execFileSync('rm', [join(dir, 'Makefile'), join(dir, '.gitignore'), join(dir, 'README.md')]);
    symlinkSync('loop-b', join(dir, 'Makefile'));
    symlinkSync('Makefile', join(dir, 'loop-b'));
    execFileSync('mkfifo', [join(dir, '.gitignore')]);
    writeFileSync(join(dir, 'README.md'), Buffer.from('# Entorno\n\nSistema operativo: Debian 12. Python: 3.11.2. Creo el entorno virtual con make setup y lo activo; as\xed de f\xe1cil, se\xf1or, con m\xe1s palabras para llegar.\n', 'latin1'));
    const result = await check(definition('00'), dir, workspace);
    const byId = Object.fromEntries(result.items.map((item) => [item.id, item]));
    expect(byId.files!.status).toBe('fail');
    // A link loop and a FIFO are not the artefacts: the items say they found none.
    expect(byId.makefile).toMatchObject({ status: 'fail', message: expect.stringMatching(/^cannot find the Makefile/) });
    expect(byId.gitignore).toMatchObject({ status: 'fail', message: expect.stringMatching(/^cannot find \.gitignore/) });
    expect(byId.readme!.status).toBe('pass');
    // The readers themselves, given those paths directly.
    const { makefileTargets } = await import('../../src/checks/kinds/makefile.js');
    const { gitignore } = await import('../../src/checks/kinds/gitignore.js');
    const { markdown } = await import('../../src/checks/kinds/markdown.js');
    const { messages } = await import('../../src/i18n/index.js');
    const { Project } = await import('../../src/checks/discovery/project.js');
    const t = messages('en').check;
    const project = new Project({ dir, artefacts: definition('00').artefacts, overrides: {}, lang: 'en', text: t.msg });
    const ctx = { dir, boundary: dir, project, lang: 'en' as const, workspace, python: testPython(), helperDir: '', t, timeoutMs: 5000, env: process.env };
    const named = (id: string, file: string) => ({ ...definition('00').items.find((item) => item.id === id)!, file }) as never;
    const loop = makefileTargets(named('makefile', 'Makefile'), ctx);
    expect(loop.status).toBe('fail');
    expect(loop.message).toMatch(/cannot read Makefile \(ELOOP\)|Makefile does not exist/);
    const fifo = gitignore(named('gitignore', '.gitignore'), ctx);
    expect(fifo).toMatchObject({ status: 'fail', message: '.gitignore is not a regular file' });
    const latin = await markdown(named('readme', 'README.md'), ctx);
    expect(latin.status).toBe('pass');
  });

  it('without Python the items that need one are not run (left out of the score), with an install hint', { timeout: 60_000 }, async () => {
    const { workspace, dir } = solutionWorkspace('00');
    const result = await check(definition('00'), dir, workspace, { python: undefined });
    const run = result.items.find((item) => item.id === 'check-env-runs')!;
    expect(run.status).toBe('not-run');
    // Only the static items ran: too little verified to pass, whatever they scored.
    expect(result.verifiedPoints).toBe(result.items.filter((item) => item.status !== 'not-run').reduce((sum, item) => sum + item.points, 0));
    expect(result.verifiedPoints).toBeLessThan(70);
    expect(result.passed).toBe(false);
    expect(run.hint).toMatch(/Install Python 3\.10/);
    expect(result.items.find((item) => item.id === 'files')?.status).toBe('pass');
  });
});
