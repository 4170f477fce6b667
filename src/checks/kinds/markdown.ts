// markdown: a document long enough, with the headings and mentions a reader needs.
import { findDate, findLicense, findRowCount, findSeed, findVersion } from '../parse/card-sections.js';
import { fail, pass, type KindContext, type Outcome } from '../types.js';
import { isOutcome, readOr, type Of } from './shared.js';

const FINDERS = { date: findDate, license: findLicense, version: findVersion, seed: findSeed, rows: findRowCount } as const;

export function markdown(item: Of<'markdown'>, ctx: KindContext): Outcome {
  const read = readOr(ctx, item.file);
  if (isOutcome(read)) return read;
  const words = read.text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
  if (words < item.minWords) return fail(`${item.file}: ${ctx.t.msg.tooShort(words, item.minWords)}`);
  const headings = read.text.split(/\r?\n/).filter((line) => /^#{1,6}\s/.test(line)).map((line) => line.replace(/^#+\s*/, ''));
  const missingHeading = item.headings.find((alternatives) => !headings.some((heading) => alternatives.some((alt) => new RegExp(alt, 'iu').test(heading))));
  if (missingHeading) return fail(`${item.file}: ${ctx.t.msg.headingMissing(missingHeading.map((alt) => `"${alt}"`).join(' / '))}`);
  const missing = item.mentions.filter((mention) => !new RegExp(mention.regex, 'imu').test(read.text)).map((mention) => mention.label);
  if (missing.length) return fail(`${item.file}: ${ctx.t.msg.mentionMissing(missing.join(', '))}`);
  // Facts are found anywhere: a table row, a bold lead-in, Hugging Face's YAML front matter.
  const facts = item.facts.map((fact) => [fact, FINDERS[fact](read.text)] as const);
  const absent = facts.filter(([, found]) => found === undefined).map(([fact]) => ctx.t.msg.factNames[fact]);
  if (absent.length) return fail(`${item.file}: ${ctx.t.msg.factsMissing(absent.join(', '))}`);
  const stated = facts.map(([fact, found]) => `${ctx.t.msg.factNames[fact]} ${typeof found!.value === 'object' ? JSON.stringify(found!.value) : String(found!.value)}`);
  return pass(`${item.file}: ${stated.length ? stated.join(', ').slice(0, 200) : ctx.t.msg.ok}`);
}
