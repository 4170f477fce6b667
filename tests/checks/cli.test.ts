// `check` and `doctor` through the built binary, as a learner or a CI job runs them.
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, tempDir } from '../helpers/cli.js';
import { solutionWorkspace, testPython } from './helpers.js';

const env = () => ({ MLOPS_TUTOR_PYTHON: testPython() });

describe('mlops-tutor check', () => {
  it('--json prints exactly the documented shape and exits 0 for a passing project', { timeout: 120_000 }, async () => {
    const { workspace } = solutionWorkspace('00');
    const home = tempDir();
    const result = await cli(['check', '00', '--dir', workspace, '--json'], { home, env: env() });
    expect(result.exitCode).toBe(0);
    const report = JSON.parse(result.stdout);
    expect(Object.keys(report).sort()).toEqual(['categories', 'dir', 'items', 'manifest', 'max', 'module', 'passScore', 'passed', 'python', 'pythonSource', 'score', 'totalPoints', 'verifiedPoints'].sort());
    expect(report).toMatchObject({ module: '00', score: 100, max: 100, passScore: 70, passed: true, verifiedPoints: 100, totalPoints: 100, dir: join(workspace, '00-intro'), python: testPython(), pythonSource: 'env', manifest: null });
    expect(Object.keys(report.categories).sort()).toEqual(['docs', 'functionality', 'quality', 'reproducibility', 'tests']);
    expect(Object.keys(report.items[0]).sort()).toEqual(['category', 'durationMs', 'earned', 'hint', 'id', 'message', 'points', 'status', 'title'].sort());
    // The run is saved: status shows the score.
    const status = await cli(['status'], { home });
    expect(status.stdout).toContain('check 100/100');
  });

  it('plain output has one line per item, the score by category and a hint for each lost point; exit 1 under the pass mark', { timeout: 120_000 }, async () => {
    const workspace = tempDir();
    mkdirSync(join(workspace, '00-intro'));
    const junit = join(workspace, 'report.xml');
    const result = await cli(['check', '0', '--dir', workspace, '--junit', junit], { env: env() });
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toContain('✗ The module\'s five files [0/10]');
    // Each item says what it looked for and where, instead of "needs files".
    expect(result.stdout).toMatch(/✗ README with OS, Python and how to create the environment \[0\/15\] .* — cannot find the README: looked for README\.md, README\.rst/);
    expect(result.stdout).toMatch(/Score: 1?0\/100 · still developing/);
    expect(result.stdout).toContain('−10 The module\'s five files: Create README.md');
    expect(result.stdout).not.toContain('needs files');
    const xml = readFileSync(junit, 'utf8');
    expect(xml).toMatch(/<testsuite name="mlops-tutor check 00" tests="9" failures="[89]" errors="0" skipped="0"/);
    expect(xml.match(/<testcase /g)).toHaveLength(9);
  });

  it('bad input is one sentence and exit 2', { timeout: 60_000 }, async () => {
    const workspace = tempDir();
    const unknown = await cli(['check', '42', '--dir', workspace]);
    expect(unknown.exitCode).toBe(2);
    expect(unknown.stderr.trim()).toBe('There is no checker for "42": use one of 00, 01, 02, 03, 04, 05, 06, 07, 08, 09, 10, 11 or all.');
    const missing = await cli(['check', '03', '--dir', workspace]);
    expect(missing.exitCode).toBe(2);
    expect(missing.stderr).toContain(`The mini-project folder ${join(workspace, '03-feature-engineering')} does not exist`);
    const noDir = await cli(['check', '03', '--dir', join(workspace, 'nope')]);
    expect(noDir.exitCode).toBe(2);
    expect(missing.stderr).toContain('run mlops-tutor init');
    const python = await cli(['check', '03', '--dir', workspace, '--python', '/nonexistent/python']);
    expect(python.exitCode).toBe(2);
    expect(python.stderr).not.toContain('    at ');
    // Under --json an input error is JSON on stdout too.
    const json = await cli(['check', '42', '--dir', workspace, '--json']);
    expect(json.exitCode).toBe(2);
    expect(JSON.parse(json.stdout)).toEqual({ error: { message: 'There is no checker for "42": use one of 00, 01, 02, 03, 04, 05, 06, 07, 08, 09, 10, 11 or all.' } });
    // Without a module, outside any module folder: say which module to check.
    const none = await cli(['check', '--dir', workspace]);
    expect(none.exitCode).toBe(2);
    expect(none.stderr.trim()).toMatch(/^Say which module to check \(check 03\): .* is not a module folder/);
  });

  it('a manifest with an unknown key is named in one sentence, exit 2', { timeout: 60_000 }, async () => {
    const workspace = tempDir();
    const { writeFileSync } = await import('node:fs');
    writeFileSync(join(workspace, 'mlops-tutor.json'), JSON.stringify({ modules: { '09': { path: '.', file: {} } } }));
    const result = await cli(['check', '09', '--dir', workspace]);
    expect(result.exitCode).toBe(2);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toContain('unknown key "modules.09.file"');
  });

  it('inside a module folder, check infers the module; --dir may be the module\'s own folder', { timeout: 120_000 }, async () => {
    const { dir } = solutionWorkspace('09');
    const inferred = await cli(['check', '--dir', dir, '--json'], { env: env() });
    expect(inferred.exitCode).toBe(0);
    expect(JSON.parse(inferred.stdout)).toMatchObject({ module: '09', score: 100, dir });
    // A folder with another name, pointed at with --dir, is graded as the module itself.
    const { renameSync } = await import('node:fs');
    const other = join(tempDir(), 'my-cards');
    renameSync(dir, other);
    const direct = await cli(['check', '09', '--dir', other, '--json'], { env: env() });
    expect(JSON.parse(direct.stdout)).toMatchObject({ module: '09', score: 100, dir: other });
  });

  it('mlops-tutor.json maps a module to another folder', { timeout: 120_000 }, async () => {
    const { workspace } = solutionWorkspace('00');
    const other = tempDir();
    const { writeFileSync, renameSync } = await import('node:fs');
    renameSync(join(workspace, '00-intro'), join(other, 'env-setup'));
    writeFileSync(join(workspace, 'mlops-tutor.json'), JSON.stringify({ modules: { '00': join(other, 'env-setup') } }));
    const result = await cli(['check', '00', '--dir', workspace, '--json'], { env: env() });
    expect(JSON.parse(result.stdout).score).toBe(100);
    expect(existsSync(join(other, 'env-setup', '.mlops-tutor-tmp'))).toBe(false);
  });
});

describe('mlops-tutor doctor', () => {
  it('--json lists every environment item with a status, and Docker is never a failure', { timeout: 60_000 }, async () => {
    const result = await cli(['doctor', '--json'], { env: env() });
    const report = JSON.parse(result.stdout);
    expect(report.items.map((item: { id: string }) => item.id)).toEqual(['python', 'venv', 'git', 'make', 'docker', 'disk', 'memory']);
    expect(['pass', 'skip']).toContain(report.items.find((item: { id: string }) => item.id === 'docker').status);
    expect(report.items.find((item: { id: string }) => item.id === 'python').status).toBe('pass');
    expect(result.exitCode).toBe(report.ok ? 0 : 1);
    for (const item of report.items) if (item.status === 'fail') expect(item.hint).not.toBe('');
  });
});
