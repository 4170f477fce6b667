// argv → command. Commands load what they need lazily so plain commands never import the UI, and
// the bare start never loads the command-line parser.
import { localeLanguage, messages } from '../i18n/index.js';
import { createContext } from './context.js';
import { debugEnabled, detectTerminal, type Terminal } from './env.js';
import { isExpected } from './errors.js';
import { helpLanguage, helpText, optionValue } from './help.js';
import { openInterface } from './interface.js';

export async function main(argv: readonly string[], version: string, terminal: Terminal = detectTerminal()): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) {
    process.stdout.write(helpText(helpLanguage(argv), version, terminal.columns, optionValue(argv, '--home')));
    return 0;
  }
  // Bare `mlops-tutor` (the usual start) has nothing to parse: commander loads only for arguments.
  const chosen = argv.length === 0 ? { globals: {}, run: openInterface } : await (await import('./program.js')).parseCommandLine(argv);
  if (typeof chosen === 'number') return chosen;
  if (!chosen) return 0;
  try {
    const ctx = createContext(chosen.globals, terminal, version);
    return await chosen.run(ctx);
  } catch (error) {
    // By shape, not instanceof: the tools bundles (dist/tools/) carry their own copies of these classes.
    if (isExpected(error)) {
      process.stderr.write(`${error.message}\n`);
      return 2;
    }
    if (debugEnabled()) process.stderr.write(`${(error as Error)?.stack ?? String(error)}\n`);
    else process.stderr.write(`${messages(localeLanguage()).cli.unexpected((error as Error)?.message ?? String(error))}\n`);
    return 1;
  }
}
