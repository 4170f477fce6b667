// `--help`: printed by the launcher's fast path, so this module loads no UI library and no zod.
import { join } from 'node:path';
import { LANGS, type Lang } from '../core/types.js';
// The two command-line tables only, not every catalogue (i18n/index.js): see i18n/cli.ts.
import { cliMessages } from '../i18n/cli.js';
import { localeLanguage } from '../i18n/locale.js';
import { savedLanguage } from '../state/saved-language.js';
import { resolveHome, STATE_FILE } from '../state/paths.js';
import { visible } from '../visible.js';
import { COMMANDS, VALUED_FLAGS, commandNamed } from './command-table.js';
import { detectTerminal } from './env.js';
import { writeOut } from './out.js';

/** The value of `--name X` or `--name=X` in raw argv. */
export function optionValue(argv: readonly string[], name: string): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') return undefined;
    if (arg === name) return argv[i + 1];
    if (arg.startsWith(`${name}=`)) return arg.slice(name.length + 1);
  }
  return undefined;
}

/** --lang, else the language saved in the profile, else the system locale. */
export function helpLanguage(argv: readonly string[], env: NodeJS.ProcessEnv = process.env): Lang {
  const flag = optionValue(argv, '--lang');
  if (flag && (LANGS as readonly string[]).includes(flag)) return flag as Lang;
  // The file's first bytes only, when they hold the profile: a usage error needs no parse of megabytes.
  return savedLanguage(resolveHome(optionValue(argv, '--home'), env)) ?? localeLanguage(env);
}

export function helpText(lang: Lang, version: string, width = 80, homeFlag?: string): string {
  const t = cliMessages(lang);
  // Two columns when the description column keeps 30 characters; otherwise each description
  // goes under its name. Descriptions wrap at the terminal's width.
  const rows = (pairs: readonly (readonly string[])[]) => {
    const left = Math.max(...pairs.map(([name]) => name!.length));
    const twoColumns = left + 4 + 30 <= width;
    const indent = twoColumns ? left + 4 : 6;
    return pairs
      .map(([name, text]) => {
        const wrapped = wrapWords(text!, Math.max(20, width - indent - 1));
        const body = wrapped
          .map((line, index) => (index === 0 && twoColumns ? line : `${' '.repeat(indent)}${line}`))
          .join('\n');
        return twoColumns ? `  ${name!.padEnd(left)}  ${body}` : `  ${name}\n${body}`;
      })
      .join('\n');
  };
  return [
    `mlops-tutor ${version} — ${t.description}`,
    '',
    t.usage,
    '',
    t.commandsTitle,
    rows([t.commands.tui, ...COMMANDS.map((command) => t.commands[command.text])]),
    '',
    t.optionsTitle,
    rows(Object.values(t.options)),
    '',
    // The path may come from --home: its control characters are shown, not obeyed.
    visible(t.storedAt(join(resolveHome(homeFlag), STATE_FILE))),
    '',
  ].join('\n');
}

/** The command `--help` is asked about: the first word before any option that names a command. */
export function helpCommand(argv: readonly string[]): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') return undefined;
    if (arg.startsWith('-')) {
      if (VALUED_FLAGS.has(arg)) i += 1;
      continue;
    }
    return commandNamed(arg) ? arg : undefined;
  }
  return undefined;
}

/** One command's usage, what it does, its options and examples. */
export function commandHelpText(lang: Lang, command: string, width = 80): string {
  const h = cliMessages(lang).commandHelp;
  const entry = h.commands[commandNamed(command)!.text];
  const body = (text: string) => wrapWords(text, Math.max(20, width - 3)).map((line) => `  ${line}`);
  const options = entry.options.map(([name = '', text = '']) => [name, text] as const);
  const left = Math.max(0, ...options.map(([name]) => name.length));
  const lines = [h.usageTitle, `  ${entry.usage}`, '', ...body(entry.text)];
  if (options.length) {
    lines.push('', h.optionsTitle);
    for (const [name, text] of options) {
      const twoColumns = left + 4 + 30 <= width;
      const wrapped = wrapWords(text, Math.max(20, width - (twoColumns ? left + 5 : 7)));
      if (twoColumns)
        wrapped.forEach((line, index) =>
          lines.push(index === 0 ? `  ${name.padEnd(left)}  ${line}` : `${' '.repeat(left + 4)}${line}`),
        );
      else lines.push(`  ${name}`, ...wrapped.map((line) => `      ${line}`));
    }
  }
  lines.push(
    '',
    h.exampleTitle,
    ...entry.examples.map((example) => `  ${example}`),
    '',
    ...wrapWords(h.globals, Math.max(20, width - 1)),
    '',
  );
  return lines.join('\n');
}

/** `--help` alone: the global help; after a command (`check --help`): that command's. */
export function helpFor(argv: readonly string[], version: string, width = 80): string {
  const lang = helpLanguage(argv);
  const command = helpCommand(argv);
  return command ? commandHelpText(lang, command, width) : helpText(lang, version, width, optionValue(argv, '--home'));
}

function wrapWords(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  return [...lines, line];
}

export function printHelp(argv: readonly string[], version: string): void {
  writeOut(helpFor(argv, version, detectTerminal().columns));
}
