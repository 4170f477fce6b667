// A tool command that writes nothing starts while the Python modules it needs are still being looked
// up (evaluate.ts). When one is missing, that early run is stopped and thrown away: the item is "not
// run here" with the install command, and nothing it started is left running.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { helperDir } from '../../src/checks/definitions.js';
import { runCheck } from '../../src/checks/runner.js';
import { checkSchema } from '../../src/content/check-schema.js';
import { eventually } from '../helpers/eventually.js';
import { realSyllabus, repoRoot } from '../helpers/syllabus.js';
import { testPython } from './helpers.js';

const sleeping = (marker: string): number[] => {
  try {
    return execFileSync('pgrep', ['-f', `^sleep ${marker.replace('.', '\\.')}$`], { encoding: 'utf8' })
      .trim()
      .split('\n')
      .filter(Boolean)
      .map(Number);
  } catch {
    return [];
  }
};

const item = (id: string, category: string, extra: Record<string, unknown>) => ({
  id,
  title: { es: id, en: id },
  category,
  points: 20,
  hint: { es: 'x', en: 'x' },
  ...extra,
});

describe('an item whose Python module is missing here', () => {
  it('is "not run" with the install command, and its early run is stopped', async () => {
    const marker = `301.${Math.floor(Math.random() * 1e9)}`;
    const workspace = mkdtempSync(join(tmpdir(), 'mlops-missing-'));
    const dir = join(workspace, 'project');
    mkdirSync(dir);
    const waits = `import subprocess; subprocess.run(["sleep", "${marker}"])`;
    const definition = checkSchema.parse({
      id: '01',
      module: '01',
      slug: 'python',
      title: { es: 't', en: 't' },
      path: 'project',
      passScore: 70,
      items: [
        item('needs-absent', 'functionality', { kind: 'command', pythonModules: ['mlops_tutor_absent_pkg'], argv: ['{python}', '-c', waits] }),
        item('runs', 'functionality', { kind: 'command', pythonModules: ['json'], argv: ['{python}', '-c', 'print("ok")'] }),
        item('q', 'quality', { kind: 'files-exist', files: [] }),
        item('d', 'docs', { kind: 'files-exist', files: [] }),
        item('r', 'reproducibility', { kind: 'files-exist', files: [] }),
        item('t', 'tests', { kind: 'files-exist', files: [], points: 10 }),
      ],
    });
    const result = await runCheck({
      definition,
      rubric: realSyllabus().rubric,
      dir,
      workspace,
      python: testPython(),
      helperDir: helperDir(repoRoot),
      lang: 'en',
    });
    const absent = result.items.find((entry) => entry.id === 'needs-absent')!;
    expect(absent.status).toBe('not-run');
    expect(absent.message).toContain('mlops_tutor_absent_pkg');
    expect(absent.hint).toMatch(/pip install mlops_tutor_absent_pkg|mlops-tutor-absent-pkg/);
    expect(result.items.find((entry) => entry.id === 'runs')!.status).toBe('pass');
    await eventually(() => expect(sleeping(marker)).toEqual([]), { timeoutMs: 5000 });
  });
});
