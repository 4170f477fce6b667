// Every lesson's code run as a learner would run it (tests/content/lesson-harness.ts), and every claim a
// lesson makes about its own tests proven on a mutated copy (MUTATIONS in lesson-runs.ts).
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  allNeeds,
  harnessPython,
  lessonPairs,
  markedBlocks,
  runActions,
  runModule,
  unmetRequirements,
  type LessonReport,
} from './lesson-harness.js';
import { MUTATIONS, RUNS } from './lesson-runs.js';

const pairs = lessonPairs();
const python = harnessPython();
const unmet = unmetRequirements(python, allNeeds(pairs));

function failures(report: LessonReport): string[] {
  return report.failures.map((failure) => `${failure.where}\n${failure.detail}`);
}

describe('lesson markers', () => {
  it('are the same in the Spanish and the English file of every module', () => {
    for (const pair of pairs) {
      const es = markedBlocks(pair.es.body, pair.es.file).map((block) => block.attributes);
      expect(es, pair.es.file).toEqual(pair.blocks.map((block) => block.attributes));
    }
  });

  it('put every mini-project file the lesson shows in a different place', () => {
    for (const pair of pairs) {
      const files = pair.blocks.flatMap((block) => (block.file ? [block.file] : []));
      expect(new Set(files).size, pair.en.file).toBe(files.length);
    }
  });

  it('are rejected when unknown or malformed, naming the file and line', () => {
    expect(() => markedBlocks('```python fiel=a.py\nx = 1\n```\n', 'lessons/en/x.md')).toThrow(
      'lessons/en/x.md (body line 1): unknown marker "fiel"',
    );
    expect(() => markedBlocks('```python needs=pydantic>>2\nx = 1\n```\n', 'lessons/en/x.md')).toThrow(
      '"pydantic>>2" is not a requirement',
    );
    expect(() => markedBlocks('```text run\nx\n```\n', 'lessons/en/x.md')).toThrow(
      '"run" takes no value and marks a bash block',
    );
  });

  it('name only requirements the probe can judge, and report the ones this Python lacks', () => {
    const needs = [...new Set(allNeeds(pairs))].sort();
    expect(needs.length).toBeGreaterThan(0);
    // A requirement this Python meets is run, not skipped: the probe must tell the two apart.
    expect(unmetRequirements(python, ['pytest', 'pytest>=99', 'no_such_module_for_sure'])).toEqual(
      new Set(['pytest>=99', 'no_such_module_for_sure']),
    );
    const skipped = pairs.flatMap((pair) =>
      pair.blocks
        .filter((block) => block.needs.some((need) => unmet.has(need)))
        .map((block) => `${pair.en.file}:${block.line + pair.offset} needs ${block.needs.join(', ')}`),
    );
    console.log(`lesson blocks not run with ${python} (marked in the lesson):\n  ${skipped.join('\n  ') || '(none)'}`);
  });
});

describe.concurrent('every lesson runs with the test Python', () => {
  for (const pair of pairs) {
    it(`module ${pair.id}: concept blocks, mini-project files and the commands the lesson gives`, async () => {
      const report = await runModule(pair, pairs, python, unmet);
      expect(failures(report)).toEqual([]);
      const ran = report.results.length;
      const wanted =
        pair.blocks.filter((block) => block.lang === 'python' || block.file || block.run).length +
        (RUNS[pair.id]?.commands?.length ?? 0);
      // Nothing marked silently disappears: each block and command either ran or is listed as skipped.
      expect(ran + report.skipped.length).toBeGreaterThanOrEqual(wanted);
    }, 240_000);
  }
});

describe.concurrent('what the lessons say their tests catch, they catch', () => {
  for (const mutation of MUTATIONS) {
    it(`module ${mutation.module}: ${mutation.name}`, async (context) => {
      const pair = pairs.find((candidate) => candidate.id === mutation.module)!;
      // The unmutated files pass this check in the module's own run above.
      expect(
        RUNS[pair.id]?.commands?.some((command) => mutation.check.startsWith(command.run)),
        mutation.check,
      ).toBe(true);
      const failing = {
        run: mutation.shell ? `${mutation.shell}\n${mutation.check}` : mutation.check,
        exit: 'nonzero' as const,
        stdout: mutation.fails,
      };
      const mutated = await runModule(pair, pairs, python, unmet, {
        concepts: false,
        commands: [...(mutation.build === false ? [] : (RUNS[pair.id]?.build ?? [])), failing],
        ...(mutation.file ? { mutate: mutation } : {}),
      });
      if (mutated.skipped.length) {
        // Only when the test Python lacks what the lesson needs; the skip names it.
        context.skip(`needs ${[...new Set(mutated.skipped.flatMap((skip) => skip.needs))].join(', ')}`);
        return;
      }
      expect(failures(mutated)).toEqual([]);
    }, 240_000);
  }
});

describe('what running on this Python cannot show', () => {
  it('every estimator class in the lessons puts its mixins before BaseEstimator (scikit-learn ≥ 1.6 checks the order)', () => {
    const code = pairs.flatMap((pair) =>
      pair.blocks
        .filter((block) => block.lang === 'python')
        .map((block) => ({ where: `${pair.en.file}:${block.line + pair.offset}`, code: block.code })),
    );
    const script = `
import ast, json, sys
wrong = []
for block in json.load(sys.stdin):
    for node in ast.walk(ast.parse(block["code"])):
        if isinstance(node, ast.ClassDef):
            names = [b.id if isinstance(b, ast.Name) else getattr(b, "attr", "") for b in node.bases]
            if "BaseEstimator" in names and any(n.endswith("Mixin") for n in names[names.index("BaseEstimator") + 1:]):
                wrong.append(f'{block["where"]}: class {node.name}({", ".join(names)})')
print(json.dumps(wrong))`;
    const out = execFileSync(python, ['-c', script], { input: JSON.stringify(code), encoding: 'utf8' });
    expect(JSON.parse(out)).toEqual([]);
    expect(code.some((block) => block.code.includes('(TransformerMixin, BaseEstimator)'))).toBe(true);
  });
});

describe('the harness fails a lesson that is wrong', () => {
  async function verdicts(...codes: { code: string; expect?: string }[]): Promise<string[]> {
    const workspace = mkdtempSync(join(tmpdir(), 'mlops-lesson-self-'));
    const results = await runActions(
      python,
      workspace,
      join(workspace, 'm'),
      codes.map((c, i) => ({ kind: 'exec' as const, where: `block ${i}`, ...c })),
    );
    return results.map((result) => (result.ok ? 'ok' : (result.detail.split('\n').find((line) => line.trim()) ?? '')));
  }

  it('on an exception, a wrong expected exception, a promised print that differs and an API going away', async () => {
    expect(
      await verdicts(
        { code: 'print(sum([1, 2]))  # 3 (the total)' },
        { code: '{}["missing"]' },
        { code: 'raise AttributeError("no set_output")', expect: 'ValueError' },
        { code: 'x = 1', expect: 'ValueError' },
        { code: 'print([0.25, 0.5])  # [0.25, 0.0]' },
        { code: 'import warnings\nwarnings.warn("old", FutureWarning)' },
        { code: 'raise ValueError("Unable to configure output")', expect: 'ValueError' },
      ),
    ).toEqual([
      'ok',
      expect.stringContaining('Traceback'),
      expect.stringContaining('Traceback'),
      'the lesson says this raises ValueError, but it ran without an exception',
      'output differs from what the lesson shows:',
      'uses an API that is going away:',
      'ok',
    ]);
  });
});
