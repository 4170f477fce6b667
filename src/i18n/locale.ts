// The system's language, apart from the catalogues: `--help` needs it without loading them all.
import type { Lang } from '../core/types.js';

/** The language the operating system suggests (LC_ALL, LC_MESSAGES, LANG), Spanish or English. */
export function localeLanguage(env: NodeJS.ProcessEnv = process.env): Lang {
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || Intl.DateTimeFormat().resolvedOptions().locale || '';
  return locale.toLowerCase().startsWith('es') ? 'es' : 'en';
}
