// Every command and option of the command line, once: commander's registrations (program.ts), the
// options that take a value (help's and the usage errors' argv scans) and the help rows (help.ts) are
// all built from this table. Plain data, so the `--help` fast path reads it without loading commander.

/** A flag; `value` says whether it takes one (`--junit FILE`) or may (`--copy [DIR]`). */
export interface OptionSpec {
  flag: `--${string}`;
  value?: 'required' | 'optional';
}

/** Keys of a command's texts in the i18n catalogues (cli.commands and cli.commandHelp.commands). */
export type CommandTextKey =
  | 'status'
  | 'lesson'
  | 'quiz'
  | 'drill'
  | 'review'
  | 'export'
  | 'reset'
  | 'check'
  | 'doctor'
  | 'init'
  | 'solution'
  | 'validateContent';

export interface CommandSpec {
  name: string;
  text: CommandTextKey;
  /** commander's notation: `<x>` required, `[x]` optional. */
  argument?: `<${string}>` | `[${string}]`;
  options: readonly OptionSpec[];
}

/** Accepted by the program and by every command. */
export const GLOBAL_OPTIONS: readonly OptionSpec[] = [
  { flag: '--lang', value: 'required' },
  { flag: '--home', value: 'required' },
  { flag: '--dir', value: 'required' },
];

const json = { flag: '--json' } as const satisfies OptionSpec;
const python = { flag: '--python', value: 'required' } as const satisfies OptionSpec;

/** In the order the global help lists them. */
export const COMMANDS = [
  { name: 'status', text: 'status', options: [json] },
  { name: 'lesson', text: 'lesson', argument: '<module>', options: [{ flag: '--print' }] },
  { name: 'quiz', text: 'quiz', argument: '<module>', options: [] },
  {
    name: 'drill',
    text: 'drill',
    options: [
      { flag: '--level', value: 'required' },
      { flag: '--count', value: 'required' },
      { flag: '--minutes', value: 'required' },
    ],
  },
  { name: 'review', text: 'review', options: [] },
  {
    name: 'export',
    text: 'export',
    options: [
      { flag: '--format', value: 'required' },
      { flag: '--out', value: 'required' },
    ],
  },
  {
    name: 'reset',
    text: 'reset',
    options: [{ flag: '--module', value: 'required' }, { flag: '--all' }, { flag: '--yes' }],
  },
  // Optional module: inside a module folder (NN-slug/, or one mlops-tutor.json maps) it is inferred.
  {
    name: 'check',
    text: 'check',
    argument: '[module]',
    options: [json, { flag: '--junit', value: 'required' }, python, { flag: '--watch' }],
  },
  { name: 'doctor', text: 'doctor', options: [json, python] },
  { name: 'init', text: 'init', argument: '[dir]', options: [{ flag: '--force' }] },
  { name: 'solution', text: 'solution', argument: '<module>', options: [{ flag: '--copy', value: 'optional' }, json] },
  { name: 'validate-content', text: 'validateContent', argument: '[dir]', options: [json] },
] as const satisfies readonly CommandSpec[];

export type CommandName = (typeof COMMANDS)[number]['name'];

type AnyOption = (typeof COMMANDS)[number]['options'][number];
type ValueOf<O> = O extends { value: 'required' }
  ? string
  : O extends { value: 'optional' }
    ? string | boolean
    : boolean;
/** What commander hands a command: every flag of the table as its key (`--junit` → `junit`). */
export type CommandOptions = { lang?: string; home?: string; dir?: string } & {
  [O in AnyOption as O['flag'] extends `--${infer Key}` ? Key : never]?: ValueOf<O>;
};

export function commandNamed(name: string): CommandSpec | undefined {
  return (COMMANDS as readonly CommandSpec[]).find((command) => command.name === name);
}

/** Every flag that takes a value, in any command: a scan of raw argv skips the word after it. */
export const VALUED_FLAGS: ReadonlySet<string> = new Set(
  [...GLOBAL_OPTIONS, ...(COMMANDS as readonly CommandSpec[]).flatMap((command) => command.options)]
    .filter((option) => option.value === 'required' || option.value === 'optional')
    .map((option) => option.flag),
);

/** commander's option notation for a spec: `--junit <value>`, `--copy [value]`. */
export function commanderFlags(option: OptionSpec): string {
  return option.value === 'required'
    ? `${option.flag} <value>`
    : option.value === 'optional'
      ? `${option.flag} [value]`
      : option.flag;
}
