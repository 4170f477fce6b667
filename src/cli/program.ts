// The command line, parsed with commander: loaded only when there are arguments to parse (the bare
// `mlops-tutor` start never loads it).
import { Command, CommanderError, Option } from 'commander';
import { messages, type Messages } from '../i18n/index.js';
import { loadTool } from '../tools.js';
import {
  COMMANDS,
  GLOBAL_OPTIONS,
  VALUED_FLAGS,
  commandNamed,
  commanderFlags,
  type CommandName,
  type CommandOptions,
  type CommandSpec,
  type OptionSpec,
} from './command-table.js';
import type { Context, GlobalOptions } from './context.js';
import { visible } from './errors.js';
import { helpLanguage } from './help.js';
import { openInterface } from './interface.js';

export type Run = (ctx: Context) => number | Promise<number>;

type Options = CommandOptions;
type Runner = (ctx: Context, argument: string | undefined, options: Options) => number | Promise<number>;

/** What each command of the table runs; its module is imported only when it is the one chosen. */
const RUNNERS: Record<CommandName, Runner> = {
  status: async (ctx, _, options) => (await import('./commands/status.js')).runStatus(ctx, options),
  reset: async (ctx, _, options) => (await import('./commands/reset.js')).runReset(ctx, options),
  lesson: async (ctx, id, options) => {
    const { runLesson } = await import('./commands/lesson.js');
    return runLesson(ctx, id!, options);
  },
  quiz: async (ctx, id) => {
    const { runQuiz } = await import('./commands/practice.js');
    return runQuiz(ctx, id!);
  },
  drill: async (ctx, _, options) => {
    const { runDrill } = await import('./commands/practice.js');
    return runDrill(ctx, options);
  },
  review: async (ctx) => {
    const { runReview } = await import('./commands/practice.js');
    return runReview(ctx);
  },
  export: async (ctx, _, options) => (await import('./commands/export.js')).runExport(ctx, options),
  'validate-content': async (ctx, dir, options) =>
    (await loadTool('validate-content')).runValidateContent(ctx, dir, options),
  check: async (ctx, target, options) => (await loadTool('check')).runCheckCommand(ctx, target, options),
  doctor: async (ctx, _, options) => (await loadTool('doctor')).runDoctor(ctx, options),
  init: async (ctx, dir, options) => (await loadTool('init')).runInit(ctx, dir, options),
  solution: async (ctx, target, options) => (await loadTool('solution')).runSolution(ctx, target!, options),
};

function withOptions(command: Command, options: readonly OptionSpec[]): Command {
  for (const option of [...GLOBAL_OPTIONS, ...options]) command.addOption(new Option(commanderFlags(option)));
  return command
    .helpOption(false)
    .exitOverride()
    .configureOutput({ writeOut: () => {}, writeErr: () => {} })
    .allowExcessArguments(false);
}

function buildProgram(select: (globals: GlobalOptions, run: Run) => void): Command {
  const program = withOptions(new Command('mlops-tutor'), []).action((_options: GlobalOptions, command: Command) =>
    select(command.optsWithGlobals(), openInterface),
  );
  for (const spec of COMMANDS as readonly CommandSpec[]) {
    const command = withOptions(program.command(spec.name), spec.options);
    if (spec.argument) command.argument(spec.argument);
    const runner = RUNNERS[spec.name as CommandName];
    command.action((...args: unknown[]) => {
      // commander passes the argument (when declared), the options, then the command itself.
      const self = args.at(-1) as Command;
      const options = self.optsWithGlobals<Options>();
      const argument = spec.argument ? (args[0] as string | undefined) : undefined;
      select(options, (ctx) => runner(ctx, argument, options));
    });
  }
  return program;
}

/** Commander's English errors, turned into one sentence in the learner's language. */
function usageMessage(error: CommanderError, t: Messages): string {
  const quoted = /'([^']+)'/.exec(error.message)?.[1] ?? '';
  switch (error.code) {
    case 'commander.unknownCommand':
      return t.cli.unknownCommand(quoted);
    case 'commander.unknownOption':
      return t.cli.unknownOption(quoted);
    case 'commander.missingArgument':
      return t.cli.missingArgument(quoted);
    case 'commander.optionMissingArgument':
      return t.cli.missingValue(quoted.split(/[ ,]/)[0] ?? quoted);
    case 'commander.excessArguments': {
      const extra = /Received (\d+)/.exec(error.message) ? '' : quoted;
      return t.cli.extraArgument(extra || quoted);
    }
    default:
      return t.cli.unknownCommand(quoted || error.message);
  }
}

/**
 * The command and its options, or the exit code of a usage error (already reported in one line, in the
 * learner's language), or undefined when there is nothing to run.
 */
export async function parseCommandLine(
  argv: readonly string[],
): Promise<{ globals: GlobalOptions; run: Run } | number | undefined> {
  let chosen: { globals: GlobalOptions; run: Run } | undefined;
  const program = buildProgram((globals, run) => {
    chosen = { globals, run };
  });
  const fallback = messages(helpLanguage(argv));
  // One line, whatever the argv it quotes held: control characters shown, never obeyed.
  const fail = (text: string) => void process.stderr.write(`${visible(text)}\n`);
  try {
    await program.parseAsync([...argv], { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) {
      fail(excessHint(error, argv, fallback) ?? usageMessage(error, fallback));
      return 2;
    }
    throw error;
  }
  if (!chosen) return undefined;
  // An empty value is a mistake (often an unset shell variable), never "not given": `--home ""` must
  // not fall back to the default folder and reset the learner's real progress.
  const found: { globals: GlobalOptions; run: Run } = chosen;
  const empty = Object.entries(found.globals as Record<string, unknown>).find(([, value]) => value === '');
  if (empty) {
    fail(fallback.cli.emptyValue(`--${empty[0].replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)}`));
    return 2;
  }
  return found;
}

/** For "too many arguments", name the first word that is neither a known command nor its argument. */
function excessHint(error: CommanderError, argv: readonly string[], t: Messages): string | undefined {
  if (error.code !== 'commander.excessArguments') return undefined;
  const words = argv.filter((arg, index) => !arg.startsWith('-') && !VALUED_FLAGS.has(argv[index - 1] ?? ''));
  const command = words[0] === undefined ? undefined : commandNamed(words[0]);
  if (words[0] !== undefined && !command) return t.cli.unknownCommand(words[0]);
  const stray = words[command?.argument ? 2 : 1];
  return stray === undefined ? undefined : t.cli.extraArgument(stray);
}
