import { describe, expect, it } from 'vitest';
import { planFor } from '../../src/core/schedule.js';
import { summarize } from '../../src/core/status.js';
import type { ModuleProgress } from '../../src/core/progress.js';
import {
  averageLevel,
  homeDigest,
  overallProgress,
  paceOf,
  practiceDays,
  practiceStreak,
  progressBar,
  todaySteps,
} from '../../src/core/today.js';
import type { ModuleId } from '../../src/core/types.js';
import { MODULE_IDS } from '../../src/core/types.js';
import { realSyllabus } from '../helpers/syllabus.js';

const syllabus = realSyllabus();
const plan = planFor(syllabus, 8);
const passedCheck = (score: number, at = '2026-11-20T10:00:00Z') => ({
  best: score,
  passed: score >= 70,
  history: [{ at, score }],
});
const read = { position: 0, sectionsRead: [0, 1, 2, 3, 4, 5], read: true, updatedAt: '2026-11-20T10:00:00Z' };
const quizPassed = { attempts: 1, best: 80, passed: true, updatedAt: '2026-11-20T10:00:00Z' };
// The injected clock's calendar: stored times are read as UTC days.
const utcDay = (iso: string) => iso.slice(0, 10);

function summaryAt(today: string, progress: Partial<Record<ModuleId, ModuleProgress>>) {
  return summarize({ syllabus, lang: 'en', today, startDate: '2026-11-02', paceWeeks: 8, progress });
}

describe('overall progress', () => {
  it('counts modules passed, lessons read and quizzes passed, and fills the bar with all three', () => {
    const progress = {
      '00': { check: passedCheck(88), lesson: read, quiz: quizPassed },
      '01': { lesson: read },
      '02': { check: passedCheck(50) },
    };
    const counted = overallProgress(progress, MODULE_IDS);
    expect(counted).toEqual({ total: 12, modulesPassed: 1, lessonsRead: 2, quizzesPassed: 1 });
    // 4 of 36 pieces of work → 1 of 9 cells
    expect(progressBar(counted, 9)).toBe('█░░░░░░░░');
    expect(progressBar({ total: 12, modulesPassed: 12, lessonsRead: 12, quizzesPassed: 12 }, 10)).toBe('██████████');
    expect(progressBar({ total: 12, modulesPassed: 0, lessonsRead: 0, quizzesPassed: 0 }, 10)).toBe('░░░░░░░░░░');
    // One piece of 36 is under half a cell, and still shows
    expect(progressBar({ total: 12, modulesPassed: 1, lessonsRead: 0, quizzesPassed: 0 }, 10)).toBe('█░░░░░░░░░');
  });
});

describe('rubric level of the average check score', () => {
  it('averages every module’s last run and names its rubric level, in the learner’s language', () => {
    // 95 and 65 average 80: Senior; a later lower run counts, not the best
    const progress = {
      '05': { check: passedCheck(95) },
      '06': {
        check: {
          best: 90,
          passed: false,
          history: [
            { at: '2026-11-20T10:00:00Z', score: 90 },
            { at: '2026-11-21T10:00:00Z', score: 65 },
          ],
        },
      },
    };
    expect(averageLevel(syllabus.rubric, progress, 'en')).toEqual({ score: 80, label: 'Senior' });
    expect(averageLevel(syllabus.rubric, { '05': { check: passedCheck(40) } }, 'es')).toEqual({
      score: 40,
      label: 'En desarrollo',
    });
    expect(averageLevel(syllabus.rubric, { '05': { lesson: read } }, 'en')).toBeNull();
  });
});

describe('practice streak', () => {
  it('counts consecutive days ending today, or yesterday while today is not over', () => {
    expect(practiceStreak(['2026-11-24', '2026-11-25', '2026-11-26'], '2026-11-26')).toBe(3);
    expect(practiceStreak(['2026-11-24', '2026-11-25'], '2026-11-26')).toBe(2);
    // A missed day breaks it
    expect(practiceStreak(['2026-11-22', '2026-11-23', '2026-11-26'], '2026-11-26')).toBe(1);
    expect(practiceStreak(['2026-11-23', '2026-11-24'], '2026-11-26')).toBe(0);
    // Across a month's end
    expect(practiceStreak(['2026-11-30', '2026-12-01'], '2026-12-01')).toBe(2);
  });

  it('takes its days from lessons, quizzes, answers, drills and checker runs, through the injected calendar', () => {
    const days = practiceDays(
      {
        modules: {
          '03': {
            lesson: { ...read, updatedAt: '2026-11-22T08:00:00Z' },
            check: passedCheck(70, '2026-11-23T08:00:00Z'),
          },
        },
        quizzes: [{ at: '2026-11-24T23:30:00Z' }],
        questions: { q1: { history: [{ at: '2026-11-25T07:00:00Z' }] } },
        drills: [{ startedAt: '2026-11-26T12:00:00Z' }],
      },
      utcDay,
    );
    expect([...days].sort()).toEqual(['2026-11-22', '2026-11-23', '2026-11-24', '2026-11-25', '2026-11-26']);
    // The same quiz late at night is the next day for a learner at UTC+2
    const plusTwo = (iso: string) => new Date(Date.parse(iso) + 2 * 3600_000).toISOString().slice(0, 10);
    expect(
      practiceDays({ modules: {}, quizzes: [{ at: '2026-11-24T23:30:00Z' }], questions: {}, drills: [] }, plusTwo),
    ).toEqual(new Set(['2026-11-25']));
  });
});

describe('today’s steps', () => {
  it('lists lesson, quiz and check of each module of the week with their state', () => {
    const progress = {
      '05': {
        lesson: { position: 2, sectionsRead: [0, 1, 2], read: false, updatedAt: '2026-11-25T10:00:00Z' },
        quiz: { attempts: 2, best: 60, passed: false, updatedAt: '2026-11-25T10:00:00Z' },
      },
      '06': { lesson: read, quiz: quizPassed, check: passedCheck(82) },
    };
    const steps = todaySteps(['05', '06'], progress, 6, () => true);
    expect(steps).toEqual([
      { kind: 'lesson', module: '05', state: 'started', value: 50 },
      { kind: 'quiz', module: '05', state: 'started', value: 60 },
      { kind: 'check', module: '05', state: 'todo', value: null },
      { kind: 'lesson', module: '06', state: 'done', value: null },
      { kind: 'quiz', module: '06', state: 'done', value: 80 },
      { kind: 'check', module: '06', state: 'done', value: 82 },
    ]);
    // A module without a checker has no check step
    expect(todaySteps(['00'], {}, 6, (id) => id !== '00').map((step) => step.kind)).toEqual(['lesson', 'quiz']);
  });
});

describe('pace', () => {
  it('flags the modules of past weeks that have not passed', () => {
    // 2026-11-26 is week 4 of a plan started on 2026-11-02
    const summary = summaryAt('2026-11-26', {
      '00': { check: passedCheck(88) },
      '02': { check: passedCheck(75) },
      '03': { check: passedCheck(71) },
    });
    expect(paceOf(summary, plan)).toEqual({ kind: 'behind', modules: ['01', '04'] });
  });

  it('tells a learner who passed everything up to this week that they are ahead', () => {
    const through = (ids: ModuleId[]) => Object.fromEntries(ids.map((id) => [id, { check: passedCheck(80) }]));
    // Week 2: 00–03 passed
    expect(paceOf(summaryAt('2026-11-10', through(['00', '01', '02', '03'])), plan)).toEqual({ kind: 'ahead' });
    // Week 2 with 03 still open: on track, not behind
    expect(paceOf(summaryAt('2026-11-10', through(['00', '01', '02'])), plan)).toEqual({ kind: 'on-track' });
    // Before the start, any passed module is ahead
    expect(paceOf(summaryAt('2026-10-30', through(['00'])), plan)).toEqual({ kind: 'ahead' });
    expect(paceOf(summaryAt('2026-10-30', {}), plan)).toEqual({ kind: 'on-track' });
  });
});

describe('home digest', () => {
  it('puts it together for the week of the injected day', () => {
    const progress = {
      '00': { check: passedCheck(88, '2026-11-25T10:00:00Z'), lesson: read, quiz: quizPassed },
      '01': { check: passedCheck(92, '2026-11-26T09:00:00Z') },
    };
    const times = { modules: progress, quizzes: [], questions: {}, drills: [] };
    const digest = homeDigest({
      summary: summaryAt('2026-11-26', progress),
      plan,
      rubric: syllabus.rubric,
      lang: 'en',
      times,
      dayOf: utcDay,
      hasCheck: () => true,
      sectionCount: 6,
    });
    expect(digest.progress).toMatchObject({ modulesPassed: 2, lessonsRead: 1, quizzesPassed: 1 });
    expect(digest.level).toEqual({ score: 90, label: 'Staff/Principal' });
    expect(digest.streak).toBe(2);
    // Week 4 of the 8-week plan is modules 05 and 06
    expect(digest.steps.map((step) => `${step.kind} ${step.module}`)).toEqual([
      'lesson 05',
      'quiz 05',
      'check 05',
      'lesson 06',
      'quiz 06',
      'check 06',
    ]);
    expect(digest.pace).toEqual({ kind: 'behind', modules: ['02', '03', '04'] });
  });
});
