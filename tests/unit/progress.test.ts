import { describe, expect, it } from 'vitest';
import { continueTarget, moduleStatus, overdueModules, planOrder, rubricLevel } from '../../src/core/progress.js';
import { planFor } from '../../src/core/schedule.js';
import { summarize } from '../../src/core/status.js';
import { realSyllabus } from '../helpers/syllabus.js';

const passed = { check: { best: 82, passed: true, history: [{ at: '2026-11-20T10:00:00Z', score: 82 }] } };
const started = { startedAt: '2026-11-20T10:00:00Z' };

describe('module status', () => {
  it('is done only when the checker passed', () => {
    expect(moduleStatus(undefined)).toBe('not-started');
    expect(moduleStatus({})).toBe('not-started');
    expect(moduleStatus(started)).toBe('in-progress');
    expect(moduleStatus({ check: { best: 55, passed: false, history: [] } })).toBe('in-progress');
    expect(moduleStatus(passed)).toBe('done');
  });
});

describe('continue', () => {
  const plan = planFor(realSyllabus(), 8);

  it('returns to the last module while it is unfinished', () => {
    expect(continueTarget(plan, { '04': started }, '04')).toBe('04');
  });

  it('otherwise opens the first unfinished module in plan order', () => {
    expect(continueTarget(plan, { '00': passed, '01': passed }, '01')).toBe('02');
  });

  it('has nothing to continue when every module passed', () => {
    const all = Object.fromEntries(planOrder(plan).map((id) => [id, passed]));
    expect(continueTarget(plan, all, undefined)).toBeUndefined();
  });
});

describe('overdue modules and the home summary', () => {
  const syllabus = realSyllabus();

  it('lists unfinished modules of past weeks, not the current week', () => {
    const plan = planFor(syllabus, 8);
    expect(overdueModules(plan, 3, { '00': passed })).toEqual(['01', '02', '03']);
  });

  it('summarizes week, drill level, continue target and module states in the chosen language', () => {
    const summary = summarize({
      syllabus,
      lang: 'es',
      today: '2026-11-26',
      startDate: '2026-11-02',
      paceWeeks: 8,
      progress: { '00': passed, '01': started },
    });
    expect(summary).toMatchObject({
      week: 4,
      totalWeeks: 8,
      drillLevel: 'junior',
      thisWeek: ['05', '06'],
      continue: '01',
      modulesDone: 1,
    });
    expect(summary.modules).toHaveLength(12);
    expect(summary.modules[1]).toMatchObject({
      id: '01',
      title: 'Python moderno',
      status: 'in-progress',
      overdue: true,
      week: 1,
    });
    expect(summary.modules[0]).toMatchObject({ status: 'done', overdue: false, checkBest: 82 });
  });
});

describe('rubric levels', () => {
  const rubric = realSyllabus().rubric;
  it('maps scores to the guide’s labels with 70 as the pass mark', () => {
    expect(rubric.passScore).toBe(70);
    expect(rubric.categories.map((category) => [category.id, category.points])).toEqual([
      ['functionality', 40],
      ['quality', 20],
      ['docs', 15],
      ['reproducibility', 15],
      ['tests', 10],
    ]);
    expect([100, 90, 89, 80, 79, 70, 69, 60, 59, 0].map((score) => rubricLevel(rubric, score).label.en)).toEqual([
      'Staff/Principal',
      'Staff/Principal',
      'Senior',
      'Senior',
      'Mid',
      'Mid',
      'Junior+',
      'Junior+',
      'Still developing',
      'Still developing',
    ]);
  });
});
