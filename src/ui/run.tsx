// Starts the TUI. Imported lazily by the CLI, so plain commands never load Ink or React.
import v8 from 'node:v8';
import { heapKeeper } from './heap.js';
import { render, type RenderOptions } from 'ink';
import type { ReactElement } from 'react';
import { syllabus } from '../content/syllabus.js';
import type { Lang } from '../core/types.js';
import { debugEnabled } from '../debug.js';
import { messages, type Messages } from '../i18n/index.js';
import { NonBlockingStore } from '../state/non-blocking-store.js';
import { recoveryNoticeText, saveFailureReason, storeProblemMessage } from '../state/problem-text.js';
import { EXIT_NOT_SAVED, storeProblemOf, type Store } from '../state/store.js';
import { visible } from '../visible.js';
import { App } from './app.js';
import type { Painted } from './first-paint/paint.js';
import type { Route } from './app-state.js';
import { crashSentence, ErrorBoundary } from './components/error-boundary.js';

/** What the TUI needs from a command's context (cli/context.ts builds it; ui/ must not import cli/). */
export interface TuiContext {
  lang: Lang;
  /** The language came from --lang (it then wins over the saved one). */
  langFromFlag: boolean;
  t: Messages;
  dir: string | undefined;
  store(): Store;
  today(): string;
  err(text: string): void;
}

/** The exit code of a TUI that closed on an unexpected error. */
export const EXIT_CRASHED = 1;

/** Renders the tree inside the error boundary until it exits; resolves to the error it crashed on, if any. */
export async function renderUntilExit(tree: ReactElement, options: RenderOptions): Promise<{ crash?: unknown }> {
  const heap = heapKeeper();
  const instance = render(<ErrorBoundary>{tree}</ErrorBoundary>, { ...options, onRender: heap.onRender });
  // A terminal tutor is idle between keys: V8's size-over-speed heuristics keep its heap (the peak RSS
  // of a session) a fifth smaller. The young generation otherwise grows to 16 MiB a semi-space as soon
  // as objects survive. The bare start has set both already, with the same values (bin/tui-flags.js,
  // where the reasons are measured); the TUI commands (lesson, quiz, drill, review) set them here,
  // once the first frame is out: set before it, they slowed it by ~10% (bench, Node 20).
  setImmediate(() => {
    v8.setFlagsFromString('--optimize-for-size');
    v8.setFlagsFromString('--semi-space-growth-factor=1');
    heap.startUp();
  });
  try {
    await instance.waitUntilExit();
    return {};
  } catch (crash) {
    return { crash };
  }
}

/** Says a crash in one sentence (a store problem in its own words), the stack only with DEBUG. */
export function reportCrash(crash: unknown, t: Messages, err: (text: string) => void, debug = debugEnabled()): number {
  const problem = storeProblemOf(crash);
  err(visible(problem ? storeProblemMessage(problem, t) : crashSentence(crash, t.cli.interfaceCrashed)));
  if (debug) process.stderr.write(`${(crash as Error)?.stack ?? String(crash)}\n`);
  return EXIT_CRASHED;
}

const SIGNAL_EXIT_CODES = { SIGINT: 130, SIGTERM: 143, SIGHUP: 129 } as const;

/**
 * Changes are written a moment after they are shown (NonBlockingStore): a session ended by a signal
 * (a closed terminal, `kill`) or by process.exit writes what is still waiting, blocking, first.
 */
function flushOnExit(saving: NonBlockingStore): () => void {
  const onExit = () => saving.flushNow();
  const handlers = Object.entries(SIGNAL_EXIT_CODES).map(([signal, code]) => {
    const handler = () => {
      saving.flushNow();
      process.exit(code);
    };
    process.on(signal, handler);
    return [signal, handler] as const;
  });
  process.on('exit', onExit);
  return () => {
    process.off('exit', onExit);
    for (const [signal, handler] of handlers) process.off(signal, handler);
  };
}

/** `painted`: home's first frame, drawn before Ink loaded (ui/first-paint/); Ink's first frame replaces it. */
export async function runTui(ctx: TuiContext, initialRoute?: Route, painted?: Painted): Promise<number> {
  const store = ctx.store();
  const notice = store.notice;
  // Never wait for another process's lock while drawing: changes are saved in the background.
  const saving = new NonBlockingStore(store);
  const stopFlushing = flushOnExit(saving);
  painted?.handOver();
  const { crash } = await renderUntilExit(
    <App
      store={saving}
      syllabus={syllabus}
      fallbackLang={ctx.lang}
      langOverride={ctx.langFromFlag ? ctx.lang : undefined}
      initialRoute={initialRoute}
      today={ctx.today}
      defaultWorkspace={ctx.dir ?? process.cwd()}
      notice={notice ? (lang) => visible(recoveryNoticeText(notice, store.path, messages(lang))) : undefined}
    />,
    // maxFps is the shortest gap between two frames: Ink draws the first render of a key at once and
    // holds any render within the gap until it ends. A key whose screen settles in a second render (a
    // lazily loaded screen, an effect) waited up to 17 ms at 60 fps (p95 key → frame 24–29 ms on
    // Node 24); at 240 fps 4 ms (p95 17–20 ms). Nothing here renders continuously (the busiest is the
    // check screen's 100 ms tick), so the cap costs no CPU. Ink's incremental rendering is left off:
    // it garbled the screen when a long page scrolled (seen at 60×20 in tmux).
    { exitOnCtrlC: true, patchConsole: false, maxFps: 240 },
  );
  // Changes made before a crash are still saved, and a failed save is said either way.
  const failure = await saving.settle();
  stopFlushing();
  const problem = storeProblemOf(failure);
  if (failure) {
    const why = problem ? saveFailureReason(problem, ctx.t) : String(failure);
    ctx.err(visible(ctx.t.store.changesNotSaved(why)));
  }
  if (crash !== undefined) return reportCrash(crash, ctx.t, ctx.err);
  return failure ? EXIT_NOT_SAVED : 0;
}
