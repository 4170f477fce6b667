// The `pitch` field of `status --json` and `export`: the speeches and their trend, built in one place.
import { formatElapsed } from '../../core/session.js';
import { pitchTrend, type PitchTrend } from '../../core/pitch.js';
import { LEVELS, type Level } from '../../core/types.js';
import type { Messages } from '../../i18n/index.js';
// The pitch transitions alone: the barrel (transitions/index.js) pulls in review scheduling and ts-fsrs.
import { pitchHistory } from '../../state/transitions/pitch.js';
import type { State } from '../../state/schema.js';

export interface PitchReport {
  total: number;
  trend: PitchTrend;
  byLevel: Partial<Record<Level, PitchTrend>>;
  /** The latest speeches, newest last. */
  recent: {
    at: string;
    project: string;
    level: Level;
    minutes: number;
    elapsedMs: number;
    status: 'finished' | 'time-up';
    score: number;
  }[];
}

/** `limit`: how many of the latest speeches to list (status: a few; export: all). */
export function pitchReport(state: Pick<State, 'pitches'>, limit = 5): PitchReport {
  const entries = pitchHistory(state);
  const byLevel: PitchReport['byLevel'] = {};
  for (const level of LEVELS)
    if (entries.some((entry) => entry.level === level)) byLevel[level] = pitchTrend(entries, { level });
  return {
    total: entries.length,
    trend: pitchTrend(entries),
    byLevel,
    recent: entries.slice(-limit).map(({ at, project, level, minutes, elapsedMs, status, score }) => ({
      at,
      project,
      level,
      minutes,
      elapsedMs,
      status,
      score,
    })),
  };
}

/** One line for `status`: how many speeches, last and best, the trend. */
export function pitchStatusLine(t: Messages, report: PitchReport): string {
  const s = t.pitch.stats;
  if (report.total === 0) return `${s.heading}: ${t.pitch.export.none}`;
  const trend = s.trend[report.trend.direction];
  return `${s.heading}: ${s.line(report.total, report.trend.last!, report.trend.best!)}${trend ? ` · ${trend}` : ''}`;
}

/** The pitch section of the Markdown report. */
export function pitchMarkdown(
  t: Messages,
  report: PitchReport,
  table: (head: readonly string[], rows: string[][]) => string,
): string[] {
  const e = t.pitch.export;
  const lines = ['', `## ${e.heading}`, ''];
  if (report.total === 0) return [...lines, e.none];
  lines.push(pitchStatusLine(t, report).replace(/^[^:]+: /, ''), '');
  lines.push(
    table(
      e.columns,
      report.recent.map((entry) => [
        entry.at.slice(0, 16).replace('T', ' '),
        entry.project,
        t.levels[entry.level],
        String(entry.minutes),
        formatElapsed(entry.elapsedMs),
        `${entry.score} %`,
      ]),
    ),
  );
  return lines;
}
