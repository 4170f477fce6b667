// Issue 14, items 6 and 8: the learner's code runs with a scrubbed environment (our home and the
// shell's secrets stay out, what the tools need stays in), and what comes back from it — a test name,
// an assertion message, printed output — reaches the terminal, --json and JUnit with its escape codes
// shown, never obeyed; the JUnit file stays valid XML.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { helperDir } from '../../src/checks/definitions.js';
import { KEPT_VARIABLES } from '../../src/checks/learner-env.js';
import { runCheck } from '../../src/checks/runner.js';
import { checkSchema } from '../../src/content/check-schema.js';
import { testPython } from '../checks/helpers.js';
import { cli } from '../helpers/cli.js';
import { realSyllabus, repoRoot } from '../helpers/syllabus.js';

const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/;

/** The test cases of a JUnit file, read by a strict XML parser (Python's expat): it throws on invalid XML. */
function junitCases(file: string): { name: string; failure?: string; out?: string }[] {
  const code = [
    'import json, sys, xml.dom.minidom as m',
    'doc = m.parse(sys.argv[1])',
    'text = lambda nodes: "".join(n.data for node in nodes for n in node.childNodes) if nodes else None',
    'print(json.dumps([{"name": c.getAttribute("name"), "failure": (c.getElementsByTagName("failure") or [None])[0] and c.getElementsByTagName("failure")[0].getAttribute("message"), "out": text(c.getElementsByTagName("system-out"))} for c in doc.getElementsByTagName("testcase")]))',
  ].join('\n');
  return JSON.parse(execFileSync(testPython(), ['-c', code, file], { encoding: 'utf8' }));
}

describe("the learner's environment", () => {
  it(
    'has PATH, HOME, the virtual environment and the locale, and neither our home nor a secret',
    { timeout: 60_000 },
    async () => {
      const workspace = mkdtempSync(join(tmpdir(), 'mlops-env-'));
      const dir = join(workspace, 'project');
      mkdirSync(dir);
      writeFileSync(join(dir, 'show_env.py'), 'import json, os\nprint("ENV " + json.dumps(dict(os.environ)))\n');
      const pad = (id: string, category: string, points: number) => ({
        id,
        title: { es: id, en: id },
        category,
        points,
        kind: 'files-exist',
        files: [],
        hint: { es: 'x', en: 'x' },
      });
      const definition = checkSchema.parse({
        id: '00',
        module: '00',
        slug: 'intro',
        title: { es: 't', en: 't' },
        path: 'project',
        passScore: 70,
        items: [
          {
            id: 'env',
            title: { es: 'e', en: 'e' },
            category: 'functionality',
            points: 40,
            kind: 'command',
            argv: ['{python}', 'show_env.py'],
            hint: { es: 'x', en: 'x' },
          },
          pad('q', 'quality', 20),
          pad('d', 'docs', 15),
          pad('r', 'reproducibility', 15),
          pad('t', 'tests', 10),
        ],
      });
      const env = {
        ...process.env,
        MLOPS_TUTOR_HOME: '/home/learner/.config/mlops-tutor',
        MLOPS_TUTOR_PYTHON: testPython(),
        AWS_SECRET_ACCESS_KEY: 'wJalrXUtnFEMI',
        GITHUB_TOKEN: 'ghp_secret',
        VIRTUAL_ENV: '/home/learner/.venv',
        LC_ALL: 'C.UTF-8',
        https_proxy: 'http://proxy:3128',
        PYTHONPATH: '/extra',
      };
      const result = await runCheck({
        definition,
        rubric: realSyllabus().rubric,
        dir,
        workspace,
        python: testPython(),
        helperDir: helperDir(repoRoot),
        lang: 'en',
        env,
      });
      const item = result.items[0]!;
      expect(item.status, item.message).toBe('pass');
      const seen = JSON.parse(/^ENV (.*)$/m.exec(item.output ?? '')![1]!) as Record<string, string>;
      expect(Object.keys(seen).filter((name) => name.startsWith('MLOPS_TUTOR_'))).toEqual([]);
      expect(JSON.stringify(seen)).not.toContain('wJalrXUtnFEMI');
      expect(seen.GITHUB_TOKEN).toBeUndefined();
      expect(seen).toMatchObject({
        PATH: process.env.PATH,
        VIRTUAL_ENV: '/home/learner/.venv',
        LC_ALL: 'C.UTF-8',
        https_proxy: 'http://proxy:3128',
        PYTHONPATH: '/extra',
        PYTHONDONTWRITEBYTECODE: '1',
      });
      if (process.env.HOME) expect(seen.HOME).toBe(process.env.HOME);
    },
  );

  it("is documented: the README's checker section names every variable kept", () => {
    const readme = readFileSync(join(repoRoot, 'README.md'), 'utf8');
    const start = readme.indexOf('**How your code is run.**');
    expect(start).toBeGreaterThan(0);
    const section = readme.slice(start, readme.indexOf('\n#', start));
    expect(
      KEPT_VARIABLES.filter(
        (name) => !section.includes(`\`${name}\``) && !section.includes(`\`${name.toLowerCase()}\``),
      ),
    ).toEqual([]);
  });
});

/** Module 01 with one hostile test: an escape code in its id, in its assertion and in what it prints. */
function hostileWorkspace(): string {
  const workspace = mkdtempSync(join(tmpdir(), 'mlops-ansi-'));
  mkdirSync(join(workspace, '01-modern-python'));
  writeFileSync(
    join(workspace, '01-modern-python', 'test_hostile.py'),
    [
      'import pytest',
      '',
      '@pytest.mark.parametrize("x", [1], ids=["\\x1b]0;PWNED\\x07"])',
      'def test_title(x):',
      '    print("\\x1b[2J\\x1b[H\\u2713 everything [20/20]")',
      '    assert False, "\\x1b]0;PWNED\\x07\\x1b[2J boom"',
      '',
    ].join('\n'),
  );
  return workspace;
}

describe('escape codes in test output', () => {
  it('are shown escaped in plain output, --json and a valid JUnit file', { timeout: 120_000 }, async () => {
    const workspace = hostileWorkspace();
    const junit = join(mkdtempSync(join(tmpdir(), 'mlops-ansi-junit-')), 'report.xml');
    const env = { MLOPS_TUTOR_PYTHON: testPython() };
    const plain = await cli(['check', '01', '--dir', workspace, '--lang', 'en', '--junit', junit], { env });
    const json = await cli(['check', '01', '--dir', workspace, '--lang', 'en', '--json'], { env });

    expect(plain.exitCode).toBe(1);
    expect(plain.stdout).not.toMatch(CONTROL);
    expect(plain.stdout).toMatch(/✗ pytest passes \[0\/10\].*AssertionError: \\x1B\]0;PWNED\\x07/);

    const pytestItem = (JSON.parse(json.stdout) as { items: { id: string; message: string }[] }).items.find(
      (item) => item.id === 'pytest',
    )!;
    expect(pytestItem.message).not.toMatch(CONTROL);
    expect(pytestItem.message).toContain('\\x1B]0;PWNED\\x07');

    expect(readFileSync(junit, 'utf8')).not.toMatch(CONTROL);
    const failed = junitCases(junit).find((entry) => entry.name.startsWith('pytest:'))!;
    expect(failed.failure).toContain('\\x1B]0;PWNED\\x07');
    // The output keeps its lines; the escape sequences in it are text.
    expect(failed.out).toContain('\\x1B[2J\\x1B[H✓ everything [20/20]');
  });
});
