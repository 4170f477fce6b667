// `status [--json]`: the week, each module's state and scores, as text or JSON.
import { summarize, type StatusSummary } from '../../core/status.js';
import { formatDay } from '../../core/schedule.js';
import { syllabus } from '../../content/syllabus.js';
import type { Context } from '../context.js';
import type { State } from '../../state/schema.js';
import { recoveryNoticeText, visible } from '../errors.js';
import { pitchReport, pitchStatusLine } from './pitch-report.js';

export function currentStatus(ctx: Context): { summary: StatusSummary; configured: boolean } {
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
  return { summary, configured: profile !== null };
}

export function statusText(ctx: Context, summary: StatusSummary, configured: boolean, state?: State): string {
  const { t } = ctx;
  const lines: string[] = [];
  if (!configured) lines.push(t.cli.notConfigured, '');
  lines.push(t.cli.statusWeek(summary.week, summary.totalWeeks, summary.paceWeeks));
  if (summary.phase === 'before') lines.push(t.home.startsIn(summary.daysToStart));
  if (summary.phase === 'after') lines.push(t.home.planComplete);
  lines.push(summary.interviewWeek ? `${t.home.interviewWeek} · ${t.home.drillLevel(t.levels[summary.drillLevel])}` : t.home.drillLevel(t.levels[summary.drillLevel]));
  const next = summary.modules.find((module) => module.id === summary.continue);
  lines.push(next ? t.home.continue(next.id, next.title) : t.home.allDone, '', t.cli.statusModules);
  for (const module of summary.modules) {
    const state = module.overdue ? t.status.overdue : t.status[module.status];
    const scores = [module.quizBest !== null ? `quiz ${module.quizBest} %` : '', module.checkBest !== null ? `check ${module.checkBest}/100` : ''].filter(Boolean).join(' · ');
    const marker = module.thisWeek ? '▸' : ' ';
    lines.push(`${marker} ${module.id} ${module.title} — ${t.home.weekShort(module.week)} · ${state}${scores ? ` · ${scores}` : ''}`);
  }
  const p = t.practice.cli;
  lines.push('', p.drills(summary.drills.total));
  for (const [level, drills] of Object.entries(summary.drills.byLevel))
    if (drills.drills > 0) lines.push(p.levelLine(t.levels[level as keyof typeof t.levels], drills.completed, drills.last === null ? '—' : `${drills.last} %`, drills.best === null ? '—' : `${drills.best} %`));
  lines.push(p.reviewsDue(summary.reviewsDue));
  if (state) lines.push(pitchStatusLine(t, pitchReport(state)));
  return lines.join('\n');
}

export function runStatus(ctx: Context, options: { json?: boolean }): number {
  const { summary, configured } = currentStatus(ctx);
  if (options.json) {
    const state = ctx.store().read();
    ctx.out(JSON.stringify({ configured, language: ctx.lang, profile: state.profile, store: ctx.store().path, ...summary, pitch: pitchReport(state) }, null, 2));
  } else ctx.out(statusText(ctx, summary, configured, ctx.store({ readOnly: true }).read()));
  return 0;
}
