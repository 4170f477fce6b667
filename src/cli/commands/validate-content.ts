// `validate-content [DIR] [--json]`: the build's schemas and rules, run on any content folder.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { MODULE_IDS } from '../../core/types.js';
import { formatIssue } from '../../content/issues.js';
import { loadContent } from '../../content/load.js';
import { validateContent, type ContentReport } from '../../content/validate.js';
import type { Context } from '../context.js';
import { UsageError } from '../errors.js';
import { packageRoot } from '../../package-root.js';

function countsText(report: ContentReport): string[] {
  const { lessons, questions, checks } = report.counts;
  const pairs = (record: Record<string, number>) =>
    Object.entries(record)
      .map(([key, value]) => `${key} ${value}`)
      .join(' · ');
  const lines = [`  lessons: ${lessons.total} (${pairs(lessons.byLanguage)})`];
  lines.push(`  questions: ${questions.total}${questions.total ? ` (${pairs(questions.byLevel)})` : ''}`);
  if (Object.keys(questions.practice).length) lines.push(`    module practice: ${pairs(questions.practice)}`);
  for (const [level, topics] of Object.entries(questions.byTopic))
    lines.push(`    ${level}: ${pairs(topics)} | ${pairs(questions.byType[level] ?? {})}`);
  if (questions.total)
    lines.push(
      `  auto-graded by module: ${MODULE_IDS.map((id) => `${id} ${questions.autoGradedByModule[id] ?? 0}`).join(' · ')}`,
    );
  lines.push(`  checks: ${checks}`);
  lines.push(`  pitch: ${report.counts.pitch.parts} parts, talking points ${pairs(report.counts.pitch.points)}`);
  return lines;
}

export function runValidateContent(ctx: Context, dirArg: string | undefined, options: { json?: boolean }): number {
  const root = dirArg ? resolve(dirArg) : packageRoot();
  if (!['syllabus.yaml', 'lessons', 'quizzes'].some((name) => existsSync(join(root, name))))
    throw new UsageError(ctx.t.cli.noContentDir(root));
  const report = validateContent(loadContent(root));
  if (options.json) {
    ctx.out(JSON.stringify({ root, ...report }, null, 2));
  } else {
    const errors = report.issues.filter((issue) => issue.severity === 'error');
    const warnings = report.issues.filter((issue) => issue.severity === 'warning');
    for (const issue of errors) ctx.err(formatIssue(issue));
    for (const issue of warnings) ctx.err(`warning: ${formatIssue(issue)}`);
    ctx.out(
      [
        report.ok ? ctx.t.cli.contentOk : ctx.t.cli.contentBad(errors.length),
        ctx.t.cli.contentCounts,
        ...countsText(report),
      ].join('\n'),
    );
  }
  return report.ok ? 0 : 2;
}
