// What a check summary says, once: the score, how much of it was verified, the verdict, the points
// by category, a hint for every lost point and what could not run here. The command line prints it
// as lines (report.ts); the check screen wraps and colours the same parts (ui/check-lines.ts).
import type { Lang, Rubric } from '../core/types.js';
import { MIN_VERIFIED_SHARE } from '../core/scoring.js';
import type { Messages } from '../i18n/index.js';
import type { CheckResult } from './runner.js';

export interface CheckSummary {
  score: string;
  /** "88 of 100 points verified (…)", when something did not run here. */
  verified: string | undefined;
  verdict: { text: string; passed: boolean };
  /** One padded line per rubric category: "  Documentation    12/15". */
  categories: string[];
  /** The points lost ("−5") and how to win them back, for every item that was evaluated. */
  lost: { points: string; text: string }[];
  /** Items not run here: the reason and the first sentence of how to install what is missing. */
  notRun: string[];
}

/** "88 of 100 points verified (dvc missing: 12 not run)", or undefined when everything ran. */
export function verifiedLine(result: CheckResult, t: Messages['check']): string | undefined {
  if (result.verifiedPoints === result.totalPoints) return undefined;
  const reasons = new Map<string, number>();
  for (const item of result.items.filter((item) => item.status === 'not-run')) reasons.set(item.message, (reasons.get(item.message) ?? 0) + item.points);
  return t.verified(result.verifiedPoints, result.totalPoints, [...reasons].map(([why, points]) => t.notRunPoints(why, points)).join('; '));
}

export function checkSummary(result: CheckResult, rubric: Rubric, lang: Lang, t: Messages['check']): CheckSummary {
  const little = result.verifiedPoints < MIN_VERIFIED_SHARE * result.totalPoints && result.totalPoints > 0;
  const verdict = result.passed ? t.passed(result.passScore) : little ? t.tooLittleVerified(Math.round(MIN_VERIFIED_SHARE * 100)) : t.failed(result.passScore);
  const width = Math.max(...rubric.categories.map((category) => category.title[lang].length));
  return {
    score: t.score(result.score, result.max, result.level[lang]),
    verified: verifiedLine(result, t),
    verdict: { text: verdict, passed: result.passed },
    categories: rubric.categories.map((category) => {
      const bucket = result.categories[category.id];
      return `  ${category.title[lang].padEnd(width)}  ${String(bucket.earned).padStart(2)}/${bucket.max}`;
    }),
    // Hints only for what was evaluated; what could not run is listed apart, with how to install it.
    lost: result.items.filter((item) => item.earned < item.points && item.status !== 'not-run').map((item) => ({ points: t.lost(item.points - item.earned), text: `${item.title}: ${item.hint}` })),
    notRun: result.items.filter((item) => item.status === 'not-run').map((item) => `${item.title} (${item.points}): ${item.message}. ${item.hint.split('. ')[0] ?? ''}`.trimEnd()),
  };
}
