// Probes of one check that only import and call the learner's code share one Python process
// (kinds/python-probe.ts): the same verdicts as alone, and a module that ends the interpreter costs only
// its own item — the batch is asked again probe by probe.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { helperDir } from '../../src/checks/definitions.js';
import { BATCHABLE_PROBES } from '../../src/checks/kinds/python-probe.js';
import { runCheck } from '../../src/checks/runner.js';
import { checkSchema } from '../../src/content/check-schema.js';
import { realSyllabus, repoRoot } from '../helpers/syllabus.js';
import { testPython } from './helpers.js';

const probe = (id: string, name: string, args: Record<string, unknown>) => ({
  id,
  title: { es: id, en: id },
  category: 'functionality',
  points: 20,
  kind: 'python-probe',
  probe: name,
  args,
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

/** A project whose modules note, at import, the process that imported them. */
function project(mathops: string) {
  const workspace = mkdtempSync(join(tmpdir(), 'mlops-probes-'));
  const dir = join(workspace, 'project');
  mkdirSync(dir);
  const pids = join(workspace, 'pids');
  const note = `import os\nwith open(${JSON.stringify(pids)}, "a") as _f:\n    _f.write(str(os.getpid()) + "\\n")\n`;
  writeFileSync(
    join(dir, 'config.py'),
    `${note}import json\nfrom pydantic import BaseModel, Field\n\n\nclass AppConfig(BaseModel):\n    name: str\n    rate: float = Field(0.1, gt=0)\n\n\ndef load_config(path: str) -> AppConfig:\n    with open(path, encoding="utf-8") as handle:\n        return AppConfig(**json.load(handle))\n`,
  );
  writeFileSync(join(dir, 'mathops.py'), `${note}${mathops}`);
  return { workspace, dir, pids: () => readFileSync(pids, 'utf8').trim().split('\n') };
}

async function check(workspace: string, dir: string) {
  const definition = checkSchema.parse({
    id: '01',
    module: '01',
    slug: 'probes',
    title: { es: 't', en: 't' },
    path: 'project',
    passScore: 70,
    items: [
      probe('config', 'load-config', { module: 'config', model: 'AppConfig', function: 'load_config' }),
      probe('mean', 'call-functions', {
        cases: [{ module: 'mathops', function: 'mean', args: [[1.0, 2.0, 3.0]], expect: 2.0 }],
      }),
      pad('d', 'docs', 15),
      pad('r', 'reproducibility', 15),
      pad('t', 'tests', 10),
      pad('q', 'quality', 20),
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
  return (id: string) => result.items.find((item) => item.id === id)!;
}

const mean = 'def mean(values: list[float]) -> float:\n    return sum(values) / len(values)\n';

describe('python-probe items of one check', () => {
  it('are batched for the same probes on both sides (probes.py refuses any other in a batch)', () => {
    const source = readFileSync(join(helperDir(repoRoot), 'probes.py'), 'utf8');
    const listed = /^BATCHABLE = \(([^)]*)\)/m.exec(source)?.[1] ?? '';
    expect([...listed.matchAll(/"([a-z-]+)"/g)].map((match) => match[1]).sort()).toEqual([...BATCHABLE_PROBES].sort());
  });

  it('run in one process and each gets the verdict it would get alone', async () => {
    const { workspace, dir, pids } = project(mean);
    const verdict = await check(workspace, dir);
    expect(verdict('config').status, verdict('config').message).toBe('pass');
    expect(verdict('mean').status, verdict('mean').message).toBe('pass');
    const [first, second] = pids();
    expect(pids()).toHaveLength(2);
    expect(first).toBe(second);
  });

  it('a module that ends the interpreter when imported costs only its own item', async () => {
    const { workspace, dir, pids } = project(`os._exit(3)\n${mean}`);
    const verdict = await check(workspace, dir);
    expect(verdict('config').status, verdict('config').message).toBe('pass');
    expect(verdict('mean').status).not.toBe('pass');
    // Asked together first, then each alone: three imports in three processes.
    expect(new Set(pids()).size).toBe(3);
  });
});
