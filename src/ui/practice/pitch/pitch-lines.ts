// What the pitch screens show, as lines of styled segments at most `width` wide: pure, so the
// results, the cards and the stats section are tested without Ink.
import { partScores, partTimes, pitchClock, pitchTrend, workOn, type PitchEntry, type PitchRun, type PointRating } from '../../../core/pitch.js';
import { sparkline } from '../../../core/practice.js';
import { formatElapsed } from '../../../core/session.js';
import { LEVELS, type Lang, type Level } from '../../../core/types.js';
import type { PitchContent, PitchContentPart } from '../../../content/pitch.js';
import type { Messages } from '../../../i18n/index.js';
import { truncate, wrapText } from '../../layout.js';
import type { Segment } from '../../markdown/types.js';
import { prose, type Line } from '../lines.js';

const RATING_COLORS = ['red', 'yellow', 'green'] as const;

/** A text whose first line starts with `head` (segments) and whose next lines align under it. */
export function hanging(head: Segment[], text: string, width: number, style: Omit<Segment, 'text'> = {}): Line[] {
  const indent = head.reduce((sum, segment) => sum + [...segment.text].length, 0);
  const pad = ' '.repeat(indent);
  return wrapText(text, Math.max(10, width - indent)).map((part, index) => (index === 0 ? [...head, { text: part, ...style }] : [{ text: `${pad}${part}`, ...style }]));
}

/** The talking points of one part at one level, as bullets. */
export function pointLines(part: PitchContentPart, level: Level, lang: Lang, width: number): Line[] {
  return part.points[level].flatMap((point) => hanging([{ text: '  • ' }], point.text[lang], width));
}

/** A point's rating as a fixed-width tag: "no", "partly", "yes", or a dot when unrated. */
export function ratingTag(t: Messages, rating: PointRating | undefined): Segment {
  const width = Math.max(...t.pitch.rate.labels.map((label) => [...label].length)) + 1;
  if (rating === undefined) return { text: '·'.padEnd(width), dim: true };
  return { text: t.pitch.rate.labels[rating]!.padEnd(width), color: RATING_COLORS[rating], bold: true };
}

export interface RatingView {
  lines: Line[];
  focus: [number, number];
}

/** Every point of the level under its part's title, the cursor on one; the last row saves. */
export function ratingLines(t: Messages, lang: Lang, content: PitchContent, level: Level, ratings: Readonly<Record<string, PointRating>>, cursor: number, width: number): RatingView {
  const lines: Line[] = [];
  let focus: [number, number] = [0, 0];
  let index = 0;
  for (const part of content.parts) {
    lines.push([{ text: truncate(part.title[lang], width), bold: true }]);
    for (const point of part.points[level]) {
      const selected = index === cursor;
      const start = lines.length;
      lines.push(...hanging([{ text: selected ? '❯ ' : '  ', color: 'cyan', bold: true }, ratingTag(t, ratings[point.id])], point.text[lang], width, selected ? { bold: true } : {}));
      if (selected) focus = [start, lines.length - 1];
      index += 1;
    }
  }
  const onSave = cursor === index;
  lines.push([], [{ text: truncate(`${onSave ? '❯ ' : '  '}${t.pitch.rate.save}`, width), color: onSave ? 'cyan' : undefined, bold: onSave }]);
  if (onSave) focus = [lines.length - 1, lines.length - 1];
  return { lines, focus };
}

const titleOf = (content: PitchContent, lang: Lang, id: string) => content.parts.find((part) => part.id === id)?.title[lang] ?? id;

export interface ResultInput {
  run: PitchRun;
  level: Level;
  ratings: Readonly<Record<string, PointRating>>;
  notes: readonly string[];
  score: number;
  /** The previous speech at the same level, if any. */
  previous: PitchEntry | undefined;
}

export function resultLines(t: Messages, lang: Lang, content: PitchContent, input: ResultInput, width: number): Line[] {
  const r = t.pitch.results;
  const { run, level, ratings } = input;
  const scores = partScores(content.parts, level, ratings);
  const earned = scores.reduce((sum, part) => sum + part.earned, 0);
  const max = scores.reduce((sum, part) => sum + part.max, 0);
  const clock = pitchClock(run, run.endedAt ?? run.startedAt);
  const times = partTimes(run);
  const lines: Line[] = [[{ text: truncate(r.score(input.score, earned, max), width), bold: true }], [{ text: truncate(r.time(formatElapsed(clock.elapsedMs), run.minutes), width) }]];
  if (run.status === 'time-up') lines.push(...prose(r.timeUp, width, { color: 'yellow' }));
  lines.push(...prose(input.previous ? r.versus(input.score - input.previous.score, input.previous.score) : r.first, width, { dim: true }));

  lines.push([], [{ text: truncate(r.byPart, width), bold: true }]);
  const flagWidth = Math.max(...[r.over, r.short, r.notReached].map((flag) => [...flag].length));
  const figures = (ms: number, pace: number) => `${formatElapsed(ms).padStart(5)} / ${formatElapsed(pace).padStart(4)}`;
  const nameWidth = Math.max(8, width - 2 - 13 - flagWidth - 2);
  for (const time of times) {
    const flag = !time.reached ? r.notReached : time.over ? r.over : time.short ? r.short : '';
    lines.push([
      { text: `  ${truncate(titleOf(content, lang, time.id), nameWidth).padEnd(nameWidth)}` },
      { text: figures(time.ms, time.paceMs), dim: !time.reached },
      { text: flag ? `  ${flag}` : '', color: time.over || !time.reached ? 'yellow' : undefined, dim: time.short && !time.over },
    ]);
  }

  const advice = workOn(content.parts, level, ratings, times, clock.elapsedMs);
  lines.push([], [{ text: truncate(r.workOn, width), bold: true }]);
  const names = (ids: readonly string[]) => ids.map((id) => titleOf(content, lang, id)).join(', ');
  if (advice.weakestPart) lines.push(...prose(r.weakest(titleOf(content, lang, advice.weakestPart)), width));
  if (advice.overParts.length) lines.push(...prose(r.overParts(names(advice.overParts)), width, { color: 'yellow' }));
  if (advice.notReached.length) lines.push(...prose(r.notReachedParts(names(advice.notReached)), width, { color: 'yellow' }));
  if (advice.tooShort) lines.push(...prose(r.tooShort, width, { color: 'yellow' }));
  if (advice.missed.length) {
    lines.push([{ text: truncate(r.missed, width), dim: true }]);
    const texts = new Map(content.parts.flatMap((part) => part.points[level].map((point) => [point.id, point.text[lang]] as const)));
    for (const id of advice.missed) lines.push(...hanging([{ text: '  • ' }], texts.get(id) ?? id, width));
  }
  if (!advice.weakestPart && !advice.overParts.length && !advice.notReached.length && !advice.tooShort) lines.push(...prose(r.allGood, width, { color: 'green' }));
  if (input.notes.length) {
    lines.push([], [{ text: truncate(r.notes, width), bold: true }]);
    for (const note of input.notes) lines.push(...hanging([{ text: '  – ' }], note, width, { italic: true }));
  }
  return lines;
}

/** One part at one level, for review before an interview: its share, goal and points. */
export function cardLines(t: Messages, lang: Lang, content: PitchContent, partIndex: number, level: Level, paceMs: number, width: number): Line[] {
  const part = content.parts[partIndex]!;
  const tabs: Line = LEVELS.flatMap((candidate, index) => [
    ...(index ? [{ text: ' · ', dim: true }] : []),
    candidate === level ? { text: `[${t.levels[candidate]}]`, color: 'cyan' as const, bold: true } : { text: t.levels[candidate], dim: true },
  ]);
  return [
    [{ text: truncate(part.title[lang], width), bold: true }],
    [{ text: truncate(`${t.pitch.cards.position(partIndex + 1, content.parts.length)} · ${t.pitch.cards.share(part.share, formatElapsed(paceMs))}`, width), dim: true }],
    ...prose(part.goal[lang], width, { italic: true }),
    [],
    tabs,
    ...pointLines(part, level, lang, width),
  ];
}

/** The stats screen's pitch section: how many speeches, last and best, and a sparkline per level. */
export function pitchStatsLines(t: Messages, entries: readonly PitchEntry[], width: number): Line[] {
  const s = t.pitch.stats;
  const lines: Line[] = [[{ text: truncate(s.heading, width), bold: true }]];
  if (entries.length === 0) return [...lines, ...prose(s.none, width, { dim: true })];
  const all = pitchTrend(entries);
  lines.push([{ text: truncate(`  ${s.line(entries.length, all.last!, all.best!)}`, width) }]);
  for (const level of LEVELS) {
    const trend = pitchTrend(entries, { level });
    if (trend.last === null) continue;
    const label = `  ${t.levels[level].padEnd(7)}`;
    const word = s.trend[trend.direction];
    const tail = ` ${String(trend.last).padStart(3)} %${word ? ` ${word}` : ''}`;
    const chart = sparkline(trend.scores, Math.max(4, width - label.length - tail.length - 1));
    lines.push([{ text: label }, { text: chart, color: 'cyan' }, { text: truncate(tail, Math.max(0, width - label.length - chart.length)), dim: true }]);
  }
  return lines;
}
