// The three ways a check result leaves the program: text for people, JSON (DESIGN §3) for scripts,
// JUnit XML for CI test reporters.
import type { Lang, Rubric } from '../core/types.js';
import type { Messages } from '../i18n/index.js';
import type { CheckResult, ItemResult } from './runner.js';
import { checkSummary } from './summary.js';


export function resultJson(result: CheckResult) {
  return {
    module: result.module,
    score: result.score,
    max: result.max,
    passScore: result.passScore,
    passed: result.passed,
    /** Points of the items that ran here; the score is earned / verifiedPoints scaled to 100. */
    verifiedPoints: result.verifiedPoints,
    totalPoints: result.totalPoints,
    dir: result.dir,
    python: result.python ?? null,
    categories: result.categories,
    items: result.items.map(({ id, title, category, points, earned, status, message, hint, durationMs }) => ({ id, title, category, points, earned, status, message, hint, durationMs })),
  };
}

export function statusMark(status: ItemResult['status'], t: Messages['check']): string {
  return t.status[status];
}

/** One line per item, the way non-interactive output and logs show it. */
export function itemLine(result: ItemResult, t: Messages['check']): string {
  return `${statusMark(result.status, t)} ${result.title} [${result.earned}/${result.points}] ${t.seconds(result.durationMs)} — ${result.message}`;
}

/** The summary as the command line prints it: score and verdict, categories, hints, what did not run. */
export function summaryLines(result: CheckResult, rubric: Rubric, lang: Lang, t: Messages['check']): string[] {
  const summary = checkSummary(result, rubric, lang, t);
  const lines = ['', summary.score, ...(summary.verified ? [summary.verified] : []), summary.verdict.text, '', t.categories, ...summary.categories];
  if (summary.lost.length) lines.push('', t.hints, ...summary.lost.map((lost) => `  ${lost.points} ${lost.text}`));
  if (summary.notRun.length) lines.push('', t.notRunHeading, ...summary.notRun.map((line) => `  ${line}`));
  return lines;
}

const xml = (text: string) =>
  text
    // XML 1.0 forbids most control characters, which a learner's output may well contain.
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');

/** JUnit XML: one testsuite per module, one testcase per item; failure/error/skipped as reporters expect. */
export function junitXml(results: CheckResult[]): string {
  const seconds = (ms: number) => (ms / 1000).toFixed(3);
  const suites = results.map((result) => {
    const count = (status: ItemResult['status']) => result.items.filter((item) => item.status === status).length;
    const time = result.items.reduce((sum, item) => sum + item.durationMs, 0);
    const cases = result.items.map((item) => {
      const open = `    <testcase classname="mlops-tutor.check.${result.module}" name="${xml(`${item.id}: ${item.title}`)}" time="${seconds(item.durationMs)}">`;
      const detail = `${item.message}${item.hint ? `\n${item.hint}` : ''}`;
      const out = item.output ? `\n      <system-out>${xml(item.output)}</system-out>` : '';
      if (item.status === 'pass') return `${open}${out}</testcase>`;
      if (item.status === 'not-run') return `${open}\n      <skipped message="${xml(item.message)}"/>${out}\n    </testcase>`;
      // A skip here means a dependency failed: it costs the points, so reporters must show it as a failure.
      if (item.status === 'skip') return `${open}\n      <failure message="${xml(item.message)}" type="${item.category}">${xml(detail)}</failure>${out}\n    </testcase>`;
      const tag = item.status === 'error' ? 'error' : 'failure';
      return `${open}\n      <${tag} message="${xml(item.message)}" type="${item.category}">${xml(detail)}</${tag}>${out}\n    </testcase>`;
    });
    return [
      `  <testsuite name="mlops-tutor check ${result.module}" tests="${result.items.length}" failures="${count('fail') + count('skip')}" errors="${count('error')}" skipped="${count('not-run')}" time="${seconds(time)}">`,
      `    <properties>\n      <property name="score" value="${result.score}"/>\n      <property name="verifiedPoints" value="${result.verifiedPoints}"/>\n      <property name="passScore" value="${result.passScore}"/>\n      <property name="passed" value="${result.passed}"/>\n    </properties>`,
      ...cases,
      '  </testsuite>',
    ].join('\n');
  });
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="mlops-tutor">\n${suites.join('\n')}\n</testsuites>\n`;
}
