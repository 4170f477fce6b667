import { describe, expect, it } from 'vitest';
import {
  drillLevelForWeek,
  formatDay,
  parseDay,
  planFor,
  weekOfModule,
  weekPosition,
} from '../../src/core/schedule.js';
import { realSyllabus } from '../helpers/syllabus.js';

const plan8 = () => planFor(realSyllabus(), 8);

describe('calendar days', () => {
  it('parses real dates and rejects impossible ones', () => {
    expect(parseDay('2026-02-28')).toBe(Date.UTC(2026, 1, 28));
    expect(parseDay('2026-02-31')).toBeUndefined();
    expect(parseDay('2026-13-01')).toBeUndefined();
    expect(parseDay('26-1-1')).toBeUndefined();
    expect(parseDay(' 2026-01-05 ')).toBe(Date.UTC(2026, 0, 5));
  });

  it('formats a local date as YYYY-MM-DD', () => {
    expect(formatDay(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
  });
});

describe('week position', () => {
  it('is week 1 on the start day and moves every 7 days', () => {
    expect(weekPosition(plan8(), '2026-11-02', '2026-11-02')).toMatchObject({
      week: 1,
      phase: 'during',
      totalWeeks: 8,
    });
    expect(weekPosition(plan8(), '2026-11-02', '2026-11-08').week).toBe(1);
    expect(weekPosition(plan8(), '2026-11-02', '2026-11-09').week).toBe(2);
    expect(weekPosition(plan8(), '2026-11-02', '2026-11-26').week).toBe(4);
  });

  it('says how many days remain before a future start and clamps after the end', () => {
    expect(weekPosition(plan8(), '2026-12-01', '2026-11-26')).toMatchObject({
      week: 1,
      phase: 'before',
      daysToStart: 5,
    });
    expect(weekPosition(plan8(), '2026-01-01', '2026-11-26')).toMatchObject({ week: 8, phase: 'after' });
  });

  it('crosses a daylight-saving change without losing a day', () => {
    // Europe's clocks change on 2026-10-25; calendar days are UTC-based, so the week still turns on day 7.
    expect(weekPosition(plan8(), '2026-10-19', '2026-10-26').week).toBe(2);
  });
});

describe('the syllabus plans', () => {
  it('follows the seed in the 8-week plan: modules per week, interview weeks 7–8', () => {
    const weeks = plan8().weeks.map((week) => week.modules.join(','));
    expect(weeks).toEqual(['00,01', '02,03', '04', '05,06', '07,08', '09,10,11', '', '']);
    expect(
      plan8()
        .weeks.slice(6)
        .every((week) => week.interview),
    ).toBe(true);
  });

  it('assigns junior drills to weeks 1–4, mid to 5–6 and senior to 7–8', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8].map((week) => drillLevelForWeek(plan8(), week))).toEqual([
      'junior',
      'junior',
      'junior',
      'junior',
      'mid',
      'mid',
      'senior',
      'senior',
    ]);
  });

  it('schedules every module in the 6- and 12-week plans and ends both with interview preparation', () => {
    for (const pace of [6, 12] as const) {
      const plan = planFor(realSyllabus(), pace);
      expect(plan.weeks).toHaveLength(pace);
      expect(weekOfModule(plan, '11')).toBeGreaterThan(0);
      expect(plan.weeks[pace - 1]!.interview).toBe(true);
    }
  });
});
