// `status` (and `status --json`), the plain command scripts and prompts run most, and `check NN`,
// which mentors and Makefiles run for every module, parsed without commander: loading commander (and
// the child_process module it pulls in) and registering every command cost ~15 ms of a start that
// does ~30 ms of real work. Only the simplest shapes are taken here — the command first, its own
// flags and at most one argument, each option once with a plain value — and anything else
// (`--lang=en`, a repeated option, a second word, `--home ''`) goes to commander as before, so usage
// errors and their sentences stay commander's. tests/unit/quick-parse.test.ts compares the two.
import type { GlobalOptions } from './context.js';
import type { Run } from './program.js';

/** The options commander hands these commands (optsWithGlobals), as far as the quick shapes go. */
export type QuickOptions = GlobalOptions & { json?: true; watch?: true; python?: string; junit?: string };

interface Shape {
  /** Flags without a value. */
  flags: ReadonlyMap<string, 'json' | 'watch'>;
  /** Flags with a required value, the global ones included. */
  valued: ReadonlyMap<string, 'lang' | 'home' | 'dir' | 'python' | 'junit'>;
  /** The command takes one optional argument (`check [module]`). */
  argument: boolean;
}

const GLOBAL_FLAGS = [
  ['--lang', 'lang'],
  ['--home', 'home'],
  ['--dir', 'dir'],
] as const;

const SHAPES: Readonly<Record<'status' | 'check', Shape>> = {
  status: { flags: new Map([['--json', 'json']]), valued: new Map(GLOBAL_FLAGS), argument: false },
  check: {
    flags: new Map([
      ['--json', 'json'],
      ['--watch', 'watch'],
    ]),
    valued: new Map([...GLOBAL_FLAGS, ['--python', 'python'], ['--junit', 'junit']]),
    argument: true,
  },
};

export interface QuickParse {
  command: keyof typeof SHAPES;
  argument: string | undefined;
  options: QuickOptions;
}

/** What commander would make of this argv, or undefined when commander must parse it. */
export function quickParse(argv: readonly string[]): QuickParse | undefined {
  const command = argv[0];
  if (command !== 'status' && command !== 'check') return undefined;
  const shape = SHAPES[command];
  const options: QuickOptions = {};
  let argument: string | undefined;
  for (let i = 1; i < argv.length; i++) {
    const arg = argv[i]!;
    const flag = shape.flags.get(arg);
    if (flag && options[flag] === undefined) {
      options[flag] = true;
      continue;
    }
    // A plain word is the argument (commander takes it between options too); an empty one is left to
    // commander and the command's own checks.
    if (shape.argument && argument === undefined && arg !== '' && !arg.startsWith('-')) {
      argument = arg;
      continue;
    }
    const key = shape.valued.get(arg);
    const value = argv[i + 1];
    if (!key || options[key] !== undefined || value === undefined || value === '' || value.startsWith('-'))
      return undefined;
    options[key] = value;
    i += 1;
  }
  return { command, argument, options };
}

/** The options commander would hand `status` for this argv, or undefined when commander must parse it. */
export function quickStatusOptions(argv: readonly string[]): QuickOptions | undefined {
  const parsed = quickParse(argv);
  return parsed?.command === 'status' ? parsed.options : undefined;
}

/** `status` without commander, when its argv is simple enough (see above). */
export function quickCommand(argv: readonly string[]): { globals: GlobalOptions; run: Run } | undefined {
  const options = quickStatusOptions(argv);
  if (!options) return undefined;
  return { globals: options, run: async (ctx) => (await import('./commands/status.js')).runStatus(ctx, options) };
}
