// The package as npm ships it: pack, install the tarball into an empty folder, run the bin there.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execa } from 'execa';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers/syllabus.js';

describe('npm pack', () => {
  it('installs in an empty folder and runs from there', { timeout: 240_000 }, async () => {
    const out = mkdtempSync(join(tmpdir(), 'mlops-pack-'));
    const [packed] = JSON.parse(
      execFileSync('npm', ['pack', '--json', '--pack-destination', out], { cwd: repoRoot, encoding: 'utf8' }),
    );
    const files = packed.files.map((file: { path: string }) => file.path);
    expect(files).toEqual(
      expect.arrayContaining([
        'bin/mlops-tutor.js',
        // CommonJS launcher: without bin/package.json the package's "type": "module" would make it ESM.
        'bin/package.json',
        'bin/code-cache.js',
        'bin/tui-flags.js',
        'dist/cli.js',
        'dist/help.cjs',
        'dist/status.cjs',
        'dist/check.cjs',
        'dist/start.cjs',
        'syllabus.yaml',
        'lessons/es/00-intro.md',
        'quizzes/junior.yaml',
        'pitch/talking-points.yaml',
      ]),
    );
    expect(files.some((path: string) => path.startsWith('src/') || path.startsWith('tests/'))).toBe(false);

    const project = mkdtempSync(join(tmpdir(), 'mlops-install-'));
    writeFileSync(join(project, 'package.json'), '{"name":"pack-test","private":true}');
    await execa('npm', ['install', '--no-audit', '--no-fund', '--omit=dev', join(out, packed.filename)], {
      cwd: project,
    });

    const binPath = join(project, 'node_modules', '.bin', 'mlops-tutor');
    const env = { MLOPS_TUTOR_HOME: mkdtempSync(join(tmpdir(), 'mlops-home-')), LANG: 'en_US.UTF-8' };
    const version = await execa(binPath, ['--version'], { cwd: project, env });
    expect(version.stdout).toBe(packed.version);
    const status = await execa(binPath, ['status', '--json'], { cwd: project, env });
    expect(JSON.parse(status.stdout).modules).toHaveLength(12);
    const content = await execa(binPath, ['validate-content', '--json'], { cwd: project, env });
    expect(JSON.parse(content.stdout)).toMatchObject({
      ok: true,
      counts: { lessons: { total: 24 }, questions: { total: 242 } },
    });

    // npm never packs files named .gitignore: the solutions ship them as `gitignore` and get the dot back.
    expect(files).toEqual(
      expect.arrayContaining([
        'solutions/00-intro/gitignore',
        'templates/workspace/gitignore',
        'templates/workspace/Makefile',
      ]),
    );
    expect(existsSync(join(repoRoot, 'solutions/00-intro/gitignore'))).toBe(false);
    const copyTo = mkdtempSync(join(tmpdir(), 'mlops-copy-'));
    await execa(binPath, ['solution', '00', '--copy', copyTo], { cwd: project, env });
    expect(readFileSync(join(copyTo, '.gitignore'), 'utf8')).toBe(
      readFileSync(join(repoRoot, 'solutions/00-intro/.gitignore'), 'utf8'),
    );
    expect(existsSync(join(copyTo, 'gitignore'))).toBe(false);
    const workspace = mkdtempSync(join(tmpdir(), 'mlops-initpack-'));
    await execa(binPath, ['init', workspace], { cwd: project, env });
    expect(existsSync(join(workspace, '.gitignore'))).toBe(true);
    expect(existsSync(join(workspace, 'Makefile'))).toBe(true);
  });
});
