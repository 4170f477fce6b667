// What the pitch screens show, without Ink: every line within the width in both languages, and the
// projects offered in the setup.
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/content/load.js';
import { nextPart, pointsFor, startPitch, tickPitch, type PointRating } from '../../src/core/pitch.js';
import { LEVELS, LANGS } from '../../src/core/types.js';
import { messages } from '../../src/i18n/index.js';
import { emptyState } from '../../src/state/schema.js';
import { cardLines, pitchStatsLines, ratingLines, resultLines } from '../../src/ui/practice/pitch/pitch-lines.js';
import { projectChoices } from '../../src/ui/practice/pitch/pitch-setup.js';
import { realSyllabus, repoRoot } from '../helpers/syllabus.js';

const content = loadContent(repoRoot).pitch!;
const text = (lines: { text: string }[][]) => lines.map((line) => line.map((segment) => segment.text).join(''));
const T0 = Date.parse('2026-12-01T10:00:00Z');

describe('pitch lines', () => {
  it('fit 40 and 60 columns in es and en: rating, results with every flag and note, cards, stats', () => {
    let run = startPitch(content.parts, 5, T0);
    run = nextPart(run, T0 + 80_000);
    run = nextPart(run, T0 + 85_000);
    run = tickPitch(run, T0 + 400_000);
    for (const lang of LANGS)
      for (const width of [40, 60])
        for (const level of LEVELS) {
          const t = messages(lang);
          const ids = pointsFor(content.parts, level).map((point) => point.id);
          const ratings = Object.fromEntries(ids.map((id, index) => [id, (index % 3) as PointRating]));
          const all = [
            ...text(ratingLines(t, lang, content, level, ratings, 3, width).lines),
            ...text(
              resultLines(
                t,
                lang,
                content,
                { run, level, ratings, notes: ['x'.repeat(120)], score: 50, previous: undefined },
                width,
              ),
            ),
            ...content.parts.flatMap((_, index) => text(cardLines(t, lang, content, index, level, 54_000, width))),
            ...text(
              pitchStatsLines(
                t,
                [
                  {
                    id: 'a',
                    at: 'x',
                    project: 'p',
                    level,
                    minutes: 5,
                    status: 'finished',
                    elapsedMs: 1,
                    score: 40,
                    parts: [],
                    ratings: {},
                  },
                ],
                width,
              ),
            ),
          ];
          for (const line of all)
            expect([...line].length, `${lang} ${width} ${level}: ${line}`).toBeLessThanOrEqual(width);
        }
  });

  it('names the parts over pace and never reached, and the points missed', () => {
    let run = startPitch(content.parts, 5, T0);
    run = nextPart(run, T0 + 80_000);
    run = tickPitch(run, T0 + 300_000);
    const lines = text(
      resultLines(
        messages('en'),
        'en',
        content,
        { run, level: 'junior', ratings: {}, notes: [], score: 0, previous: { score: 20 } as never },
        60,
      ),
    )
      .map((line) => line.trim())
      .join(' ');
    expect(lines).toContain('-20 against the previous one at this level (20 %).');
    expect(lines).toContain('Ran long: Problem and business impact, Data.');
    expect(lines).toContain(
      'Never reached: Model and metrics, MLOps: tracking, CI/CD, serving, monitoring, Trade-offs and what you would do next.',
    );
    expect(lines).toContain('Says in one sentence who uses the prediction');
  });

  it('offers the guide’s projects, modules whose check passed and names used before, once each', () => {
    const data = {
      ...emptyState(),
      modules: {
        '06': { check: { best: 90, passed: true, history: [] } },
        '05': { check: { best: 40, passed: false, history: [] } },
      },
    };
    const withHistory = {
      ...data,
      pitches: [
        {
          id: 'a',
          at: 'x',
          project: 'Fraud API',
          level: 'mid' as const,
          minutes: 5,
          status: 'finished' as const,
          elapsedMs: 1,
          score: 1,
          parts: [],
          ratings: {},
        },
      ],
    };
    const choices = projectChoices(content, realSyllabus(), withHistory, 'en', 'Fraud API');
    expect(choices.slice(0, 4)).toEqual(content.projects.map((project) => project.name.en));
    expect(choices.slice(4)).toEqual([expect.stringMatching(/^06 /), 'Fraud API']);
  });
});
