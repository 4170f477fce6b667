// .gitignore read with git's rules and Makefiles read as make reads them: equivalent spellings count
// alike, and a target is judged by what it runs.
import { describe, expect, it } from 'vitest';
import { isIgnored, parseGitignore } from '../../src/checks/parse/gitignore.js';
import { commandsOf, makeTargetsIn, parseMakefile } from '../../src/checks/parse/makefile.js';

const ignores = (gitignore: string, path: string) => isIgnored(parseGitignore(gitignore), path);

describe('.gitignore rules', () => {
  it('accepts the usual spellings of the same intent', () => {
    for (const pattern of ['.venv/', '/.venv', '.venv', '.venv*', '**/.venv/'])
      expect(`${pattern}: ${ignores(pattern, '.venv/bin/python')}`).toBe(`${pattern}: true`);
    for (const pattern of ['__pycache__/', '*.pyc', '*.py[cod]', '**/__pycache__'])
      expect(`${pattern}: ${ignores(pattern, 'src/pkg/__pycache__/mod.cpython-312.pyc')}`).toBe(`${pattern}: true`);
    for (const pattern of ['data/processed/', '/data/processed', 'data/processed/*', 'data/', '/data/*', 'data/**'])
      expect(`${pattern}: ${ignores(pattern, 'data/processed/features.parquet')}`).toBe(`${pattern}: true`);
  });

  it('does not take a similar name, a folder-only rule on a file, or a re-included path for ignored', () => {
    expect(ignores('venv/', '.venv/bin/python')).toBe(false);
    expect(ignores('.env', '.venv/bin/python')).toBe(false);
    expect(ignores('data/raw/', 'data/processed/x.csv')).toBe(false);
    expect(ignores('mlruns/', 'mlruns')).toBe(false); // a file named mlruns is not the folder
    expect(ignores('*.csv\n!data/processed/*.csv', 'data/processed/x.csv')).toBe(false);
    // Anchored: a pattern with a slash matches from the .gitignore's folder only.
    expect(ignores('data/processed/', 'services/api/data/processed/x.csv')).toBe(false);
    expect(ignores('**/data/processed/', 'services/api/data/processed/x.csv')).toBe(true);
  });

  it('cannot re-include a file inside an ignored folder, as git does', () => {
    expect(ignores('mlruns/\n!mlruns/0/meta.yaml', 'mlruns/0/meta.yaml')).toBe(true);
    expect(ignores('mlruns/*\n!mlruns/0/', 'mlruns/0/meta.yaml')).toBe(false);
  });
});

describe('Makefile targets', () => {
  const makefile = parseMakefile(
    [
      'PYTHON ?= python3',
      'VENV := .venv',
      'BIN = $(VENV)/bin',
      'PYTHON ?= python2',
      '',
      '.PHONY: setup check train',
      '',
      '$(VENV)/bin/activate: requirements.txt',
      '\t$(PYTHON) -m venv $(VENV)',
      '\t@$(BIN)/pip install \\',
      '\t    -r requirements.txt',
      '',
      'setup install: $(VENV)/bin/activate',
      '',
      'train: setup ## fit the model',
      '\t$(BIN)/python -m churn.train --config params.yaml',
      'check: ; $(BIN)/python check_env.py',
    ].join('\n'),
  );

  it('lists targets (several per rule, none from .PHONY) and expands variables, ?= keeping the first value', () => {
    expect([...makefile.rules.keys()].sort()).toEqual(['$(VENV)/bin/activate', 'check', 'install', 'setup', 'train']);
    expect(commandsOf(makefile, 'check')).toEqual(['.venv/bin/python check_env.py']);
  });

  it("runs a target's prerequisites first, continuation lines joined", () => {
    expect(commandsOf(makefile, 'train')).toEqual([
      'python3 -m venv .venv',
      '.venv/bin/pip install -r requirements.txt',
      '.venv/bin/python -m churn.train --config params.yaml',
    ]);
    expect(commandsOf(makefile, 'install')).toEqual(commandsOf(makefile, 'setup'));
    expect(commandsOf(makefile, 'deploy')).toEqual([]);
  });

  it('finds the make targets a README names', () => {
    expect(makeTargetsIn('Run `make setup`, then\n\n    make -j2 train\n\nand MAKE sure to read.')).toEqual([
      'setup',
      'train',
    ]);
  });
});
