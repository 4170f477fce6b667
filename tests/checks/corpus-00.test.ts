// Corpus for module 00 (environment): a project with its check script in tools/, GitHub-template-style
// ignore patterns and `make install`; a course monorepo with the .gitignore at the root and uv; and a
// careless first setup whose gaps each item must name.
import { describe, expect, it } from 'vitest';
import { TIMEOUT, expectVerdicts, repository, write } from './corpus.js';

/** An environment check under another name: main() returns the exit code, version gate included. */
const envCheck = (gate: boolean) => [
  '"""Is this machine ready for the course? Prints the interpreter and exits non-zero when it is too old."""',
  'import sys',
  '',
  'REQUIRED = (3, 10)',
  '',
  '',
  'def describe() -> str:',
  '    """One line about the interpreter in use."""',
  '    major, minor, micro = sys.version_info[:3]',
  '    return f"Python {major}.{minor}.{micro} ({sys.executable})"',
  '',
  '',
  'def main() -> int:',
  '    """0 when the interpreter is new enough, 2 otherwise."""',
  '    print(describe())',
  ...(gate ? ['    if sys.version_info[:2] < REQUIRED:', '        print("Python 3.10+ is required", file=sys.stderr)', '        return 2'] : []),
  '    return 0',
  '',
  '',
  'if __name__ == "__main__":',
  '    raise SystemExit(main())',
];

const README = (setup: string) => [
  '# Course environment',
  '',
  'Machine: Ubuntu 24.04 on WSL2, Python: 3.12.3 from the distribution.',
  '',
  `Set up: \`${setup}\` creates the virtual environment and installs the pinned requirements; then`,
  'activate it with `source .venv/bin/activate`. Every later module uses this same environment.',
];

const ALL_PASS = {
  files: 'pass',
  'python-env': 'pass',
  'check-env-runs': 'pass',
  'check-env-gate': 'pass',
  'check-env-typed': 'pass',
  gitignore: 'pass',
  readme: 'pass',
  'requirements-pinned': 'pass',
  makefile: 'pass',
} as const;

describe('corpus 00: environment', () => {
  it('tools/verify_env.py, requirements/base.txt, GitHub-template ignores and `make install` with a venv rule', { timeout: TIMEOUT }, async () => {
    const place = repository('env-tools', 'ml-course');
    write(place.dir, {
      'tools/verify_env.py': envCheck(true),
      'requirements/base.txt': ['numpy==2.1.3', 'pandas==2.2.3', 'scikit-learn==1.6.1'],
      '.gitignore': ['# Byte-compiled files', '*.py[cod]', '', '# Environments', '.venv', 'venv/', '', '# Tracking and data', '/mlruns', 'data/processed/*', '!data/processed/.gitkeep'],
      Makefile: [
        'PY := python3',
        'VENV := .venv',
        '',
        '$(VENV)/bin/activate: requirements/base.txt',
        '\t$(PY) -m venv $(VENV)',
        '\t$(VENV)/bin/pip install -r requirements/base.txt',
        '',
        'install: $(VENV)/bin/activate',
        '',
        'test: install',
        '\t$(VENV)/bin/python tools/verify_env.py',
      ],
      'README.md': README('make install'),
    });
    const { item } = await expectVerdicts('00', place, ALL_PASS);
    expect(item('makefile').message).toBe('Makefile: make install, make test');
    expect(item('files').message).toContain('tools/verify_env.py');
  });

  it('a course monorepo: .gitignore at the root, uv in the Makefile, check_environment.py', { timeout: TIMEOUT }, async () => {
    const place = repository('env-monorepo', 'course/00-setup');
    write(place.root, { '.gitignore': ['**/.venv/', '__pycache__/', '**/mlruns/', '**/data/processed/'] });
    write(place.dir, {
      'check_environment.py': envCheck(true),
      'requirements.txt': ['numpy==2.1.3', 'pandas==2.2.3'],
      Makefile: ['.PHONY: setup check', 'setup:', '\tuv venv --python 3.12', '\tuv pip install -r requirements.txt', '', 'check:', '\tuv run python check_environment.py'],
      'README.md': README('make setup (uv venv)'),
    });
    const { item } = await expectVerdicts('00', place, ALL_PASS);
    expect(item('gitignore').message).toContain('../../.gitignore');
  });

  it('a careless setup: no version gate, half a .gitignore, unpinned requirements, no check target', { timeout: TIMEOUT }, async () => {
    const place = repository('env-careless', 'env');
    write(place.dir, {
      'check_env.py': envCheck(false),
      'requirements.txt': ['numpy', 'pandas>=2'],
      '.gitignore': ['.venv/', '__pycache__/'],
      Makefile: ['setup:', '\tpython3 -m venv .venv && .venv/bin/pip install -r requirements.txt'],
      'README.md': README('make setup'),
    });
    const { item } = await expectVerdicts('00', place, { ...ALL_PASS, 'check-env-gate': 'fail', gitignore: 'fail', 'requirements-pinned': 'fail', makefile: 'fail' });
    expect(item('gitignore').message).toBe('.gitignore does not ignore mlruns/, data/processed/');
    expect(item('makefile').message).toMatch(/has no check \/ check-env \/ test .* target \(it has: setup\)/);
  });
});
