// Rubric scoring of a checker run: pure, so the numbers are unit-tested without running anything.
import { rubricLevel } from './progress.js';
import type { Localized, Rubric, RubricCategory } from './types.js';

export interface ScoredItem {
  category: RubricCategory;
  points: number;
  earned: number;
}

export interface Score {
  score: number;
  max: number;
  passScore: number;
  passed: boolean;
  categories: Record<RubricCategory, { earned: number; max: number }>;
  level: Localized;
}

export function scoreItems(items: readonly ScoredItem[], rubric: Rubric, passScore = rubric.passScore): Score {
  const categories = Object.fromEntries(rubric.categories.map((category) => [category.id, { earned: 0, max: 0 }])) as Score['categories'];
  for (const item of items) {
    const bucket = categories[item.category];
    bucket.max += item.points;
    bucket.earned += item.earned;
  }
  const score = items.reduce((sum, item) => sum + item.earned, 0);
  const max = items.reduce((sum, item) => sum + item.points, 0);
  return { score, max, passScore, passed: score >= passScore, categories, level: rubricLevel(rubric, score).label };
}
