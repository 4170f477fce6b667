// Rubric scoring of a checker run: pure, so the numbers are unit-tested without running anything.
// Items that could not run on this machine (a tool or package missing) are left out of the total:
// the score is the points earned over the points verified, scaled to the rubric's 100, and a pass
// needs the pass mark on what ran AND enough of the rubric verified (the grader's environment is
// never charged to the learner, nor does a half-verified project pass).
import { rubricLevel } from './progress.js';
import type { Localized, Rubric, RubricCategory } from './types.js';

export interface ScoredItem {
  category: RubricCategory;
  points: number;
  earned: number;
  /** True when the item could not run here: excluded from the total. */
  notRun?: boolean;
}

export interface Score {
  score: number;
  max: number;
  passScore: number;
  passed: boolean;
  /** Points of the items that ran (the rest were not run here). */
  verifiedPoints: number;
  /** Points of every item. */
  totalPoints: number;
  categories: Record<RubricCategory, { earned: number; max: number; notRun: number }>;
  level: Localized;
}

/** Share of the rubric that must be verified for a pass. */
export const MIN_VERIFIED_SHARE = 0.7;

export function scoreItems(items: readonly ScoredItem[], rubric: Rubric, passScore = rubric.passScore): Score {
  const categories = Object.fromEntries(
    rubric.categories.map((category) => [category.id, { earned: 0, max: 0, notRun: 0 }]),
  ) as Score['categories'];
  let earned = 0;
  let verifiedPoints = 0;
  let totalPoints = 0;
  for (const item of items) {
    const bucket = categories[item.category];
    totalPoints += item.points;
    if (item.notRun) {
      bucket.notRun += item.points;
      continue;
    }
    bucket.max += item.points;
    bucket.earned += item.earned;
    earned += item.earned;
    verifiedPoints += item.points;
  }
  const max = totalPoints === 0 ? 0 : 100;
  const score =
    verifiedPoints === 0 ? 0 : verifiedPoints === totalPoints ? earned : Math.round((earned / verifiedPoints) * max);
  const passed = score >= passScore && verifiedPoints >= MIN_VERIFIED_SHARE * totalPoints && verifiedPoints > 0;
  return {
    score,
    max,
    passScore,
    passed,
    verifiedPoints,
    totalPoints,
    categories,
    level: rubricLevel(rubric, score).label,
  };
}
