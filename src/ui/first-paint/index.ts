// The first paint: home drawn from the store before Ink, React and yoga have loaded (see paint.ts).
// Only the plain start onto home paints: the first-run setup, a screen opened from the command line
// (`lesson 03`) and a recovery notice wait for Ink, which draws them as before.
import { syllabus } from '../../content/syllabus.js';
import { messages } from '../../i18n/index.js';
import { initialAppState, appLanguage, currentRoute, type Route } from '../app-state.js';
import { homeDigestOf, homePlan, homeSummary } from '../home-model.js';
import type { TuiContext } from '../run.js';
import type { State } from '../../state/schema.js';
import { homeFrameLines } from './home-frame.js';
import { paint, type Painted } from './paint.js';

export type { Painted } from './paint.js';

export interface FirstPaintOptions {
  /** A screen opened from the command line over home: then there is nothing to paint first. */
  initialRoute?: Route | undefined;
  stdout?: NodeJS.WriteStream;
  stdin?: NodeJS.ReadStream;
  /** The clock's now (epoch ms), as the app's: reviews due depend on it. */
  now?: number;
}

/** Paints home if the app opens on it; what it painted, for runTui to hand over to Ink. */
export function paintFirstFrame(ctx: TuiContext, options: FirstPaintOptions = {}): Painted | undefined {
  if (options.initialRoute) return undefined;
  const store = ctx.store();
  const data = store.read();
  if (store.notice) return undefined;
  return paintHome(data, ctx, options);
}

/** Paints home from a state read without the store (cli/quick-start.ts) or through it (above). */
export function paintHome(
  data: State,
  ctx: Pick<TuiContext, 'lang' | 'langFromFlag' | 'today'>,
  options: FirstPaintOptions = {},
): Painted | undefined {
  const { stdout = process.stdout, stdin = process.stdin, now = Date.now() } = options;
  const state = initialAppState(data, ctx.lang);
  if (currentRoute(state).name !== 'home') return undefined;
  const lang = ctx.langFromFlag ? ctx.lang : appLanguage(state);
  const today = ctx.today();
  const plan = homePlan(syllabus, data);
  const summary = homeSummary(syllabus, data, lang, today, now);
  const digest = homeDigestOf(syllabus, data, lang, summary, plan);
  const rows = stdout.rows || 24;
  const lines = homeFrameLines({ t: messages(lang), summary, plan, digest, columns: stdout.columns || 80, rows });
  // A frame as tall as the terminal would scroll it; Ink (which then clears the screen) draws that one.
  if (lines.length >= rows) return undefined;
  return paint(lines, stdout, stdin);
}
