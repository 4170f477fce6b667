// Home's three status lines and its list's height, pure: home.tsx draws them with Ink, and the first
// paint (ui/first-paint/) draws the same before Ink has loaded.
import type { StatusSummary } from '../../core/status.js';
import { progressBar, type HomeDigest } from '../../core/today.js';
import type { Messages } from '../../i18n/index.js';
import { behindList } from './home-rows.js';

export interface HomeStatus {
  /** Where the plan stands: the week, or days to the start, or done. */
  when: string;
  /** Behind or ahead of the plan ('' when on pace), in `paceColor`. */
  pace: string;
  paceColor: 'yellow' | 'green';
  progress: string;
  level: string;
}

export function homeStatus(t: Messages, summary: StatusSummary, digest: HomeDigest): HomeStatus {
  const when =
    summary.phase === 'before'
      ? t.home.startsIn(summary.daysToStart)
      : summary.phase === 'after'
        ? t.home.planComplete
        : t.home.week(summary.week, summary.totalWeeks);
  const pace =
    digest.pace.kind === 'behind'
      ? t.home.behind(behindList(digest.pace.modules))
      : digest.pace.kind === 'ahead'
        ? t.home.ahead
        : '';
  const { progress } = digest;
  const barWidth = 10;
  return {
    when,
    pace,
    paceColor: digest.pace.kind === 'behind' ? 'yellow' : 'green',
    progress: `${progressBar(progress, barWidth)} ${t.home.progress(progress.modulesPassed, progress.total, progress.lessonsRead, progress.quizzesPassed)}`,
    level: [
      digest.level ? t.home.level(digest.level.label, digest.level.score) : t.home.noLevel,
      t.home.streak(digest.streak),
    ].join(' · '),
  };
}

/** The list's rows: the terminal's height less the title, rule, three status lines, rule, hint, the
 * list's position line and the free line under the frame. */
export const homeListHeight = (height: number, noticeRows: number) => Math.max(3, height - 8 - noticeRows - 1);

/** The title bar's text and context, and the hint bar's hints (not while finding a module). */
export function homeChrome(t: Messages, summary: StatusSummary): { title: string; context: string; hints: string[] } {
  return {
    title: `mlops-tutor · ${t.home.passed(summary.modulesDone, summary.modules.length)}`,
    context: summary.phase === 'during' ? t.home.week(summary.week, summary.totalWeeks) : '',
    hints: [t.home.keys, t.keys.quit, t.keys.help, t.pitch.keys.home, t.keys.move, t.keys.open],
  };
}
