// The check screen's state as a reducer and its text as a pure function, tested without Ink.
import { checkSummary } from '../checks/summary.js';
import { changeLine, savedList, scoreChanges, type ScoreChange } from '../checks/watch.js';
import { checkedModules } from '../content/checkers.js';
import type { Lang, Syllabus } from '../core/types.js';
import type { Messages } from '../i18n/index.js';
import type { CheckResult, PlanError, PreparedCheck } from './check-engine.js';
import type { Segment } from './markdown/types.js';
import { wrapSegments } from './markdown/wrap.js';
import { spinnerFrame } from './spinner.js';

type Row = {
  title: string;
  points: number;
  status: 'pending' | 'running' | CheckResult['items'][number]['status'];
  earned?: number;
  ms?: number;
  message?: string;
  startedAt?: number;
};

export interface RunState {
  phase: 'loading' | 'error' | 'running' | 'done';
  prepared?: PreparedCheck;
  error?: string;
  rows: Row[];
  result?: CheckResult;
  /** Watch mode: run again whenever a file of the mini-project is saved. */
  watching: boolean;
  /** Watch mode is waiting for a save (the folder's state before it was taken). */
  armed?: boolean | undefined;
  /** The files whose save started this run (watch mode). */
  saved?: string[] | undefined;
  /** The run before this one, to say what changed. */
  previous?: CheckResult | undefined;
  /** What changed since the previous run, once a run started by a save is done. */
  change?: ScoreChange | undefined;
}

export type RunAction =
  | { type: 'prepared'; prepared: PreparedCheck }
  | { type: 'failed'; message: string }
  | { type: 'start'; index: number; at: number }
  | { type: 'item'; index: number; row: Partial<Row> }
  | { type: 'done'; result: CheckResult }
  | { type: 'rerun'; saved?: string[] | undefined }
  | { type: 'watch'; on: boolean }
  | { type: 'armed' };

export const initialRun: RunState = { phase: 'loading', rows: [], watching: false };

const freshRows = (prepared: PreparedCheck): Row[] =>
  prepared.items.map((item) => ({ title: item.title, points: item.points, status: 'pending' }));

export function runReducer(state: RunState, action: RunAction): RunState {
  switch (action.type) {
    case 'prepared':
      return { ...state, phase: 'running', prepared: action.prepared, rows: freshRows(action.prepared) };
    case 'failed':
      return { ...state, phase: 'error', error: action.message };
    case 'start':
      return {
        ...state,
        rows: state.rows.map((row, index) =>
          index === action.index ? { ...row, status: 'running', startedAt: action.at } : row,
        ),
      };
    case 'item':
      return {
        ...state,
        rows: state.rows.map((row, index) => (index === action.index ? { ...row, ...action.row } : row)),
      };
    case 'done': {
      const change = state.saved && state.previous ? scoreChanges([state.previous], [action.result])[0] : undefined;
      return { ...state, phase: 'done', result: action.result, change };
    }
    case 'rerun':
      if (!state.prepared) return state;
      return {
        phase: 'running',
        prepared: state.prepared,
        rows: freshRows(state.prepared),
        watching: state.watching,
        saved: action.saved,
        previous: state.result ?? state.previous,
      };
    case 'watch':
      return { ...state, watching: action.on, armed: false };
    case 'armed':
      return state.watching ? { ...state, armed: true } : state;
  }
}

/** A plan error as the app says it (in the app the workspace is changed in Settings, not with --dir). */
export function planMessage(error: PlanError, t: Messages): string {
  if (error.error === 'missing-folder') return t.check.missingFolderInApp(error.path);
  if (error.error === 'workspace-file') return t.check.workspaceFile(error.detail);
  if (error.error === 'python-missing') return t.check.pythonMissing(error.value);
  return t.check.unknownModule(error.error === 'unknown-module' ? error.value : '', [...checkedModules].join(', '));
}

function markOf(status: Row['status'], t: Messages): Segment {
  if (status === 'pass') return { text: t.check.status.pass, color: 'green' };
  if (status === 'fail') return { text: t.check.status.fail, color: 'red' };
  if (status === 'error') return { text: t.check.status.error, color: 'red' };
  if (status === 'not-run') return { text: t.check.status['not-run'], dim: true };
  if (status === 'warn') return { text: t.check.status.warn, color: 'yellow' };
  return { text: t.check.status.skip, color: 'yellow' };
}

/** One line (or more, wrapped) per item: its mark, title, points and time; the message when it did not pass. */
function itemLines(t: Messages, state: RunState, tick: number, width: number, now: number): Segment[][] {
  const lines: Segment[][] = [];
  for (const row of state.rows) {
    const mark =
      row.status === 'pending'
        ? { text: '·', dim: true }
        : row.status === 'running'
          ? { text: spinnerFrame(tick), color: 'cyan' }
          : markOf(row.status, t);
    const seconds =
      row.status === 'running' && row.startedAt
        ? t.check.seconds(now - row.startedAt)
        : row.ms !== undefined
          ? t.check.seconds(row.ms)
          : '';
    const points = row.earned !== undefined ? ` [${row.earned}/${row.points}]` : '';
    lines.push(
      ...wrapSegments(
        [mark, { text: ` ${row.title}${points}` }, { text: seconds ? ` ${seconds}` : '', dim: true }],
        width,
        [],
        [{ text: '  ' }],
      ),
    );
    if (row.message && row.status !== 'pass')
      lines.push(...wrapSegments([{ text: row.message, dim: true }], width, [{ text: '  ' }]));
  }
  if (state.phase === 'error') lines.push([], ...wrapSegments([{ text: state.error ?? '', color: 'red' }], width));
  return lines;
}

/** Watch mode's lines: that it is on, the save that started this run, what changed since the last one. */
function watchLines(t: Messages, state: RunState, width: number): Segment[][] {
  const lines: Segment[][] = [];
  // Said once the folder's state is taken, so a save from then on is seen.
  if (state.watching && state.armed) lines.push(...wrapSegments([{ text: t.check.watching, color: 'cyan' }], width));
  if (state.saved) lines.push(...wrapSegments([{ text: t.watch.saved(savedList(state.saved)), dim: true }], width));
  if (state.change) lines.push(...wrapSegments([{ text: changeLine(state.change, t.watch), bold: true }], width));
  return lines.length ? [...lines, []] : lines;
}

/**
 * The screen's text: folder and Python, watch mode, then (when done) the summary — score, verdict and
 * lost points first, so they are on screen at 80×24, then categories and what did not run — then
 * one line per item. `now` times the running item.
 */
export function checkLines(
  t: Messages,
  lang: Lang,
  syllabus: Syllabus,
  state: RunState,
  tick: number,
  width: number,
  now = Date.now(),
): Segment[][] {
  if (state.phase === 'loading') return [[{ text: spinnerFrame(tick), color: 'cyan' }]];
  if (state.phase === 'error' && !state.prepared)
    return wrapSegments([{ text: state.error ?? '', color: 'red' }], width);
  const prepared = state.prepared!;
  const lines: Segment[][] = [
    ...wrapSegments([{ text: t.check.folder(prepared.dir), dim: true }], width),
    ...wrapSegments(
      [{ text: prepared.python ? t.check.python(prepared.python) : t.check.noPythonFound, dim: true }],
      width,
    ),
    [],
    ...watchLines(t, state, width),
  ];
  const items = itemLines(t, state, tick, width, now);
  if (!state.result || state.phase !== 'done') return [...lines, ...items];
  const summary = checkSummary(state.result, syllabus.rubric, lang, t.check);
  lines.push([{ text: summary.score, bold: true }]);
  if (summary.verified) lines.push(...wrapSegments([{ text: summary.verified, dim: true }], width));
  lines.push(
    ...wrapSegments([{ text: summary.verdict.text, color: summary.verdict.passed ? 'green' : 'yellow' }], width),
  );
  if (summary.lost.length) {
    lines.push([], [{ text: t.check.hints, bold: true }]);
    for (const lost of summary.lost)
      lines.push(
        ...wrapSegments(
          [{ text: `${lost.points} `, color: 'yellow' }, { text: lost.text }],
          width,
          [{ text: '  ' }],
          [{ text: '    ' }],
        ),
      );
  }
  lines.push([], [{ text: t.check.categories, bold: true }], ...summary.categories.map((line) => [{ text: line }]));
  if (summary.warnings.length) {
    lines.push([], [{ text: t.check.warningsHeading, bold: true }]);
    for (const line of summary.warnings)
      lines.push(...wrapSegments([{ text: line, color: 'yellow' }], width, [{ text: '  ' }], [{ text: '    ' }]));
  }
  if (summary.notRun.length) {
    lines.push([], [{ text: t.check.notRunHeading, bold: true }]);
    for (const line of summary.notRun)
      lines.push(...wrapSegments([{ text: line, dim: true }], width, [{ text: '  ' }], [{ text: '    ' }]));
  }
  lines.push([], [{ text: t.module.checkItems, bold: true }], ...items);
  return lines;
}
