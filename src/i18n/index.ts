// UI strings by language. Spanish is the reference; English must have every key.
import type { Lang } from '../core/types.js';
import { en } from './en.js';
import { es } from './es.js';

export { localeLanguage } from './locale.js';

type Widen<T> = T extends string
  ? string
  : T extends (...args: infer A) => infer R
    ? (...args: A) => Widen<R>
    : T extends readonly (infer U)[]
      ? readonly Widen<U>[]
      : { readonly [K in keyof T]: Widen<T[K]> };

export type Messages = Widen<ReturnType<typeof es>>;

// Each catalogue is built on first use: a command or a session speaks one language, and building
// both (~110 KB of strings and closures) cost every start ~1.5 ms and 250 KB of heap (status --json,
// Node 20, --cpu-prof and --heap-prof).
const catalogs: Record<Lang, () => Messages> = { es, en };
const built: Partial<Record<Lang, Messages>> = {};

export function messages(lang: Lang): Messages {
  return (built[lang] ??= catalogs[lang]());
}
