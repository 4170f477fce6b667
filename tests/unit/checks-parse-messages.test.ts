import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { describeFinding, parseMessages } from '../../src/checks/parse/messages.js';
import { pinnedVerdict, parsePyprojectDependencies, parseRequirements } from '../../src/checks/parse/requirements.js';
import { coverageGates, scanSteps } from '../../src/checks/parse/workflow-analysis.js';
import { rootCause } from '../../src/checks/parse/pytest-output.js';
import { sampleRequests } from '../../src/checks/parse/openapi-sample.js';

const fixture = (path: string): string => readFileSync(new URL(`../fixtures/parse/${path}`, import.meta.url), 'utf8');

describe('parse messages', () => {
  it('has a sentence for every code in both languages', () => {
    expect(Object.keys(parseMessages.es).sort()).toEqual(Object.keys(parseMessages.en).sort());
    expect(Object.keys(parseMessages.es).length).toBeGreaterThan(70);
  });

  it('says where and what for findings the parsers really produce, in es and en, without "undefined"', () => {
    const findings = [
      ...parseRequirements('fastapi\nfoo bar baz\n-r missing.txt\n', 'requirements.txt', () => undefined).problems,
      ...parsePyprojectDependencies('[project\n').problems,
      ...coverageGates([
        {
          file: 'ci.yml',
          data: parse(
            'on: push\njobs:\n  t:\n    runs-on: ubuntu-latest\n    steps:\n      - run: pytest --cov --cov-fail-under=${{ vars.MIN }}\n      - run: pytest --cov=src\n',
          ),
        },
      ]).gates,
      ...scanSteps(
        [
          {
            file: 'ci.yml',
            data: parse(
              'on: push\njobs:\n  t:\n    runs-on: ubuntu-latest\n    steps:\n      - run: gitleaks detect || true\n',
            ),
          },
        ],
        'secret-scan',
      ).flatMap((s) => s.reasons),
      ...sampleRequests(JSON.parse(fixture('openapi-fastapi-pydantic2.json'))).invalid,
      rootCause(fixture('pytest/collect-src-layout-pytest8.txt'))!,
    ];
    for (const lang of ['es', 'en'] as const) {
      for (const item of findings) {
        const sentence = describeFinding(lang, item as Parameters<typeof describeFinding>[1]);
        expect(sentence, item.code).not.toMatch(/undefined|\[object Object\]/);
        expect(sentence.length, item.code).toBeGreaterThan(15);
      }
    }
  });

  it('reads like a reviewer in both languages', () => {
    const [unpinned] = parseRequirements('pandas>=2\n', 'requirements.txt').problems;
    expect(describeFinding('es', unpinned!)).toBe(
      'requirements.txt:1: pandas >=2 admite varias versiones: fija una con ==.',
    );
    expect(describeFinding('en', unpinned!)).toBe(
      'requirements.txt:1: pandas >=2 allows several versions: pin one with ==.',
    );
    const [gate] = coverageGates([
      {
        file: '.github/workflows/ci.yml',
        data: parse(
          'on: push\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - run: pytest --cov --cov-fail-under=${{ vars.COV_MIN }}\n',
        ),
      },
    ]).gates;
    expect(describeFinding('en', gate!)).toBe(
      '.github/workflows/ci.yml: the coverage threshold is ${{ vars.COV_MIN }}, and vars.COV_MIN is a repository variable (vars), which lives in GitHub settings, not in the files; put the number in the workflow or in [tool.coverage.report] fail_under.',
    );
    const cause = rootCause(fixture('pytest/collect-src-layout-pytest8.txt'))!;
    expect(describeFinding('es', cause)).toBe(
      "tests/test_api.py no se puede importar: ModuleNotFoundError: No module named 'mlflow' (y otros 5 ficheros).",
    );
    const verdict = pinnedVerdict({
      pyproject: parsePyprojectDependencies('[project]\nname = "x"\ndependencies = ["fastapi>=0.110"]\n'),
    });
    expect(describeFinding('es', verdict)).toBe(
      'pyproject.toml:3: fastapi >=0.110 es un rango (1 en total) y no hay lock file: añade uv.lock, poetry.lock o un requirements.txt compilado.',
    );
  });
});
