// The command line, parsed with commander: loaded only when there are arguments to parse (the bare
// `mlops-tutor` start never loads it).
import { Command, CommanderError, Option } from 'commander';
import { messages, type Messages } from '../i18n/index.js';
import { loadTool } from '../tools.js';
import type { Context, GlobalOptions } from './context.js';
import { visible } from './errors.js';
import { helpLanguage } from './help.js';
import { openInterface, withoutFetch } from './interface.js';

export type Run = (ctx: Context) => number | Promise<number>;

function withGlobals(command: Command): Command {
  return command
    .addOption(new Option('--lang <lang>'))
    .addOption(new Option('--home <dir>'))
    .addOption(new Option('--dir <dir>'))
    .helpOption(false);
}

function buildProgram(select: (globals: GlobalOptions, run: Run) => void): Command {
  const program = withGlobals(new Command('mlops-tutor'))
    .exitOverride()
    .configureOutput({ writeOut: () => {}, writeErr: () => {} })
    .allowExcessArguments(false)
    .action((_options: GlobalOptions, command: Command) => select(command.optsWithGlobals(), openInterface));

  withGlobals(program.command('status'))
    .option('--json')
    .action((_options: unknown, command: Command) => {
      const options = command.optsWithGlobals<GlobalOptions & { json?: boolean }>();
      select(options, async (ctx) => (await import('./commands/status.js')).runStatus(ctx, options));
    });

  withGlobals(program.command('reset'))
    .option('--module <id>')
    .option('--all')
    .option('--yes')
    .action((_options: unknown, command: Command) => {
      const options = command.optsWithGlobals<GlobalOptions & { module?: string; all?: boolean; yes?: boolean }>();
      select(options, async (ctx) => (await import('./commands/reset.js')).runReset(ctx, options));
    });

  withGlobals(program.command('lesson'))
    .argument('<module>')
    .option('--print')
    .action((id: string, _options: unknown, command: Command) => {
      const options = command.optsWithGlobals<GlobalOptions & { print?: boolean }>();
      select(options, async (ctx) => {
        const { runLesson } = await import('./commands/lesson.js');
        // Ink is imported only when the reader opens; hide fetch from yoga then, as for the home screen.
        return options.print || !ctx.terminal.interactive ? runLesson(ctx, id, options) : withoutFetch(() => runLesson(ctx, id, options));
      });
    });

  // Practice: TUI commands (fetch hidden from yoga as for home); export is plain output.
  const tui = (ctx: Context, run: () => Promise<number>) => (ctx.terminal.interactive ? withoutFetch(run) : run());
  withGlobals(program.command('quiz'))
    .argument('<module>')
    .action((id: string, _options: unknown, command: Command) => {
      select(command.optsWithGlobals(), async (ctx) => {
        const { runQuiz } = await import('./commands/practice.js');
        return tui(ctx, () => runQuiz(ctx, id));
      });
    });

  withGlobals(program.command('drill'))
    .option('--level <level>')
    .option('--count <n>')
    .option('--minutes <m>')
    .action((_options: unknown, command: Command) => {
      const options = command.optsWithGlobals<GlobalOptions & { level?: string; count?: string; minutes?: string }>();
      select(options, async (ctx) => {
        const { runDrill } = await import('./commands/practice.js');
        return tui(ctx, () => runDrill(ctx, options));
      });
    });

  withGlobals(program.command('review')).action((_options: unknown, command: Command) => {
    select(command.optsWithGlobals(), async (ctx) => {
      const { runReview } = await import('./commands/practice.js');
      return tui(ctx, () => runReview(ctx));
    });
  });

  withGlobals(program.command('export'))
    .option('--format <format>')
    .option('--out <file>')
    .action((_options: unknown, command: Command) => {
      const options = command.optsWithGlobals<GlobalOptions & { format?: string; out?: string }>();
      select(options, async (ctx) => (await import('./commands/export.js')).runExport(ctx, options));
    });

  withGlobals(program.command('validate-content'))
    .argument('[dir]')
    .option('--json')
    .action((dir: string | undefined, _options: unknown, command: Command) => {
      const options = command.optsWithGlobals<GlobalOptions & { json?: boolean }>();
      select(options, async (ctx) => (await loadTool('validate-content')).runValidateContent(ctx, dir, options));
    });

  withGlobals(program.command('check'))
    // Optional: inside a module folder (NN-slug/, or one mlops-tutor.json maps) the module is inferred.
    .argument('[module]')
    .option('--json')
    .option('--junit <file>')
    .option('--python <path>')
    .option('--watch')
    .action((target: string | undefined, _options: unknown, command: Command) => {
      const options = command.optsWithGlobals<GlobalOptions & { json?: boolean; junit?: string; python?: string; watch?: boolean }>();
      select(options, async (ctx) => (await loadTool('check')).runCheckCommand(ctx, target, options));
    });

  withGlobals(program.command('doctor'))
    .option('--json')
    .option('--python <path>')
    .action((_options: unknown, command: Command) => {
      const options = command.optsWithGlobals<GlobalOptions & { json?: boolean; python?: string }>();
      select(options, async (ctx) => (await loadTool('doctor')).runDoctor(ctx, options));
    });

  withGlobals(program.command('init'))
    .argument('[dir]')
    .option('--force')
    .action((dir: string | undefined, _options: unknown, command: Command) => {
      const options = command.optsWithGlobals<GlobalOptions & { force?: boolean }>();
      select(options, async (ctx) => (await loadTool('init')).runInit(ctx, dir, options));
    });

  withGlobals(program.command('solution'))
    .argument('<module>')
    .option('--copy [dir]')
    .option('--json')
    .action((target: string, _options: unknown, command: Command) => {
      const options = command.optsWithGlobals<GlobalOptions & { copy?: string | boolean; json?: boolean }>();
      select(options, async (ctx) => (await loadTool('solution')).runSolution(ctx, target, options));
    });

  for (const command of program.commands) command.exitOverride().configureOutput({ writeOut: () => {}, writeErr: () => {} }).allowExcessArguments(false);
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
export async function parseCommandLine(argv: readonly string[]): Promise<{ globals: GlobalOptions; run: Run } | number | undefined> {
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
      fail(excessHint(error, argv, fallback, program.commands.map((command) => command.name())) ?? usageMessage(error, fallback));
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

/** For "too many arguments", name the first word that is not a known command. */
function excessHint(error: CommanderError, argv: readonly string[], t: Messages, commands: string[]): string | undefined {
  if (error.code !== 'commander.excessArguments') return undefined;
  const known = new Set(commands);
  const valued = new Set(['--lang', '--home', '--dir', '--module', '--junit', '--python', '--level', '--count', '--minutes', '--format', '--out', '--copy']);
  const words = argv.filter((arg, index) => !arg.startsWith('-') && !valued.has(argv[index - 1] ?? ''));
  const stray = words.find((word, index) => (index === 0 ? !known.has(word) : true));
  if (!stray) return undefined;
  return words.indexOf(stray) === 0 ? t.cli.unknownCommand(stray) : t.cli.extraArgument(stray);
}
