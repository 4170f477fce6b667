// The launcher's entry for the bare start (`mlops-tutor`): home's first frame, painted from one
// CommonJS file loaded through V8's code cache (scripts/build.ts, bin/code-cache.js) before the app's
// ES modules load. On Node 20, which has no compile cache for ES modules, loading and compiling the
// first-paint path as ES modules took most of the first frame's time. This paints only when it is
// sure: an interactive terminal and a sound store whose app opens on home. Everything else — the
// first-run setup, a store to repair, any error — is left to the app, which then does what it always did.
import { join } from 'node:path';
import { STATE_FILE } from '../state/paths.js';
import { readSoundState } from '../state/sound-state.js';
import { paintHome, type FirstPaintOptions, type Painted } from '../ui/first-paint/index.js';
import { createContext } from './context.js';
import { detectTerminal, type Terminal } from './env.js';

/** The process's own unless a test gives others. */
export interface EarlyIo extends Pick<FirstPaintOptions, 'stdout' | 'stdin' | 'now'> {
  env?: NodeJS.ProcessEnv;
  terminal?: Terminal;
}

/** Home's first frame, painted; undefined when this start is not one to paint early (the app decides). */
export function paintEarly(version: string, io: EarlyIo = {}): Painted | undefined {
  try {
    const { env = process.env, terminal = detectTerminal(env) } = io;
    if (!terminal.interactive) return undefined;
    const ctx = createContext({}, terminal, version, env);
    const state = readSoundState(join(ctx.home, STATE_FILE));
    // The launcher sets the TUI's V8 flags once this returns (bin/tui-flags.js).
    return state ? paintHome(state, ctx, io) : undefined;
  } catch {
    return undefined;
  }
}
