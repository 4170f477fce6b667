// The command line's strings alone (usage, help of every command): `--help` prints from these two
// tables, ~20 KB, instead of every catalogue of the interface (~100 KB); only the language asked for is built.
import type { Lang } from '../core/types.js';
import { cliEn } from './cli-en.js';
import { cliEs } from './cli-es.js';
import type { Messages } from './index.js';

const catalogs: Record<Lang, () => Messages['cli']> = { es: cliEs, en: cliEn };
const built: Partial<Record<Lang, Messages['cli']>> = {};

export function cliMessages(lang: Lang): Messages['cli'] {
  return (built[lang] ??= catalogs[lang]());
}
