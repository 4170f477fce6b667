import { Box, Text } from 'ink';
import { useEffect, useReducer, useRef, useState } from 'react';
import type { Lang, ModuleId, Syllabus } from '../../core/types.js';
import type { Messages } from '../../i18n/index.js';
import { Frame } from '../components/frame.js';
import { Pager } from '../components/pager.js';
import type { CheckEngine, CheckResult } from '../check-engine.js';
import { checkLines, initialRun, planMessage, runReducer } from '../check-run.js';
import { useKeys } from '../hooks/use-keys.js';
import { checkKeyToAction } from '../keys/check.js';
import { maxTop } from '../scroll/model.js';
import { useTerminalSize } from '../hooks/use-terminal-size.js';

export interface CheckScreenProps {
  t: Messages;
  lang: Lang;
  id: ModuleId;
  syllabus: Syllabus;
  workspace: string;
  /** Where the engine records the processes it starts (the state folder). */
  recordDir?: string | undefined;
  python: string | undefined;
  active: boolean;
  /** The engine, loaded on first use (the real one is a chunk of its own; tests pass a fake). */
  engine: () => Promise<CheckEngine>;
  /** Saves a finished run (best and history) in the store. */
  onResult: (result: CheckResult) => void;
}

/**
 * Live progress of a check (spinner → ✓/✗/skipped with times), then score by category and hints;
 * r re-runs; w watches the mini-project and runs again on every save, saying what changed.
 */
export function CheckScreen({
  t,
  lang,
  id,
  syllabus,
  workspace,
  recordDir,
  python,
  active,
  engine,
  onResult,
}: CheckScreenProps) {
  const { columns, rows: height } = useTerminalSize();
  const width = Math.max(20, Math.min(columns, 100));
  const [state, dispatch] = useReducer(runReducer, initialRun);
  const [tick, setTick] = useState(0);
  const [runId, setRunId] = useState(0);
  const saver = useRef(onResult);
  saver.current = onResult;
  const loaded = useRef<CheckEngine | undefined>(undefined);
  const running = useRef<AbortController | undefined>(undefined);
  // w pressed during a run: it is said once the run has wound down, every process of it ended.
  const stopRequested = useRef(false);

  // Prepare (a lazy import of the engine) once, then run; leaving the screen aborts the run and
  // the engine kills every process tree it started. A run stopped by w is neither shown nor saved: once it has wound down, the screen says it stopped.
  useEffect(() => {
    const controller = new AbortController();
    running.current = controller;
    let live = true;
    const current = () => live && !controller.signal.aborted;
    const stoppedByW = () => {
      if (!live || !controller.signal.aborted || !stopRequested.current) return false;
      stopRequested.current = false;
      dispatch({ type: 'failed', message: t.check.watchStoppedRun });
      return true;
    };
    (async () => {
      const checks = (loaded.current ??= await engine());
      const prepared =
        state.prepared ?? (await checks.prepareCheck({ id, workspace, python, recordDir }, syllabus.rubric, lang));
      if (stoppedByW() || !current()) return;
      if ('error' in prepared) {
        dispatch({ type: 'failed', message: planMessage(prepared, t) });
        return;
      }
      if (!state.prepared) dispatch({ type: 'prepared', prepared });
      const result = await prepared.run((event) => {
        if (!current()) return;
        if (event.type === 'start') dispatch({ type: 'start', index: event.index, at: Date.now() });
        else if (event.type === 'done')
          dispatch({
            type: 'item',
            index: event.index,
            row: {
              status: event.result.status,
              earned: event.result.earned,
              ms: event.result.durationMs,
              message: event.result.message,
            },
          });
      }, controller.signal);
      if (stoppedByW() || !current()) return;
      dispatch({ type: 'done', result });
      saver.current(result);
    })().catch(
      (error: unknown) =>
        stoppedByW() ||
        (current() && dispatch({ type: 'failed', message: String((error as Error)?.message ?? error) })),
    );
    return () => {
      live = false;
      controller.abort();
    };
    // A run per runId (the first, r, a save in watch mode); the target is the screen's for its life.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [runId]);

  // Watch mode: between runs, wait for a save in the mini-project's folder, then run again.
  const idle = state.phase === 'done' || state.phase === 'error';
  useEffect(() => {
    const checks = loaded.current;
    if (!state.watching || !idle || !state.prepared || !checks) return;
    const controller = new AbortController();
    const waiting = checks.waitForChange([state.result?.dir ?? state.prepared.dir], { signal: controller.signal });
    dispatch({ type: 'armed' });
    waiting.then(
      (saved) => {
        if (saved === 'stop' || controller.signal.aborted) return;
        dispatch({ type: 'rerun', saved });
        setRunId((value) => value + 1);
      },
      () => undefined,
    );
    return () => controller.abort();
    // Armed again after every run; the folder is the prepared check's, fixed for the screen's life.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [state.watching, idle, runId]);

  // The spinner and the running item's clock.
  useEffect(() => {
    if (state.phase !== 'running') return;
    const timer = setInterval(() => setTick((value) => value + 1), 100);
    return () => clearInterval(timer);
  }, [state.phase]);

  useKeys((input) => {
    const action = checkKeyToAction(input, {
      idle,
      prepared: Boolean(state.prepared),
      watching: state.watching,
      running: state.phase === 'running',
    });
    if (action?.type === 'rerun') {
      dispatch({ type: 'rerun' });
      setRunId((value) => value + 1);
    } else if (action?.type === 'watch') {
      if (action.stopRun) {
        stopRequested.current = true;
        running.current?.abort();
      }
      dispatch({ type: 'watch', on: action.on });
    }
  }, active);

  const title = t.check.heading(id, syllabus.modules.find((module) => module.id === id)!.title[lang]);
  const lines = checkLines(t, lang, syllabus, state, tick, width);
  const bodyHeight = Math.max(3, height - 5);
  const watchKey = state.watching ? t.check.unwatchKey : t.check.watchKey;
  const hints = idle
    ? [t.check.rerunKey, ...(state.prepared ? [watchKey] : []), t.keys.back, t.keys.quit]
    : [...(state.prepared ? [watchKey] : []), t.keys.back, t.keys.quit];
  // Last in priority: where hints drop for width (Spanish at 60 columns, watching), the body's last row
  // still counts the lines below, but nothing else says how to leave.
  if (state.phase === 'done' && lines.length > bodyHeight) hints.push(t.keys.more);
  const context =
    state.phase === 'running'
      ? t.check.status.running
      : state.result
        ? `${state.result.score}/${state.result.max}`
        : '';
  return (
    <Frame title={title} context={context} hints={hints}>
      {state.phase === 'done' ? (
        <Pager lines={lines} height={bodyHeight} active={active} moreLabel={t.keys.moreLines} />
      ) : (
        // While running, follow the newest line.
        <Box flexDirection="column">
          {lines.slice(maxTop(bodyHeight, lines.length)).map((segments, index) => (
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
