// python-ast items asked at the same time share one Python process (kinds/python-ast.ts): each item
// still gets its own verdict — a file that does not parse, or a question that crashes the helper, costs
// only its own item.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { helperDir } from '../../src/checks/definitions.js';
import { runCheck } from '../../src/checks/runner.js';
import { checkSchema } from '../../src/content/check-schema.js';
import { realSyllabus, repoRoot } from '../helpers/syllabus.js';
import { testPython } from './helpers.js';

const ast = (id: string, file: string, assert: Record<string, unknown>, category = 'quality') => ({
  id,
  title: { es: id, en: id },
  category,
  points: 10,
  kind: 'python-ast',
  file,
  assert,
  hint: { es: 'x', en: 'x' },
});
const pad = (id: string, category: string, points: number) => ({
  id,
  title: { es: id, en: id },
  category,
  points,
  kind: 'files-exist',
  files: [],
  hint: { es: 'x', en: 'x' },
});

describe('python-ast items of one check', () => {
  it('get a verdict each when they are asked together', async () => {
    const workspace = mkdtempSync(join(tmpdir(), 'mlops-ast-'));
    const dir = join(workspace, 'project');
    mkdirSync(dir);
    writeFileSync(join(dir, 'model.py'), 'class Scaler:\n    def fit(self, x: int) -> "Scaler":\n        return self\n');
    writeFileSync(join(dir, 'broken.py'), 'def oops(:\n    pass\n');
    const definition = checkSchema.parse({
      id: '03',
      module: '03',
      slug: 'features',
      title: { es: 't', en: 't' },
      path: 'project',
      passScore: 70,
      items: [
        ast('has-scaler', 'model.py', { query: 'class', name: 'Scaler', methods: ['fit'] }, 'functionality'),
        ast('has-transformer', 'model.py', { query: 'class', name: 'Transformer' }, 'functionality'),
        ast('broken-parses', 'broken.py', { query: 'functions', names: ['oops'] }, 'functionality'),
        ast('typed', 'model.py', { query: 'typed-functions', docstrings: false, min: 1 }),
        pad('d', 'docs', 15),
        pad('r', 'reproducibility', 15),
        pad('t', 'tests', 10),
        pad('q', 'quality', 10),
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
    const verdict = (id: string) => result.items.find((item) => item.id === id)!;
    expect(verdict('has-scaler').status, verdict('has-scaler').message).toBe('pass');
    expect(verdict('has-transformer')).toMatchObject({ status: 'fail' });
    expect(verdict('has-transformer').message).toContain('does not define the class Transformer');
    expect(verdict('broken-parses')).toMatchObject({ status: 'fail' });
    expect(verdict('broken-parses').message).toMatch(/^broken\.py: syntax error on line 1/);
    expect(verdict('typed').status, verdict('typed').message).toBe('pass');
  });
});
