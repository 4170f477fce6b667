// What every command gets: the resolved language, folders, terminal facts, store and clock.
import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { formatDay } from '../core/schedule.js';
import { LANGS, type Lang } from '../core/types.js';
import { localeLanguage, messages, type Messages } from '../i18n/index.js';
import { resolveHome } from '../state/paths.js';
import { savedLanguage } from '../state/saved-language.js';
import { Store, type StoreOptions } from '../state/store.js';
import type { Terminal } from './env.js';
import { UsageError, visible } from './errors.js';

export interface GlobalOptions {
  lang?: string | undefined;
  home?: string | undefined;
  dir?: string | undefined;
}

export interface Context {
  lang: Lang;
  /** The language came from --lang (it then wins over the saved one). */
  langFromFlag: boolean;
  t: Messages;
  home: string;
  /** The workspace given with --dir (validated), if any. */
  dir: string | undefined;
  terminal: Terminal;
  version: string;
  /**
   * Opens the store on first use, so commands that do not need it never touch the disk. Commands that
   * only read pass `{ readOnly: true }`, so a read-only folder still shows progress.
   */
  store(options?: StoreOptions): Store;
  today(): string;
  out(text: string): void;
  err(text: string): void;
}

export function createContext(
  options: GlobalOptions,
  terminal: Terminal,
  version: string,
  env: NodeJS.ProcessEnv = process.env,
  write: (text: string) => void = (text) => void process.stdout.write(text),
): Context {
  const home = resolve(resolveHome(options.home, env));
  // Until the language is settled, errors speak the locale's language.
  const fallback = localeLanguage(env);
  if (options.lang !== undefined && !(LANGS as readonly string[]).includes(options.lang))
    throw new UsageError(messages(fallback).cli.badLang(options.lang));
  const lang = (options.lang as Lang | undefined) ?? savedLanguage(home) ?? fallback;
  const t = messages(lang);
  let dir: string | undefined;
  if (options.dir !== undefined) {
    dir = resolve(options.dir);
    if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new UsageError(t.cli.missingDir(dir));
  }
  let store: Store | undefined;
  return {
    lang,
    langFromFlag: options.lang !== undefined,
    t,
    home,
    dir,
    terminal,
    version,
    store: (options) => (store ??= Store.open(home, options)),
    today: () => formatDay(new Date()),
    out: (text) => write(text.endsWith('\n') ? text : `${text}\n`),
    // One message, one line: it quotes paths and values from outside (argv, folder names), whose
    // control characters and newlines are shown, never obeyed.
    err: (text) => void process.stderr.write(`${visible(text.replace(/\n$/, ''))}\n`),
  };
}
