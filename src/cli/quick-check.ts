// The launcher's entry for `check`: the check command and the engine in one file of their own
// (scripts/build.ts builds it without splitting, bin/ loads it through V8's code cache). Through the
// app, `check 01` started its first tool command ~120 ms after Node did on Node 20, ~55 ms of them in
// Node's ESM loader, commander and compiling the app's and the tool's chunks on every run. Anything
// but the simple shapes quick-parse.ts takes is left to main().
import { runCheckCommand } from './commands/check.js';
import { detectTerminal, isTerminal, type Terminal } from './env.js';
import { writeOut } from './out.js';
import { quickParse } from './quick-parse.js';
import { runCommand } from './run-command.js';

/** The exit code of a simple `check` command line, or undefined: then main() must run it. */
export async function quickMain(
  argv: readonly string[],
  version: string,
  terminal: Terminal = detectTerminal(),
): Promise<number | undefined> {
  if (argv.includes('--help') || argv.includes('-h')) return undefined;
  const parsed = quickParse(argv);
  if (parsed?.command !== 'check') return undefined;
  const { argument, options } = parsed;
  // To a file or a pipe straight to fd 1, without building process.stdout (out.ts). A terminal gets
  // the live progress, which writes through process.stdout: the rest goes there too, in its order.
  return runCommand(
    { globals: options, run: (ctx) => runCheckCommand(ctx, argument, options) },
    argv,
    version,
    terminal,
    isTerminal(1) ? undefined : writeOut,
  );
}
