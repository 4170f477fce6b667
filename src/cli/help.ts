// `--help`: printed by the launcher's fast path, so this module loads no UI library, no conf and no zod.
import { join } from 'node:path';
import { LANGS, type Lang } from '../core/types.js';
import { localeLanguage, messages } from '../i18n/index.js';
import { readFileText } from '../state/file.js';
import { visible } from './errors.js';
import { resolveHome, STATE_FILE } from '../state/paths.js';

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
  try {
    const home = resolveHome(optionValue(argv, '--home'), env);
    const saved = JSON.parse(readFileText(join(home, STATE_FILE))?.text ?? 'null')?.profile?.language;
    if ((LANGS as readonly string[]).includes(saved)) return saved as Lang;
  } catch {
    // No readable profile yet: fall back to the locale.
  }
  return localeLanguage(env);
}

export function helpText(lang: Lang, version: string, width = 80, homeFlag?: string): string {
  const t = messages(lang).cli;
  // Two columns when the description column keeps 30 characters; otherwise each description
  // goes under its name. Descriptions wrap at the terminal's width.
  const rows = (pairs: readonly (readonly string[])[]) => {
    const left = Math.max(...pairs.map(([name]) => name!.length));
    const twoColumns = left + 4 + 30 <= width;
    const indent = twoColumns ? left + 4 : 6;
    return pairs
      .map(([name, text]) => {
        const wrapped = wrapWords(text!, Math.max(20, width - indent - 1));
        const body = wrapped.map((line, index) => (index === 0 && twoColumns ? line : `${' '.repeat(indent)}${line}`)).join('\n');
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
    rows(Object.values(t.commands)),
    '',
    t.optionsTitle,
    rows(Object.values(t.options)),
    '',
    // The path may come from --home: its control characters are shown, not obeyed.
    visible(t.storedAt(join(resolveHome(homeFlag), STATE_FILE))),
    '',
  ].join('\n');
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
  process.stdout.write(helpText(helpLanguage(argv), version, process.stdout.columns || 80, optionValue(argv, '--home')));
}
