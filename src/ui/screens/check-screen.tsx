import { Box, Text } from 'ink';
import { useEffect, useReducer, useRef, useState } from 'react';
import type { Lang, ModuleId, Syllabus } from '../../core/types.js';
import type { Messages } from '../../i18n/index.js';
import type { State } from '../../state/schema.js';
import { Frame } from '../components/frame.js';
import { Pager } from '../components/pager.js';
import type { CheckResult, PreparedCheck } from '../check-session.js';
import { verifiedLine } from '../../checks/report.js';
import { checkedModules } from '../../content/checkers.js';
import { loadTool } from '../../tools.js';
import { useKeys } from '../hooks/use-keys.js';
import { useTerminalSize } from '../hooks/use-terminal-size.js';
import type { Segment } from '../markdown/types.js';
import { wrapSegments } from '../markdown/wrap.js';

const SPINNER = ['⠋', '⠙', '⠹', '⠸', '⠼', '⠴', '⠦', '⠧', '⠇', '⠏'];

type Row = { title: string; points: number; status: 'pending' | 'running' | CheckResult['items'][number]['status']; earned?: number; ms?: number; message?: string; startedAt?: number };

interface RunState {
  phase: 'loading' | 'error' | 'running' | 'done';
  prepared?: PreparedCheck;
  error?: string;
  rows: Row[];
  result?: CheckResult;
}

type RunAction =
  | { type: 'prepared'; prepared: PreparedCheck }
  | { type: 'failed'; message: string }
  | { type: 'start'; index: number; at: number }
  | { type: 'item'; index: number; row: Partial<Row> }
  | { type: 'done'; result: CheckResult }
  | { type: 'rerun' };

function runReducer(state: RunState, action: RunAction): RunState {
  switch (action.type) {
    case 'prepared':
      return { phase: 'running', prepared: action.prepared, rows: action.prepared.items.map((item) => ({ title: item.title, points: item.points, status: 'pending' })) };
    case 'failed':
      return { ...state, phase: 'error', error: action.message };
    case 'start':
      return { ...state, rows: state.rows.map((row, index) => (index === action.index ? { ...row, status: 'running', startedAt: action.at } : row)) };
    case 'item':
      return { ...state, rows: state.rows.map((row, index) => (index === action.index ? { ...row, ...action.row } : row)) };
    case 'done':
      return { ...state, phase: 'done', result: action.result };
    case 'rerun':
      return state.prepared ? runReducer({ phase: 'running', rows: [] }, { type: 'prepared', prepared: state.prepared }) : state;
  }
}

export interface CheckScreenProps {
  t: Messages;
  lang: Lang;
  id: ModuleId;
  syllabus: Syllabus;
  workspace: string;
  python: string | undefined;
  active: boolean;
  /** Saves the finished result (best and history) in the store. */
  onResult: (save: (state: State) => State) => void;
}

/** Live progress of a check (spinner → ✓/✗/skipped with times), then score by category and hints; r re-runs. */
export function CheckScreen({ t, lang, id, syllabus, workspace, python, active, onResult }: CheckScreenProps) {
  const { columns, rows: height } = useTerminalSize();
  const width = Math.max(20, Math.min(columns, 100));
  const [state, dispatch] = useReducer(runReducer, { phase: 'loading', rows: [] });
  const [tick, setTick] = useState(0);
  const [runId, setRunId] = useState(0);
  const saver = useRef(onResult);
  saver.current = onResult;

  // Prepare (a lazy import of the engine) once, then run; leaving the screen aborts the run and
  // the engine kills every process tree it started.
  useEffect(() => {
    const controller = new AbortController();
    let live = true;
    (async () => {
      const session = await loadTool('check-session');
      const prepared = state.prepared ?? session.prepareCheck({ id, workspace, python }, syllabus.rubric, lang);
      if (!live) return;
      if ('error' in prepared) {
        dispatch({ type: 'failed', message: planMessage(prepared, t) });
        return;
      }
      if (!state.prepared) dispatch({ type: 'prepared', prepared });
      const result = await prepared.run((event) => {
        if (!live) return;
        if (event.type === 'start') dispatch({ type: 'start', index: event.index, at: Date.now() });
        else if (event.type === 'done') dispatch({ type: 'item', index: event.index, row: { status: event.result.status, earned: event.result.earned, ms: event.result.durationMs, message: event.result.message } });
      }, controller.signal);
      if (!live) return;
      dispatch({ type: 'done', result });
      saver.current((current) => session.saveResult(current, result));
    })().catch((error: unknown) => live && dispatch({ type: 'failed', message: String((error as Error)?.message ?? error) }));
    return () => {
      live = false;
      controller.abort();
    };
  }, [runId]);

  // The spinner and the running item's clock.
  useEffect(() => {
    if (state.phase !== 'running') return;
    const timer = setInterval(() => setTick((value) => value + 1), 100);
    return () => clearInterval(timer);
  }, [state.phase]);

  useKeys((input) => {
    if (input === 'r' && (state.phase === 'done' || state.phase === 'error')) {
      dispatch({ type: 'rerun' });
      setRunId((value) => value + 1);
    }
  }, active);

  const title = t.check.heading(id, syllabus.modules.find((module) => module.id === id)!.title[lang]);
  const lines = checkLines(t, lang, syllabus, state, tick, width);
  const hints = state.phase === 'done' || state.phase === 'error' ? [t.check.rerunKey, t.keys.back, t.keys.quit] : [t.keys.back, t.keys.quit];
  if (state.phase === 'done' && lines.length > bodyHeightOf(height)) hints.splice(1, 0, t.keys.more);
  const bodyHeight = bodyHeightOf(height);
  const context = state.phase === 'running' ? t.check.status.running : state.result ? `${state.result.score}/${state.result.max}` : '';
  return (
    <Frame title={title} context={context} hints={hints}>
      {state.phase === 'done' ? (
        <Pager lines={lines} height={bodyHeight} active={active} moreLabel={t.keys.moreLines} />
      ) : (
        // While running, follow the newest line.
        <Box flexDirection="column">
          {lines.slice(Math.max(0, lines.length - bodyHeight)).map((segments, index) => (
            <Text key={index} wrap="truncate">
              {segments.map((segment, part) => (
                <Text key={part} color={segment.color} bold={segment.bold} dimColor={segment.dim}>
                  {segment.text}
                </Text>
              ))}
            </Text>
          ))}
        </Box>
      )}
    </Frame>
  );
}

const bodyHeightOf = (rows: number) => Math.max(3, rows - 5);

function planMessage(error: { error: string; value?: string; path?: string; detail?: string }, t: Messages): string {
  // In the app the workspace is changed in Settings, not with --dir.
  if (error.error === 'missing-folder') return t.check.missingFolderInApp(error.path ?? '');
  if (error.error === 'workspace-file') return t.check.workspaceFile(error.detail ?? '');
  if (error.error === 'python-missing') return t.check.pythonMissing(error.value ?? '');
  return t.check.unknownModule(error.value ?? '', [...checkedModules].join(', '));
}

/** The screen's text: folder and Python, then (when done) the score, hints and categories, then one line per item. */
export function checkLines(t: Messages, lang: Lang, syllabus: Syllabus, state: RunState, tick: number, width: number): Segment[][] {
  const lines: Segment[][] = [];
  if (state.phase === 'loading') return [[{ text: SPINNER[tick % SPINNER.length]!, color: 'cyan' }]];
  if (state.phase === 'error' && !state.prepared) return wrapSegments([{ text: state.error ?? '', color: 'red' }], width);
  const prepared = state.prepared!;
  lines.push(...wrapSegments([{ text: t.check.folder(prepared.dir), dim: true }], width));
  lines.push(...wrapSegments([{ text: prepared.python ? t.check.python(prepared.python) : t.check.noPythonFound, dim: true }], width));
  lines.push([]);
  const itemLines: Segment[][] = [];
  for (const row of state.rows) {
    const mark =
      row.status === 'pending' ? { text: '·', dim: true } : row.status === 'running' ? { text: SPINNER[tick % SPINNER.length]!, color: 'cyan' } : markOf(row.status, t);
    const seconds = row.status === 'running' && row.startedAt ? t.check.seconds(Date.now() - row.startedAt) : row.ms !== undefined ? t.check.seconds(row.ms) : '';
    const points = row.earned !== undefined ? ` [${row.earned}/${row.points}]` : '';
    itemLines.push(...wrapSegments([mark, { text: ` ${row.title}${points}` }, { text: seconds ? ` ${seconds}` : '', dim: true }], width, [], [{ text: '  ' }]));
    if (row.message && row.status !== 'pass') itemLines.push(...wrapSegments([{ text: row.message, dim: true }], width, [{ text: '  ' }]));
  }
  if (state.phase === 'error') itemLines.push([], ...wrapSegments([{ text: state.error ?? '', color: 'red' }], width));
  const result = state.result;
  if (!result) return [...lines, ...itemLines];
  // Done: the score and the lost points first, so they are on screen at 80×24; the items follow.
  lines.push([{ text: t.check.score(result.score, result.max, result.level[lang]), bold: true }]);
  const verified = verifiedLine(result, t.check);
  if (verified) lines.push(...wrapSegments([{ text: verified, dim: true }], width));
  const little = result.verifiedPoints < 0.7 * result.totalPoints;
  lines.push(...wrapSegments([{ text: result.passed ? t.check.passed(result.passScore) : little ? t.check.tooLittleVerified(70) : t.check.failed(result.passScore), color: result.passed ? 'green' : 'yellow' }], width));
  // Hints only for what was evaluated; what could not run here is listed apart.
  const lost = result.items.filter((item) => item.earned < item.points && item.status !== 'not-run');
  if (lost.length) {
    lines.push([], [{ text: t.check.hints, bold: true }]);
    for (const item of lost) lines.push(...wrapSegments([{ text: `${t.check.lost(item.points - item.earned)} `, color: 'yellow' }, { text: `${item.title}: ${item.hint}` }], width, [{ text: '  ' }], [{ text: '    ' }]));
  }
  lines.push([], [{ text: t.check.categories, bold: true }]);
  const labelWidth = Math.max(...syllabus.rubric.categories.map((category) => category.title[lang].length));
  for (const category of syllabus.rubric.categories) {
    const bucket = result.categories[category.id];
    lines.push([{ text: `  ${category.title[lang].padEnd(labelWidth)}  ${String(bucket.earned).padStart(2)}/${bucket.max}` }]);
  }
  const warnings = result.items.filter((item) => item.status === 'warn');
  if (warnings.length) {
    lines.push([], [{ text: t.check.warningsHeading, bold: true }]);
    for (const item of warnings) lines.push(...wrapSegments([{ text: `${item.title}: `, color: 'yellow' }, { text: `${item.message} ${item.hint}` }], width, [{ text: '  ' }], [{ text: '    ' }]));
  }
  const notRun = result.items.filter((item) => item.status === 'not-run');
  if (notRun.length) {
    lines.push([], [{ text: t.check.notRunHeading, bold: true }]);
    for (const item of notRun) lines.push(...wrapSegments([{ text: `${item.title} (${item.points}): ${item.hint}`, dim: true }], width, [{ text: '  ' }], [{ text: '    ' }]));
  }
  lines.push([], [{ text: t.module.checkItems, bold: true }], ...itemLines);
  return lines;
}

function markOf(status: Row['status'], t: Messages): Segment {
  if (status === 'pass') return { text: t.check.status.pass, color: 'green' };
  if (status === 'fail') return { text: t.check.status.fail, color: 'red' };
  if (status === 'error') return { text: t.check.status.error, color: 'red' };
  if (status === 'not-run') return { text: t.check.status['not-run'], dim: true };
  if (status === 'warn') return { text: t.check.status.warn, color: 'yellow' };
  return { text: t.check.status.skip, color: 'yellow' };
}
