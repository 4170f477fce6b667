// argv → command. Commands load what they need lazily so plain commands never import the UI, and
// the bare start never loads the command-line parser.
import { detectTerminal, type Terminal } from './env.js';
import { helpFor } from './help.js';
import type { Painted } from '../ui/first-paint/paint.js';
import type { Context } from './context.js';
import { openInterface } from './interface.js';
import { quickCommand } from './quick-parse.js';
import { runCommand } from './run-command.js';

export async function main(
  argv: readonly string[],
  version: string,
  terminal: Terminal = detectTerminal(),
  /** Home's first frame, when the launcher painted it before this module loaded (quick-start.ts). */
  painted?: Painted,
): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) {
    process.stdout.write(helpFor(argv, version, terminal.columns));
    return 0;
  }
  // Bare `mlops-tutor` (the usual start) has nothing to parse, and a plain `status` is parsed without
  // it: commander loads only for the other command lines.
  const chosen =
    argv.length === 0
      ? { globals: {}, run: (ctx: Context) => openInterface(ctx, painted) }
      : (quickCommand(argv) ?? (await (await import('./program.js')).parseCommandLine(argv)));
  if (typeof chosen === 'number') return chosen;
  if (!chosen) return 0;
  return runCommand(chosen, argv, version, terminal);
}
