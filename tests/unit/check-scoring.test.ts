// The score is what was earned over what could be verified here, scaled to 100; a pass needs the
// pass mark on that AND 70 % of the rubric verified.
import { describe, expect, it } from 'vitest';
import { scoreItems } from '../../src/core/scoring.js';
import { realSyllabus } from '../helpers/syllabus.js';

const rubric = () => realSyllabus().rubric;

describe('scoring with items not run here', () => {
  it('scores everything when everything ran', () => {
    const score = scoreItems(
      [
        { category: 'functionality', points: 40, earned: 40 },
        { category: 'quality', points: 20, earned: 10 },
        { category: 'docs', points: 15, earned: 15 },
        { category: 'reproducibility', points: 15, earned: 0 },
        { category: 'tests', points: 10, earned: 10 },
      ],
      rubric(),
    );
    expect(score).toMatchObject({ score: 75, max: 100, verifiedPoints: 100, totalPoints: 100, passed: true });
  });

  it('leaves not-run items out of the total and scales to 100', () => {
    const score = scoreItems(
      [
        { category: 'functionality', points: 28, earned: 28 },
        { category: 'functionality', points: 12, earned: 0, notRun: true },
        { category: 'quality', points: 20, earned: 20 },
        { category: 'docs', points: 15, earned: 10 },
        { category: 'reproducibility', points: 15, earned: 15 },
        { category: 'tests', points: 10, earned: 0 },
      ],
      rubric(),
    );
    // 73 earned of 88 verified → 83.
    expect(score).toMatchObject({ score: 83, verifiedPoints: 88, totalPoints: 100, passed: true });
    expect(score.categories.functionality).toEqual({ earned: 28, max: 28, notRun: 12 });
  });

  it('does not pass a project of which less than 70 % could be verified, however well it did', () => {
    const score = scoreItems(
      [
        { category: 'functionality', points: 40, earned: 0, notRun: true },
        { category: 'quality', points: 20, earned: 20 },
        { category: 'docs', points: 15, earned: 15 },
        { category: 'tests', points: 10, earned: 0, notRun: true },
        { category: 'reproducibility', points: 15, earned: 15 },
      ],
      rubric(),
    );
    expect(score.score).toBe(100);
    expect(score.verifiedPoints).toBe(50);
    expect(score.passed).toBe(false);
  });

  it('scores 0 and fails when nothing could run', () => {
    const score = scoreItems([{ category: 'functionality', points: 100, earned: 0, notRun: true }], rubric());
    expect(score).toMatchObject({ score: 0, verifiedPoints: 0, passed: false });
  });
});
