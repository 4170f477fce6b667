// The built binary in plain mode: what a learner or a CI job sees without a terminal.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, tempDir } from '../helpers/cli.js';
import { repoRoot } from '../helpers/syllabus.js';

const version = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')).version;
const ESC = '\u001B';
const profile = (language: 'es' | 'en') => ({
  language,
  startDate: '2026-11-02',
  paceWeeks: 8,
  workspace: repoRoot,
  createdAt: '2026-11-02T09:00:00.000Z',
});
const saved = (home: string, state: object) =>
  writeFileSync(join(home, 'state.json'), JSON.stringify({ schemaVersion: 1, modules: {}, ...state }));

describe('fast paths', () => {
  it('prints the package version', async () => {
    const result = await cli(['--version']);
    expect(result).toMatchObject({ exitCode: 0, stdout: version });
  });

  it('lists the commands in English and Spanish', async () => {
    const en = await cli(['--help']);
    expect(en.exitCode).toBe(0);
    for (const command of [
      'status [--json]',
      'reset [--module NN | --all] [--yes]',
      'validate-content [DIR] [--json]',
      '--home DIR',
    ])
      expect(en.stdout).toContain(command);
    const es = await cli(['--help', '--lang', 'es']);
    expect(es.stdout).toContain('Comandos:');
    expect(es.stdout).toContain('olvida el progreso');
  });

  it('speaks the saved language in --help', async () => {
    const home = tempDir();
    saved(home, { profile: profile('es') });
    expect((await cli(['--help'], { home })).stdout).toContain('Uso: mlops-tutor');
  });
});

describe('status', () => {
  it('prints JSON with the 12 modules and the current week on a fresh home', async () => {
    const result = await cli(['status', '--json']);
    expect(result.exitCode).toBe(0);
    const status = JSON.parse(result.stdout);
    expect(status).toMatchObject({
      configured: false,
      week: 1,
      totalWeeks: 8,
      paceWeeks: 8,
      drillLevel: 'junior',
      continue: '00',
    });
    expect(status.modules.map((module: { id: string }) => module.id)).toEqual([
      '00',
      '01',
      '02',
      '03',
      '04',
      '05',
      '06',
      '07',
      '08',
      '09',
      '10',
      '11',
    ]);
  });

  it('uses the saved plan and language in plain text', async () => {
    const home = tempDir();
    saved(home, { profile: profile('es'), modules: { '00': { check: { best: 91, passed: true, history: [] } } } });
    const result = await cli(['status'], { home });
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toMatch(/Semana \d of 8|Semana \d de 8/);
    expect(result.stdout).toContain('00 Introducción — S1 · aprobado · check 91/100');
    expect(result.stdout).toContain('Continuar: 01 Python moderno');
  });

  it('is the default without a terminal, with no escape codes', async () => {
    const result = await cli([], { env: { FORCE_COLOR: '1' } });
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toContain('Week 1 of 8');
    expect(result.stdout + result.stderr).not.toContain(ESC);
  });

  it('keeps its code cache in the cache folder, and a broken or unwritable cache changes nothing', async () => {
    // Given a learner with progress and a cache folder of their own
    const home = tempDir();
    saved(home, { profile: profile('en'), modules: { '00': { check: { best: 91, passed: true, history: [] } } } });
    const cache = tempDir();
    const run = (xdg: string) => cli(['status', '--json'], { home, env: { XDG_CACHE_HOME: xdg } });
    const first = await run(cache);
    expect(first.exitCode).toBe(0);
    // Then the compiled code went to the cache folder, never next to the progress
    const cached = readdirSync(join(cache, 'mlops-tutor'));
    expect(cached.length).toBeGreaterThan(0);
    expect(readdirSync(home)).toEqual(['state.json']);
    // When the cache holds garbage, or its folder cannot be created, the command says the same
    for (const name of cached) writeFileSync(join(cache, 'mlops-tutor', name), 'not V8 code');
    const garbage = await run(cache);
    const blocked = join(tempDir(), 'a-file');
    writeFileSync(blocked, '');
    const unwritable = await run(blocked);
    for (const result of [garbage, unwritable]) {
      expect(result).toMatchObject({ exitCode: 0, stderr: '' });
      expect(JSON.parse(result.stdout)).toEqual(JSON.parse(first.stdout));
    }
  });

  it('recovers from a truncated state file: says where it went, exits 0', async () => {
    const home = tempDir();
    writeFileSync(join(home, 'state.json'), '{"truncated');
    const result = await cli(['status'], { home });
    expect(result.exitCode).toBe(0);
    const moved = readdirSync(home).find((name) => name.startsWith('state.json.corrupt-'))!;
    expect(result.stderr).toBe(
      `Your progress file was damaged; I moved it to ${join(home, moved)} and started a fresh one.`,
    );
    expect(readFileSync(join(home, moved), 'utf8')).toBe('{"truncated');
  });
});

describe('bad input: one sentence, exit 2, nothing lost', () => {
  const cases: [string[], string][] = [
    [['frobnicate'], 'Unknown command "frobnicate": see mlops-tutor --help.'],
    [['status', '--bogus'], 'Unknown option "--bogus": see mlops-tutor --help.'],
    [['status', '--lang', 'xx'], 'Unknown language "xx": use --lang es or --lang en.'],
    [['--lang', 'xx'], 'Unknown language "xx": use --lang es or --lang en.'],
    [
      ['status', '--dir', '/nonexistent/workspace'],
      'The folder /nonexistent/workspace does not exist: pass an existing folder with --dir.',
    ],
    [
      ['status', '--home', '/proc/mlops-tutor'],
      'Cannot write progress to /proc/mlops-tutor: choose a writable folder with --home or MLOPS_TUTOR_HOME.',
    ],
    [['reset'], 'Say what to forget: --module NN or --all.'],
    [['reset', '--module', '99', '--yes'], 'Unknown module "99": use a number from 00 to 11.'],
    [['reset', '--module', '03'], 'Without a terminal I cannot ask: add --yes to confirm the reset.'],
    [['status', 'extra'], 'Unexpected argument "extra": see mlops-tutor --help.'],
    // The command's own argument is not the stray one: the word after it is.
    [['solution', '01', 'extra'], 'Unexpected argument "extra": see mlops-tutor --help.'],
    [['status', '--home'], 'The option --home needs a value: see mlops-tutor --help.'],
  ];
  for (const [args, message] of cases) {
    it(`mlops-tutor ${args.join(' ')}`, async () => {
      const home = tempDir();
      saved(home, { profile: profile('en'), modules: { '03': { startedAt: '2026-11-03T10:00:00Z' } } });
      const before = readFileSync(join(home, 'state.json'), 'utf8');
      const result = await cli(args, { home });
      expect(result.exitCode).toBe(2);
      expect(result.stderr).toBe(message);
      expect(result.stderr).not.toMatch(/\n\s+at /);
      expect(readFileSync(join(home, 'state.json'), 'utf8')).toBe(before);
    });
  }

  it('speaks Spanish when asked', async () => {
    const result = await cli(['frobnicate', '--lang', 'es']);
    expect(result).toMatchObject({ exitCode: 2, stderr: 'Comando desconocido "frobnicate": mira mlops-tutor --help.' });
  });
});

describe('reset', () => {
  it('forgets one module and keeps the others and the profile', async () => {
    const home = tempDir();
    saved(home, {
      profile: profile('en'),
      lastModule: '03',
      modules: { '03': { startedAt: 'a' }, '04': { startedAt: 'b' } },
    });
    const result = await cli(['reset', '--module', '3', '--yes'], { home });
    expect(result).toMatchObject({ exitCode: 0, stdout: 'Progress of module 03 forgotten.' });
    const state = JSON.parse(readFileSync(join(home, 'state.json'), 'utf8'));
    expect(state.modules).toEqual({ '04': { startedAt: 'b' } });
    expect(state.lastModule).toBeUndefined();
    expect(state.profile).toEqual(profile('en'));
  });

  it('forgets every module with --all --yes', async () => {
    const home = tempDir();
    saved(home, { profile: profile('es'), modules: { '03': { startedAt: 'a' } } });
    const result = await cli(['reset', '--all', '--yes'], { home });
    expect(result).toMatchObject({
      exitCode: 0,
      stdout: 'Progreso de todos los módulos olvidado; tu perfil se conserva.',
    });
    expect(JSON.parse(readFileSync(join(home, 'state.json'), 'utf8')).modules).toEqual({});
  });
});

describe('validate-content', () => {
  it('validates the shipped content and reports counts per level, module and language', async () => {
    const result = await cli(['validate-content', '--json']);
    expect(result.exitCode).toBe(0);
    const report = JSON.parse(result.stdout);
    expect(report.ok).toBe(true);
    expect(report.counts.lessons.byLanguage).toEqual({ es: 12, en: 12 });
    expect(report.counts.questions.byLevel).toEqual({ junior: 50, mid: 60, senior: 115 });
    expect(report.counts.questions.practice).toEqual({ junior: 17 });
    expect(report.counts.pitch).toEqual({ parts: 5, points: { junior: 15, mid: 16, senior: 16 } });
  });

  it('names file, field and problem for broken content, exit 2', async () => {
    const dir = tempDir('mlops-content-');
    writeFileSync(
      join(dir, 'syllabus.yaml'),
      readFileSync(join(repoRoot, 'syllabus.yaml'), 'utf8').replace('passScore: 70', 'passScore: 170'),
    );
    const result = await cli(['validate-content', dir]);
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toContain('syllabus.yaml: rubric.passScore: ');
  });
});

describe('lesson', () => {
  it('prints a lesson as plain wrapped text when piped', async () => {
    const result = await cli(['lesson', '3', '--lang', 'es']);
    expect(result.exitCode).toBe(0);
    const lines = result.stdout.split('\n');
    expect(lines[0]).toBe('Lección 03 · Feature engineering');
    expect(result.stdout).toContain('Mini-proyecto paso a paso');
    expect(result.stdout).toContain('mlops-tutor check 03');
    expect(result.stdout).not.toContain(ESC);
    for (const line of lines) expect([...line].length, line).toBeLessThanOrEqual(80);
  });

  it('prints with --print in English', async () => {
    const result = await cli(['lesson', '10', '--print', '--lang', 'en']);
    expect(result.stdout.split('\n')[0]).toBe('Lesson 10 · Observability and monitoring');
  });

  for (const bad of ['99', 'abc']) {
    it(`rejects lesson ${bad} with the valid modules`, async () => {
      const result = await cli(['lesson', bad]);
      expect(result).toMatchObject({ exitCode: 2, stderr: `Unknown module "${bad}": use a number from 00 to 11.` });
    });
  }
});
