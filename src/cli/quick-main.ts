// The launcher's entry for `status`: one file of its own (scripts/build.ts builds it without
// splitting), because loading the ~20 shared chunks the same code spans in the app's build cost more
// than the command's own work. Anything but the simple shapes quick-parse.ts takes is left to main().
import { detectTerminal, type Terminal } from './env.js';
import { writeOut } from './out.js';
import { quickCommand } from './quick-parse.js';

/** The exit code of a simple `status` command line, or undefined: then main() must run it. */
export async function quickMain(
  argv: readonly string[],
  version: string,
  terminal: Terminal = detectTerminal(),
): Promise<number | undefined> {
  if (argv.includes('--help') || argv.includes('-h')) return undefined;
  const chosen = quickCommand(argv);
  if (!chosen) return undefined;
  const { runCommand } = await import('./run-command.js');
  // Straight to fd 1, without building process.stdout (out.ts).
  return runCommand(chosen, argv, version, terminal, writeOut);
}
