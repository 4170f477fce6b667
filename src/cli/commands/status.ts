// `status [--json]`: the week, each module's state and scores, what home shows (level, streak, Today) and
// the final deliverables, as text or JSON.
import { deliverables, deliverablesDone, type Deliverable } from '../../core/deliverables.js';
import { LESSON_SECTION_COUNT } from '../../core/progress.js';
import { summarize, type StatusSummary } from '../../core/status.js';
import { formatDay, planFor } from '../../core/schedule.js';
import { homeDigest, type HomeDigest } from '../../core/today.js';
import { checkedModules } from '../../content/checkers.js';
import { syllabus } from '../../content/syllabus.js';
import type { Messages } from '../../i18n/index.js';
import type { State } from '../../state/schema.js';
import { deliverableMark, stepDetail } from '../../ui/deliverables-text.js';
import type { Context } from '../context.js';
import { recoveryNoticeText, visible } from '../errors.js';
import { pitchReport, pitchStatusLine, type PitchReport } from './pitch-report.js';

export interface CurrentStatus {
  summary: StatusSummary;
  configured: boolean;
  /** What home shows above its list (level, streak, Today's steps), computed as home computes it. */
  digest: HomeDigest;
  deliverables: Deliverable[];
  /** The portfolio pitch's history and trend (the last five speeches). */
  pitch: PitchReport;
}

export function currentStatus(ctx: Context): CurrentStatus {
  // Reading only: a read-only progress folder still shows the progress.
  const store = ctx.store({ readOnly: true });
  const state = store.read();
  if (store.notice) ctx.err(visible(recoveryNoticeText(store.notice, store.path, ctx.t)));
  const profile = state.profile;
  const summary = summarize({
    syllabus,
    lang: ctx.lang,
    today: ctx.today(),
    startDate: profile?.startDate ?? formatDay(new Date()),
    paceWeeks: profile?.paceWeeks ?? 8,
    progress: state.modules,
    lastModule: state.lastModule,
    drillLevel: profile?.drillLevel,
    practice: { now: new Date().toISOString(), cards: state.cards, drills: state.drills },
  });
  return {
    summary,
    configured: profile !== null,
    digest: digestOf(ctx, summary, state),
    deliverables: deliverables(state.modules),
    pitch: pitchReport(state),
  };
}

/** The same inputs app.tsx gives home: stored times read as the learner's local days. */
function digestOf(ctx: Context, summary: StatusSummary, state: State): HomeDigest {
  return homeDigest({
    summary,
    plan: planFor(syllabus, summary.paceWeeks),
    rubric: syllabus.rubric,
    lang: ctx.lang,
    times: state,
    dayOf: (iso) => formatDay(new Date(iso)),
    hasCheck: (id) => checkedModules.has(id),
    sectionCount: LESSON_SECTION_COUNT,
  });
}

/** The fields `status --json` and `export --format json` add for the learner's loop (documented in README). */
export function loopFacts(t: Messages, status: CurrentStatus) {
  const { digest } = status;
  return {
    streak: digest.streak,
    level: digest.level,
    todaySteps: digest.steps,
    deliverables: status.deliverables.map((item) => ({
      ...item,
      name: t.deliverables.names[item.id],
      note: t.deliverables.notes[item.id] ?? null,
    })),
  };
}

/** Level and streak, Today's steps and the deliverables, as plain lines (what TERM=dumb shows instead of home). */
function loopLines(ctx: Context, status: CurrentStatus): string[] {
  const { t } = ctx;
  const { digest } = status;
  const ascii = !ctx.terminal.color;
  const lines = [
    '',
    [
      digest.level ? t.home.level(digest.level.label, digest.level.score) : t.home.noLevel,
      t.home.streak(digest.streak),
    ].join(' · '),
  ];
  if (digest.steps.length > 0)
    lines.push(
      '',
      t.deliverables.cli.today,
      ...digest.steps.map((step) => `  ${t.home.step[step.kind](step.module)}: ${stepDetail(t, step)}`),
    );
  lines.push(
    '',
    `${t.deliverables.cli.heading} ${t.deliverables.summary(deliverablesDone(status.deliverables), status.deliverables.length)}`,
  );
  // One line each: the screen and `export` give the evidence in full.
  for (const item of status.deliverables)
    lines.push(
      [
        `${deliverableMark(item.state, ascii)} ${t.deliverables.names[item.id]}`,
        t.deliverables.state[item.state],
        item.next ? t.deliverables.next(item.next) : '',
      ]
        .filter(Boolean)
        .join(' · '),
    );
  return lines;
}

export function statusText(ctx: Context, status: CurrentStatus): string {
  const { t } = ctx;
  const { summary, configured } = status;
  const lines: string[] = [];
  if (!configured) lines.push(t.cli.notConfigured, '');
  lines.push(t.cli.statusWeek(summary.week, summary.totalWeeks, summary.paceWeeks));
  if (summary.phase === 'before') lines.push(t.home.startsIn(summary.daysToStart));
  if (summary.phase === 'after') lines.push(t.home.planComplete);
  lines.push(
    summary.interviewWeek
      ? `${t.home.interviewWeek} · ${t.home.drillLevel(t.levels[summary.drillLevel])}`
      : t.home.drillLevel(t.levels[summary.drillLevel]),
  );
  const next = summary.modules.find((module) => module.id === summary.continue);
  lines.push(next ? t.home.continue(next.id, next.title) : t.home.allDone, '', t.cli.statusModules);
  for (const module of summary.modules) {
    const state = module.overdue ? t.status.overdue : t.status[module.status];
    const scores = [
      module.quizBest !== null ? `quiz ${module.quizBest} %` : '',
      module.checkBest !== null ? `check ${module.checkBest}/100` : '',
    ]
      .filter(Boolean)
      .join(' · ');
    const marker = module.thisWeek ? '▸' : ' ';
    lines.push(
      `${marker} ${module.id} ${module.title} — ${t.home.weekShort(module.week)} · ${state}${scores ? ` · ${scores}` : ''}`,
    );
  }
  const p = t.practice.cli;
  lines.push('', p.drills(summary.drills.total));
  for (const [level, drills] of Object.entries(summary.drills.byLevel))
    if (drills.drills > 0)
      lines.push(
        p.levelLine(
          t.levels[level as keyof typeof t.levels],
          drills.completed,
          drills.last === null ? '—' : `${drills.last} %`,
          drills.best === null ? '—' : `${drills.best} %`,
        ),
      );
  lines.push(p.reviewsDue(summary.reviewsDue), pitchStatusLine(t, status.pitch), ...loopLines(ctx, status));
  return lines.join('\n');
}

export function runStatus(ctx: Context, options: { json?: boolean }): number {
  const status = currentStatus(ctx);
  if (options.json) {
    const state = ctx.store().read();
    ctx.out(
      JSON.stringify(
        {
          configured: status.configured,
          language: ctx.lang,
          profile: state.profile,
          store: ctx.store().path,
          ...status.summary,
          ...loopFacts(ctx.t, status),
          pitch: status.pitch,
        },
        null,
        2,
      ),
    );
  } else ctx.out(statusText(ctx, status));
  return 0;
}
