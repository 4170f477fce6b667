// One summary model for the command line and the check screen.
import { describe, expect, it } from 'vitest';
import { summaryLines } from '../../src/checks/report.js';
import type { CheckResult, ItemResult } from '../../src/checks/runner.js';
import { checkSummary } from '../../src/checks/summary.js';
import { scoreItems } from '../../src/core/scoring.js';
import { messages } from '../../src/i18n/index.js';
import { realSyllabus } from '../helpers/syllabus.js';

const rubric = realSyllabus().rubric;
const t = messages('en').check;
const item = (
  id: string,
  category: ItemResult['category'],
  points: number,
  earned: number,
  status: ItemResult['status'] = earned === points ? 'pass' : 'fail',
): ItemResult => ({
  id,
  title: id.toUpperCase(),
  category,
  points,
  earned,
  status,
  message: status === 'not-run' ? 'dvc missing' : 'ok',
  hint: status === 'not-run' ? 'Install DVC: pip install dvc. Then run it again.' : `fix ${id}`,
  durationMs: 1,
});
const result = (items: ItemResult[]): CheckResult => ({
  ...scoreItems(
    items.map((entry) => ({ ...entry, notRun: entry.status === 'not-run' })),
    rubric,
  ),
  module: '05',
  title: 'x',
  dir: '/w',
  python: undefined,
  items,
});

describe('check summary', () => {
  it('gives the score, the verdict, each lost point with its hint and what did not run', () => {
    const summary = checkSummary(
      result([
        item('api', 'functionality', 40, 40),
        item('lint', 'quality', 20, 15),
        item('readme', 'docs', 15, 15),
        item('dvc', 'reproducibility', 15, 0, 'not-run'),
        item('pytest', 'tests', 10, 10),
      ]),
      rubric,
      'en',
      t,
    );
    expect(summary.score).toMatch(/^Score: 94\/100/);
    expect(summary.verified).toBe('85 of 100 points verified (dvc missing: 15 not run)');
    expect(summary.verdict.passed).toBe(true);
    expect(summary.lost).toEqual([{ points: '−5', text: 'LINT: fix lint' }]);
    expect(summary.notRun).toEqual(['DVC (15): dvc missing. Install DVC: pip install dvc']);
    expect(summary.categories).toHaveLength(5);
  });

  it('does not pass a high score with too little of it verified, and says why', () => {
    const summary = checkSummary(
      result([
        item('api', 'functionality', 40, 0, 'not-run'),
        item('lint', 'quality', 20, 20),
        item('readme', 'docs', 15, 15),
        item('dvc', 'reproducibility', 15, 15),
        item('pytest', 'tests', 10, 0, 'not-run'),
      ]),
      rubric,
      'en',
      t,
    );
    expect(summary.score).toMatch(/^Score: 100\/100/);
    expect(summary.verdict).toEqual({ passed: false, text: t.tooLittleVerified(70) });
  });

  it('is what the command line prints, in that order', () => {
    const checked = result([
      item('api', 'functionality', 40, 40),
      item('lint', 'quality', 20, 15),
      item('readme', 'docs', 15, 15),
      item('dvc', 'reproducibility', 15, 15),
      item('pytest', 'tests', 10, 10),
    ]);
    const summary = checkSummary(checked, rubric, 'en', t);
    expect(summaryLines(checked, rubric, 'en', t)).toEqual([
      '',
      summary.score,
      summary.verdict.text,
      '',
      t.categories,
      ...summary.categories,
      '',
      t.hints,
      '  −5 LINT: fix lint',
    ]);
  });
});
