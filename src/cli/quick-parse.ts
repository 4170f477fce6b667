// `status` (and `status --json`), the plain command scripts and prompts run most, parsed without
// commander: loading commander (and the child_process module it pulls in) and registering every
// command cost ~15 ms of a start that does ~30 ms of real work. Only the simplest shapes are taken
// here — the command first, its own flags, each global option once with a plain value — and anything
// else (`--lang=en`, a repeated option, a stray word, `--home ''`) goes to commander as before, so
// usage errors and their sentences stay commander's. tests/unit/quick-parse.test.ts compares the two.
import type { GlobalOptions } from './context.js';
import type { Run } from './program.js';

const GLOBAL_FLAGS = new Map([
  ['--lang', 'lang'],
  ['--home', 'home'],
  ['--dir', 'dir'],
] as const);

/** The options commander would hand `status` for this argv, or undefined when commander must parse it. */
export function quickStatusOptions(argv: readonly string[]): (GlobalOptions & { json?: true }) | undefined {
  if (argv[0] !== 'status') return undefined;
  const options: GlobalOptions & { json?: true } = {};
  for (let i = 1; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--json' && options.json === undefined) {
      options.json = true;
      continue;
    }
    const key = GLOBAL_FLAGS.get(arg as never);
    const value = argv[i + 1];
    if (!key || options[key] !== undefined || value === undefined || value === '' || value.startsWith('-'))
      return undefined;
    options[key] = value;
    i += 1;
  }
  return options;
}

/** `status` without commander, when its argv is simple enough (see above). */
export function quickCommand(argv: readonly string[]): { globals: GlobalOptions; run: Run } | undefined {
  const options = quickStatusOptions(argv);
  if (!options) return undefined;
  return { globals: options, run: async (ctx) => (await import('./commands/status.js')).runStatus(ctx, options) };
}
