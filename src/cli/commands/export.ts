// `export [--format md|json] [--out FILE]`: a progress report for a mentor, in the learner's language.
import { existsSync, statSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { drillScore, drillStatus, weakestTopics } from '../../core/practice.js';
import { LESSON_SECTION_COUNT } from '../../core/progress.js';
import type { Level } from '../../core/types.js';
import type { Messages } from '../../i18n/index.js';
import type { Context } from '../context.js';
import { UsageError } from '../errors.js';
import { checkCommand, deliverablesDone } from '../../core/deliverables.js';
import { syllabus } from '../../content/syllabus.js';
import { dayOfRun, stepDetail } from '../../ui/deliverables-text.js';
import { currentStatus, loopFacts } from './status.js';
import { pitchMarkdown, pitchReport } from './pitch-report.js';

export interface ExportOptions {
  format?: string;
  out?: string;
}

const topicLabel = (t: Messages, key: string) => {
  const [level = '', topic = key] = key.split('/');
  return `${t.practice.topics[topic] ?? topic} (${t.levels[level as Level] ?? level})`;
};

export function buildReport(ctx: Context) {
  const status = currentStatus(ctx);
  const { summary, configured } = status;
  const state = ctx.store({ readOnly: true }).read();
  const now = new Date();
  return {
    generatedAt: now.toISOString(),
    language: ctx.lang,
    configured,
    plan: {
      paceWeeks: summary.paceWeeks,
      startDate: summary.startDate,
      week: summary.week,
      totalWeeks: summary.totalWeeks,
      phase: summary.phase,
      drillLevel: summary.drillLevel,
    },
    modules: summary.modules.map((module) => {
      const progress = state.modules[module.id];
      return {
        id: module.id,
        title: module.title,
        week: module.week,
        status: module.status,
        behindWeeks: module.behindWeeks,
        lesson: progress?.lesson
          ? {
              read: progress.lesson.read,
              sectionsRead: progress.lesson.sectionsRead.length,
              sections: LESSON_SECTION_COUNT,
            }
          : null,
        quiz: progress?.quiz
          ? { best: progress.quiz.best, attempts: progress.quiz.attempts, passed: progress.quiz.passed }
          : null,
        check:
          module.checkLast !== null && progress?.check
            ? {
                last: module.checkLast,
                best: module.checkBest!,
                passed: module.status === 'done',
                runs: progress.check.history.length,
              }
            : null,
      };
    }),
    drills: {
      summary: summary.drills,
      history: state.drills.map((drill) => ({
        startedAt: drill.startedAt,
        level: drill.level,
        status: drillStatus(drill, now),
        score: drillScore(drill),
        answered: drill.answers.length,
        count: drill.count,
        minutes: drill.minutes,
      })),
    },
    weakestTopics: weakestTopics(state.questions, 5).map((topic) => ({
      ...topic,
      name: topicLabel(ctx.t, topic.topic),
    })),
    reviewsDue: summary.reviewsDue,
    ...loopFacts(ctx.t, status),
    pitch: pitchReport(state, Infinity),
  };
}

type Report = ReturnType<typeof buildReport>;

const cell = (text: string) => text.replace(/\|/g, '\\|');
const row = (cells: readonly string[]) => `| ${cells.map(cell).join(' | ')} |`;
const table = (head: readonly string[], rows: string[][]) =>
  [row(head), row(head.map(() => '---')), ...rows.map(row)].join('\n');

export function reportMarkdown(t: Messages, report: Report): string {
  const e = t.practice.export;
  const lines = [`# ${e.title}`, '', e.generated(report.generatedAt.slice(0, 10)), '', `## ${e.learner}`, ''];
  lines.push(
    report.configured
      ? e.plan(report.plan.week, report.plan.totalWeeks, report.plan.paceWeeks, report.plan.startDate)
      : e.notConfigured,
  );
  lines.push('', t.home.drillLevel(t.levels[report.plan.drillLevel]), '', e.reviewsDue(report.reviewsDue));
  lines.push(
    '',
    [
      report.level ? t.home.level(report.level.label, report.level.score) : t.home.noLevel,
      t.home.streak(report.streak),
    ].join(' · '),
  );
  lines.push('', `## ${t.home.today}`, '');
  if (report.todaySteps.length === 0) lines.push(t.home.allDone);
  for (const step of report.todaySteps) lines.push(`- ${t.home.step[step.kind](step.module)}: ${stepDetail(t, step)}`);
  lines.push('', `## ${e.modules}`, '');
  lines.push(
    table(
      e.columns,
      report.modules.map((module) => [
        `${module.id} ${module.title}`,
        module.behindWeeks > 0 ? t.status.behindBy(module.behindWeeks) : t.status[module.status],
        module.lesson
          ? module.lesson.read
            ? e.lessonRead
            : e.lessonSections(module.lesson.sectionsRead, module.lesson.sections)
          : '—',
        module.quiz ? e.quizCell(module.quiz.best, module.quiz.attempts, module.quiz.passed) : '—',
        module.check ? e.checkCell(module.check.last, module.check.best, module.check.passed) : '—',
      ]),
    ),
  );
  lines.push('', `## ${e.drills}`, '');
  if (report.drills.history.length === 0) lines.push(e.noDrills);
  else
    lines.push(
      table(
        e.drillColumns,
        report.drills.history.map((drill) => [
          drill.startedAt.slice(0, 16).replace('T', ' '),
          t.levels[drill.level],
          e.drillStatus[drill.status] ?? drill.status,
          `${drill.score} %`,
          `${drill.answered}/${drill.count}`,
        ]),
      ),
    );
  lines.push('', ...deliverablesMarkdown(t, report), '', `## ${e.weakest}`, '');
  if (report.weakestTopics.length === 0) lines.push(e.noWeakest);
  for (const topic of report.weakestTopics)
    lines.push(`- ${topic.name}: ${topic.accuracy} % (${t.practice.stats.answers(topic.answers)})`);
  lines.push(...pitchMarkdown(t, report.pitch, table));
  return `${lines.join('\n')}\n`;
}

const titleOf = (lang: Report['language'], id: string) =>
  syllabus.modules.find((module) => module.id === id)?.title[lang] ?? id;

/** The final deliverables: state, the checks that evidence them (score, date) and the checks still missing. */
function deliverablesMarkdown(t: Messages, report: Report): string[] {
  const d = t.deliverables;
  const evidence = (item: Report['deliverables'][number]) =>
    item.evidence
      .map((check) =>
        check.last === null || check.best === null
          ? `${check.module} ${d.notRun}`
          : `${check.module} ${d.run(check.last, check.best, dayOfRun(check.at))}${check.passed ? ' ✓' : ''}`,
      )
      .join('; ');
  const missing = (item: Report['deliverables'][number]) =>
    item.missing.length === 0
      ? d.missingNone
      : item.missing.map((id) => `${id} ${titleOf(report.language, id)} (\`${checkCommand(id)}\`)`).join('; ');
  return [
    `## ${d.title}`,
    '',
    d.summary(deliverablesDone(report.deliverables), report.deliverables.length),
    '',
    table(
      d.columns,
      report.deliverables.map((item) => [item.name, d.state[item.state], evidence(item), missing(item)]),
    ),
    ...report.deliverables.flatMap((item) => (item.note ? ['', `${item.name}: ${item.note}`] : [])),
  ];
}

export function runExport(ctx: Context, options: ExportOptions): number {
  const format = options.format ?? 'md';
  if (format !== 'md' && format !== 'json') throw new UsageError(ctx.t.practice.cli.badFormat(format));
  let out: string | undefined;
  if (options.out !== undefined) {
    out = resolve(options.out);
    const parent = dirname(out);
    if (!existsSync(parent) || !statSync(parent).isDirectory())
      throw new UsageError(ctx.t.practice.cli.missingParent(parent));
    if (existsSync(out) && statSync(out).isDirectory()) throw new UsageError(ctx.t.cli.outIsFolder(out));
  }
  const report = buildReport(ctx);
  const text = format === 'json' ? `${JSON.stringify(report, null, 2)}\n` : reportMarkdown(ctx.t, report);
  if (!out) {
    process.stdout.write(text);
    return 0;
  }
  try {
    writeFileSync(out, text);
  } catch (error) {
    // A full device (/dev/full), a symlink loop, a read-only folder: the learner picks another file.
    throw new UsageError(ctx.t.cli.outUnwritable(out, (error as NodeJS.ErrnoException).code ?? String(error)));
  }
  ctx.err(ctx.t.practice.cli.written(out));
  return 0;
}
