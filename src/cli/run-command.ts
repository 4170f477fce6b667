// Running a parsed command: its context, then one sentence and an exit code for whatever it throws.
// Shared by main() and the quick `status` entry (quick-main.ts), so both end a command alike.
import { localeLanguage, messages, type Messages } from '../i18n/index.js';
import { storeProblemOf } from '../state/store.js';
import { createContext, type GlobalOptions } from './context.js';
import { debugEnabled, type Terminal } from './env.js';
import { isExpected, storeProblemMessage, visible } from './errors.js';
import { helpLanguage } from './help.js';
import type { Run } from './program.js';

export async function runCommand(
  chosen: { globals: GlobalOptions; run: Run },
  argv: readonly string[],
  version: string,
  terminal: Terminal,
  /** Where ctx.out writes: process.stdout unless the caller has a lighter way (quick-main.ts). */
  write?: (text: string) => void,
): Promise<number> {
  // One line, whatever it quotes: control characters shown, never obeyed.
  const fail = (text: string) => void process.stderr.write(`${visible(text)}\n`);
  // The language of an error thrown before the context exists: looked up only then (it reads the store).
  let t: Messages | undefined;
  try {
    const ctx = createContext(chosen.globals, terminal, version, process.env, write);
    t = ctx.t;
    return await chosen.run(ctx);
  } catch (error) {
    const problem = storeProblemOf(error);
    if (problem) {
      fail(storeProblemMessage(problem, t ?? messages(helpLanguage(argv))));
      return (error as { exitCode?: number }).exitCode ?? 2;
    }
    // By shape, not instanceof: the tools bundles (dist/tools/) carry their own copies of these classes.
    if (isExpected(error)) {
      fail(error.message);
      return error.exitCode;
    }
    if (debugEnabled()) process.stderr.write(`${(error as Error)?.stack ?? String(error)}\n`);
    else fail(messages(localeLanguage()).cli.unexpected((error as Error)?.message ?? String(error)));
    return 1;
  }
}
