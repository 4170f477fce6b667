// argv → command. Commands load what they need lazily so plain commands never import the UI, and
// the bare start never loads the command-line parser.
import { localeLanguage, messages } from '../i18n/index.js';
import { storeProblemOf } from '../state/store.js';
import { createContext } from './context.js';
import { debugEnabled, detectTerminal, type Terminal } from './env.js';
import { isExpected, storeProblemMessage, visible } from './errors.js';
import { helpFor, helpLanguage } from './help.js';
import { openInterface } from './interface.js';

export async function main(
  argv: readonly string[],
  version: string,
  terminal: Terminal = detectTerminal(),
): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) {
    process.stdout.write(helpFor(argv, version, terminal.columns));
    return 0;
  }
  // Bare `mlops-tutor` (the usual start) has nothing to parse: commander loads only for arguments.
  const chosen =
    argv.length === 0
      ? { globals: {}, run: openInterface }
      : await (await import('./program.js')).parseCommandLine(argv);
  if (typeof chosen === 'number') return chosen;
  if (!chosen) return 0;
  // One line, whatever it quotes: control characters shown, never obeyed.
  const fail = (text: string) => void process.stderr.write(`${visible(text)}\n`);
  let t = messages(helpLanguage(argv));
  try {
    const ctx = createContext(chosen.globals, terminal, version);
    t = ctx.t;
    return await chosen.run(ctx);
  } catch (error) {
    const problem = storeProblemOf(error);
    if (problem) {
      fail(storeProblemMessage(problem, t));
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
