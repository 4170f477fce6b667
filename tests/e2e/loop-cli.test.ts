// status --json and export carry what home shows (level, streak, Today's steps) and the final
// deliverables, from a prepared store, in plain mode.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatDay } from '../../src/core/schedule.js';
import { cli, tempDir } from '../helpers/cli.js';

// The CLI reads the real clock: dates are set relative to it, at local noon so a day is a day in any
// time zone. Practice yesterday and today makes a streak of 2 (still 2 if midnight passes mid-test).
const localNoon = (daysAgo: number) => {
  const now = new Date();
  return new Date(now.getFullYear(), now.getMonth(), now.getDate() - daysAgo, 12);
};
const at = (daysAgo: number) => localNoon(daysAgo).toISOString();
const run = (score: number, daysAgo: number) => ({
  best: score,
  passed: score >= 70,
  history: [{ at: at(daysAgo), score }],
});

function preparedHome(language: 'es' | 'en') {
  const home = tempDir();
  // Started three weeks ago: week 4 of the 8-week plan, whose modules are 05 and 06.
  const profile = { language, startDate: formatDay(localNoon(21)), paceWeeks: 8, workspace: home, createdAt: at(21) };
  const modules = {
    '05': { lesson: { position: 2, sectionsRead: [0, 1, 2], read: false, updatedAt: at(0) } },
    '06': { check: run(91, 1) },
    '07': { check: run(55, 0) },
    '09': { check: run(84, 3) },
  };
  writeFileSync(
    join(home, 'state.json'),
    JSON.stringify({ schemaVersion: 2, profile, modules, quizzes: [], questions: {}, drills: [], cards: {} }),
  );
  return home;
}

const deployEvidence = [
  { module: '06', passed: true, last: 91, best: 91, at: at(1), runs: 1 },
  { module: '07', passed: false, last: 55, best: 55, at: at(0), runs: 1 },
];

describe('status --json: the learner’s loop', () => {
  it('has the streak, the level of the average check score, Today’s steps and the deliverables', async () => {
    const result = await cli(['status', '--json'], { home: preparedHome('en') });
    expect(result.exitCode).toBe(0);
    const status = JSON.parse(result.stdout);
    expect(status.week).toBe(4);
    expect(status.streak).toBe(2);
    // 91, 55 and 84 average 77: the rubric's Mid
    expect(status.level).toEqual({ score: 77, label: 'Mid' });
    expect(status.todaySteps).toEqual([
      { kind: 'lesson', module: '05', state: 'started', value: 50 },
      { kind: 'quiz', module: '05', state: 'todo', value: null },
      { kind: 'check', module: '05', state: 'todo', value: null },
      { kind: 'lesson', module: '06', state: 'todo', value: null },
      { kind: 'quiz', module: '06', state: 'todo', value: null },
      { kind: 'check', module: '06', state: 'done', value: 91 },
    ]);
    expect(status.deliverables.map((item: { id: string; state: string }) => `${item.id}:${item.state}`)).toEqual([
      'portfolio:missing',
      'ci-cd:missing',
      'cards:done',
      'deploy:partial',
      'observability:missing',
      'runbooks:missing',
    ]);
    expect(status.deliverables[3]).toEqual({
      id: 'deploy',
      name: 'Deployable APIs and dashboards',
      state: 'partial',
      evidence: deployEvidence,
      missing: ['07'],
      next: 'mlops-tutor check 07',
      note: null,
    });
    expect(status.deliverables[1]).toMatchObject({
      note: 'Checker 08 grades one project’s workflow: repeat it in the other two.',
      next: 'mlops-tutor check 08',
    });
    expect(status.deliverables[2]).toMatchObject({
      name: 'Complete model cards and dataset cards',
      evidence: [{ module: '09', passed: true, last: 84, at: at(3) }],
      missing: [],
      next: null,
    });
  });

  it('names the deliverables and the level in Spanish, and a fresh home has no level, no streak and nothing done', async () => {
    const status = JSON.parse((await cli(['status', '--json'], { home: preparedHome('es') })).stdout);
    expect(status.deliverables.map((item: { name: string }) => item.name)).toEqual([
      'Portafolio ML reproducido localmente',
      '3 proyectos con CI/CD funcionando',
      'Model Cards y Dataset Cards completos',
      'APIs y dashboards desplegables',
      'Sistema de observabilidad básico',
      'Runbooks de mantenimiento',
    ]);
    expect(status.level).toEqual({ score: 77, label: 'Mid' });
    const fresh = JSON.parse((await cli(['status', '--json'])).stdout);
    expect(fresh).toMatchObject({ streak: 0, level: null });
    expect(fresh.deliverables.every((item: { state: string }) => item.state === 'missing')).toBe(true);
    expect(fresh.todaySteps.map((step: { kind: string; module: string }) => `${step.kind} ${step.module}`)).toEqual([
      'lesson 00',
      'quiz 00',
      'check 00',
      'lesson 01',
      'quiz 01',
      'check 01',
    ]);
  });

  it('plain status adds the level, streak, Today and one line per deliverable, with checkboxes instead of colour', async () => {
    const result = await cli(['status'], { home: preparedHome('en') });
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toContain('Level: Mid (avg 77) · 2-day streak');
    expect(result.stdout).toContain('  Read lesson 05: 50 % read');
    expect(result.stdout).toContain('  Check 06: passed 91 ✓');
    expect(result.stdout).toContain('Final deliverables: 1 of 6 deliverables done');
    expect(result.stdout).toContain('[x] Complete model cards and dataset cards · done\n');
    expect(result.stdout).toContain('[~] Deployable APIs and dashboards · partial · Next: mlops-tutor check 07');
    expect(result.stdout).toContain('[ ] Maintenance runbooks · missing · Next: mlops-tutor check 11');
  });
});

describe('export: the learner’s loop and the final deliverables', () => {
  it('JSON has the same fields as status --json', async () => {
    const home = preparedHome('en');
    const report = JSON.parse((await cli(['export', '--format', 'json'], { home })).stdout);
    const status = JSON.parse((await cli(['status', '--json'], { home })).stdout);
    expect(report).toMatchObject({ streak: 2, level: { score: 77, label: 'Mid' } });
    for (const field of ['streak', 'level', 'todaySteps', 'deliverables'])
      expect(report[field], field).toEqual(status[field]);
    expect(report.deliverables[3]).toMatchObject({ state: 'partial', evidence: deployEvidence });
  });

  it('Markdown has the level and streak, Today, and a deliverables table with evidence and the checks missing, in Spanish', async () => {
    const result = await cli(['export'], { home: preparedHome('es') });
    expect(result.exitCode).toBe(0);
    const text = result.stdout;
    expect(text).toContain('Nivel: Mid (media 77) · racha de 2 días');
    expect(text).toContain('## Hoy\n\n- Leer la lección 05: leída al 50 %');
    expect(text).toContain('## Entregables finales\n\n1 de 6 entregables hechos');
    expect(text).toContain('| Entregable | Estado | Evidencia | Falta |');
    expect(text).toContain(
      `| Model Cards y Dataset Cards completos | hecho | 09 84/100 · ${formatDay(localNoon(3))} ✓ | — |`,
    );
    expect(text).toContain(
      `| APIs y dashboards desplegables | parcial | 06 91/100 · ${formatDay(localNoon(1))} ✓; 07 55/100 · ${formatDay(localNoon(0))} | 07 Dashboard (\`mlops-tutor check 07\`) |`,
    );
    expect(text).toContain(
      '3 proyectos con CI/CD funcionando: El checker 08 evalúa el workflow de un proyecto: repítelo en los otros dos.',
    );
  });
});
