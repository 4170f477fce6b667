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

export type Messages = Widen<typeof es>;

const catalogs: Record<Lang, Messages> = { es, en };

export function messages(lang: Lang): Messages {
  return catalogs[lang];
}
