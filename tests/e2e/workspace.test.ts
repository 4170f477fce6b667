// `init` and `solution` through the built binary: a fresh workspace fails `make check-01` with hints,
// `solution 01 --copy` makes it pass; init is idempotent and never overwrites a learner's file.
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { execa } from 'execa';
import { describe, expect, it } from 'vitest';
import { bin, cli, tempDir } from '../helpers/cli.js';
import { repoRoot } from '../helpers/syllabus.js';
import { definitions, testPython } from '../checks/helpers.js';

function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (folder: string) => {
    for (const name of readdirSync(folder)) {
      const path = join(folder, name);
      if (statSync(path).isDirectory()) walk(path);
      else out[relative(dir, path)] = `${statSync(path).mtimeMs}:${readFileSync(path, 'utf8')}`;
    }
  };
  walk(dir);
  return out;
}

describe('mlops-tutor init', () => {
  it(
    'scaffolds a folder per module from the checker definitions, a Makefile, the CI workflow and mlops-tutor.json',
    { timeout: 60_000 },
    async () => {
      const workspace = tempDir('mlops-init-');
      const result = await cli(['init', workspace, '--lang', 'es']);
      expect(result.exitCode, result.stderr).toBe(0);
      expect(result.stdout).toContain(`Espacio de trabajo listo en ${workspace}`);
      const makefile = readFileSync(join(workspace, 'Makefile'), 'utf8');
      expect(makefile).toMatch(/^setup:/m);
      expect(makefile).toContain(`MLOPS_TUTOR ?= node '${join(repoRoot, 'bin', 'mlops-tutor.js')}'`);
      expect(makefile).toContain('MODULES := 00 01 02 03 04 05 06 07 08 09 10 11');
      const workflow = readFileSync(join(workspace, '.github/workflows/mlops-tutor.yml'), 'utf8');
      expect(workflow).toContain('run: make check-all MLOPS_TUTOR=mlops-tutor');
      expect(existsSync(join(workspace, '.gitignore'))).toBe(true);
      const map = JSON.parse(readFileSync(join(workspace, 'mlops-tutor.json'), 'utf8'));
      for (const [id, definition] of definitions()) {
        expect(map.modules[id]).toBe(definition.path);
        expect(readFileSync(join(workspace, definition.path, 'README.md'), 'utf8')).toContain('**Tarea:**');
        // One source of truth: every required text file of the checker is scaffolded.
        for (const item of definition.items)
          if (item.kind === 'files-exist')
            for (const file of item.files.filter((file) => /\.(py|md|txt|toml|ya?ml)$/.test(file)))
              expect(existsSync(join(workspace, definition.path, file)), `${definition.path}/${file}`).toBe(true);
      }
    },
  );

  it('running it twice changes nothing', { timeout: 60_000 }, async () => {
    const workspace = tempDir('mlops-init-');
    expect((await cli(['init', workspace])).exitCode).toBe(0);
    const before = snapshot(workspace);
    const again = await cli(['init', workspace]);
    expect(again.exitCode).toBe(0);
    expect(again.stdout).toContain('nothing to change');
    expect(snapshot(workspace)).toEqual(before);
  });

  it(
    'refuses to overwrite a learner file without --force, and with --force creates the rest and keeps it',
    { timeout: 60_000 },
    async () => {
      const workspace = tempDir('mlops-init-');
      writeFileSync(join(workspace, 'Makefile'), 'all:\n\techo mine\n');
      const refused = await cli(['init', '--dir', workspace]);
      expect(refused.exitCode).toBe(2);
      expect(refused.stderr.trim().split('\n')).toHaveLength(1);
      expect(refused.stderr).toContain('Some of your files are in the way (Makefile)');
      expect(existsSync(join(workspace, 'mlops-tutor.json'))).toBe(false);
      const forced = await cli(['init', workspace, '--force']);
      expect(forced.exitCode).toBe(0);
      expect(forced.stdout).toContain('Left as they were: Makefile.');
      expect(readFileSync(join(workspace, 'Makefile'), 'utf8')).toBe('all:\n\techo mine\n');
      expect(existsSync(join(workspace, 'mlops-tutor.json'))).toBe(true);
    },
  );

  it(
    'make check-01 fails with hints in a fresh workspace; solution 01 --copy makes it pass',
    { timeout: 240_000 },
    async () => {
      const workspace = tempDir('mlops-init-');
      const home = tempDir();
      expect((await cli(['init', workspace], { home })).exitCode).toBe(0);
      const env = {
        ...process.env,
        MLOPS_TUTOR_HOME: home,
        MLOPS_TUTOR_PYTHON: testPython(),
        LANG: 'en_US.UTF-8',
        NO_COLOR: '1',
      };
      const runner = `${process.execPath} ${bin}`;
      const failing = await execa('make', ['check-01', `MLOPS_TUTOR=${runner}`], {
        cwd: workspace,
        env,
        reject: false,
      });
      expect(failing.exitCode).not.toBe(0);
      expect(failing.stdout).toContain('How to win the points back');
      expect(failing.stdout).toMatch(/−\d+ .*: /);
      const listing = await cli(['solution', '01'], { home });
      expect(listing.stdout).toContain('utils/mathops.py');
      expect(listing.stdout).toContain('mlops-tutor solution 01 --copy');
      const copied = await cli(['solution', '01', '--copy', join(workspace, '01-modern-python')], { home });
      expect(copied.exitCode).toBe(0);
      expect(copied.stdout).toContain('7 files copied');
      const passing = await execa('make', ['check-01', `MLOPS_TUTOR=${runner}`], {
        cwd: workspace,
        env,
        reject: false,
      });
      expect(passing.exitCode, passing.stdout.slice(-2000)).toBe(0);
      expect(passing.stdout).toContain('Passed (pass mark 70).');
    },
  );
});

describe('mlops-tutor solution', () => {
  it('never overwrites the learner files and lists them; bad module is exit 2', { timeout: 60_000 }, async () => {
    const dir = tempDir('mlops-sol-');
    writeFileSync(join(dir, 'check_env.py'), 'print("mine")\n');
    const copied = await cli(['solution', '0', '--copy', dir]);
    expect(copied.exitCode).toBe(0);
    expect(copied.stdout).toContain('Your files were not touched: check_env.py.');
    expect(readFileSync(join(dir, 'check_env.py'), 'utf8')).toBe('print("mine")\n');
    expect(readFileSync(join(dir, '.gitignore'), 'utf8')).toBe(
      readFileSync(join(repoRoot, 'solutions/00-intro/.gitignore'), 'utf8'),
    );
    const json = await cli(['solution', '06', '--json']);
    expect(JSON.parse(json.stdout).files).toEqual(expect.arrayContaining(['Dockerfile', 'app/main.py', '.gitignore']));
    const bad = await cli(['solution', '42']);
    expect(bad.exitCode).toBe(2);
    expect(bad.stderr.trim()).toBe(
      'There is no solution for "42": use one of 00, 01, 02, 03, 04, 05, 06, 07, 08, 09, 10, 11.',
    );
  });
});
