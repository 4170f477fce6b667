// Practice commands in plain mode: bad input and no terminal get one sentence and exit 2; export works.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, tempDir } from '../helpers/cli.js';

const oneSentence = (text: string) => expect(text.trim().split('\n')).toHaveLength(1);

describe('practice commands without a terminal', () => {
  it.each([
    [['quiz', '99'], 'Unknown module "99"', 'Módulo desconocido'],
    [['drill', '--level', 'expert'], 'Unknown level "expert"', 'Nivel desconocido'],
    [['drill', '--count', '0'], '--count needs a whole number', '--count necesita'],
    [['drill', '--minutes', '-1'], '--minutes needs a number of minutes above 0', '--minutes necesita'],
    [['quiz', '03'], 'mlops-tutor quiz needs an interactive terminal', 'mlops-tutor quiz necesita un terminal'],
    [['drill'], 'mlops-tutor status or mlops-tutor export', 'mlops-tutor status o mlops-tutor export'],
    [['review'], 'mlops-tutor review needs an interactive terminal', 'mlops-tutor review necesita'],
    [['export', '--format', 'pdf'], 'Unknown format "pdf"', 'Formato desconocido'],
    [
      ['export', '--out', '/nonexistent-dir/report.md'],
      'The folder /nonexistent-dir does not exist',
      'La carpeta /nonexistent-dir no existe',
    ],
  ])('%j: one sentence in en and es, exit 2', async (args, en, es) => {
    const english = await cli([...args, '--lang', 'en']);
    expect(english.exitCode).toBe(2);
    expect(english.stderr).toContain(en);
    oneSentence(english.stderr);
    expect(english.stdout).toBe('');
    const spanish = await cli([...args, '--lang', 'es']);
    expect(spanish.exitCode).toBe(2);
    expect(spanish.stderr).toContain(es);
    oneSentence(spanish.stderr);
  });
});

describe('export', () => {
  const home = tempDir();
  writeFileSync(
    join(home, 'state.json'),
    JSON.stringify({
      schemaVersion: 1,
      profile: { language: 'es', startDate: '2026-11-02', paceWeeks: 8, workspace: home, createdAt: 'x' },
      modules: {
        '01': {
          quiz: { attempts: 2, best: 80, passed: true, updatedAt: 'x' },
          check: { best: 75, passed: true, history: [] },
        },
      },
    }),
  );

  it('writes a Markdown report in the learner’s language, overwriting the file', async () => {
    const out = join(home, 'report.md');
    writeFileSync(out, 'old');
    const result = await cli(['export', '--out', out], { home });
    expect(result.exitCode).toBe(0);
    const text = readFileSync(out, 'utf8');
    expect(text).toContain('# Informe de progreso');
    expect(text).toContain('| 01 Python moderno | aprobado | — | 80 % (2 intentos) ✓ | 75/100 ✓ |');
    expect(text).toContain('## Simulacros');
  });

  it('prints JSON with modules, drills and weakest topics', async () => {
    const result = await cli(['export', '--format', 'json'], { home });
    expect(result.exitCode).toBe(0);
    const report = JSON.parse(result.stdout);
    expect(report).toMatchObject({
      language: 'es',
      plan: { paceWeeks: 8 },
      reviewsDue: 0,
      drills: { history: [] },
      weakestTopics: [],
    });
    expect(report.modules[1]).toMatchObject({
      id: '01',
      quiz: { best: 80, attempts: 2, passed: true },
      check: { best: 75 },
    });
    expect(existsSync(join(home, 'state.json'))).toBe(true);
  });
});
