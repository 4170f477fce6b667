// The `pitch` field of status --json and export, and its lines in status and the Markdown report.
import { describe, expect, it } from 'vitest';
import { pitchMarkdown, pitchReport, pitchStatusLine } from '../../src/cli/commands/pitch-report.js';
import type { PitchEntry } from '../../src/core/pitch.js';
import { messages } from '../../src/i18n/index.js';

const entry = (n: number, score: number, level: PitchEntry['level'] = 'mid'): PitchEntry => ({
  id: `pitch-${n}`,
  at: `2026-11-2${n}T10:00:00.000Z`,
  project: 'Bank | churn',
  level,
  minutes: 6,
  status: 'finished',
  elapsedMs: 361_000,
  score,
  parts: [{ id: 'problem', ms: 50_000, paceMs: 54_000 }],
  ratings: { a: 2 },
  notes: ['private'],
});
const table = (head: readonly string[], rows: string[][]) =>
  [head.join('|'), ...rows.map((row) => row.join('|'))].join('\n');

describe('pitch report', () => {
  it('is empty for a store from before the pitch drill', () => {
    expect(pitchReport({})).toEqual({
      total: 0,
      trend: { scores: [], last: null, best: null, delta: null, direction: 'none' },
      byLevel: {},
      recent: [],
    });
    expect(pitchStatusLine(messages('en'), pitchReport({}))).toBe('Portfolio pitch: No speeches yet.');
  });

  it('lists the latest speeches without ratings or notes, with the trend overall and per level', () => {
    const report = pitchReport({ pitches: [entry(1, 40), entry(2, 50), entry(3, 90, 'senior'), entry(4, 70)] }, 2);
    expect(report.total).toBe(4);
    expect(report.recent).toEqual([
      {
        at: '2026-11-23T10:00:00.000Z',
        project: 'Bank | churn',
        level: 'senior',
        minutes: 6,
        elapsedMs: 361_000,
        status: 'finished',
        score: 90,
      },
      {
        at: '2026-11-24T10:00:00.000Z',
        project: 'Bank | churn',
        level: 'mid',
        minutes: 6,
        elapsedMs: 361_000,
        status: 'finished',
        score: 70,
      },
    ]);
    expect(report.byLevel.mid).toMatchObject({ last: 70, delta: 25, direction: 'up' });
    expect(report.byLevel.junior).toBeUndefined();
    expect(pitchStatusLine(messages('es'), report)).toBe(
      'Speech de portafolio: 4 speeches · último 70 % · mejor 90 % · ↑ mejorando',
    );
    const markdown = pitchMarkdown(messages('en'), report, table).join('\n');
    expect(markdown).toContain('## Portfolio pitch');
    expect(markdown).toContain('2026-11-24 10:00|Bank | churn|mid|6|6:01|70 %');
  });
});
