// "in 10 minutes", "mañana", "2 days ago" without Intl: building the first Intl.RelativeTimeFormat
// loads ICU's locale data, ~90 ms the first time the review or the card browser drew (cold).
// Same words as Intl.RelativeTimeFormat(lang, { numeric: 'auto' }); tests/unit/relative-time.test.ts
// compares the two.
import type { Lang } from './types.js';

type Unit = 'minute' | 'hour' | 'day';

/** Digits grouped as ICU does: en from 1,000; es from 10.000 (four digits stay together). */
function grouped(lang: Lang, value: number): string {
  const digits = String(value);
  if (digits.length < (lang === 'es' ? 5 : 4)) return digits;
  return digits.replace(/\B(?=(\d{3})+$)/g, lang === 'es' ? '.' : ',');
}

const WORDS = {
  en: {
    unit: { minute: ['minute', 'minutes'], hour: ['hour', 'hours'], day: ['day', 'days'] },
    zero: { minute: 'this minute', hour: 'this hour', day: 'today' },
    days: { '-2': undefined, '-1': 'yesterday', '1': 'tomorrow', '2': undefined },
    future: (amount: string) => `in ${amount}`,
    past: (amount: string) => `${amount} ago`,
  },
  es: {
    unit: { minute: ['minuto', 'minutos'], hour: ['hora', 'horas'], day: ['día', 'días'] },
    zero: { minute: 'este minuto', hour: 'esta hora', day: 'hoy' },
    days: { '-2': 'anteayer', '-1': 'ayer', '1': 'mañana', '2': 'pasado mañana' },
    future: (amount: string) => `dentro de ${amount}`,
    past: (amount: string) => `hace ${amount}`,
  },
} as const;

/** What Intl.RelativeTimeFormat(lang, { numeric: 'auto' }).format(value, unit) says, for whole values. */
export function formatRelative(lang: Lang, value: number, unit: Unit): string {
  const words = WORDS[lang];
  if (value === 0) return words.zero[unit];
  if (unit === 'day') {
    const named = words.days[String(value) as keyof typeof words.days];
    if (named) return named;
  }
  const size = Math.abs(value);
  const amount = `${grouped(lang, size)} ${words.unit[unit][size === 1 ? 0 : 1]}`;
  return value > 0 ? words.future(amount) : words.past(amount);
}

/** "in 10 minutes", "in 3 days" in the learner's language. */
export function relativeTime(lang: Lang, from: number, to: number): string {
  const minutes = Math.round((to - from) / 60_000);
  if (Math.abs(minutes) < 60) return formatRelative(lang, Math.max(1, minutes), 'minute');
  const hours = Math.round(minutes / 60);
  if (Math.abs(hours) < 24) return formatRelative(lang, hours, 'hour');
  return formatRelative(lang, Math.round(hours / 24), 'day');
}
