// markdown: a document long enough, with the headings and mentions a reader needs.
import { commandsOf, makeTargetsIn, parseMakefile } from '../parse/makefile.js';
import { findDate, findLicense, findRowCount, findSeed, findVersion } from '../parse/card-sections.js';
import { fail, pass, type KindContext, type Outcome } from '../types.js';
import { isOutcome, readOr, readProjectFile, type Of } from './shared.js';

const FINDERS = { date: findDate, license: findLicense, version: findVersion, seed: findSeed, rows: findRowCount } as const;

/**
 * What each `make <target>` the document names runs, as one text per target (empty without a
 * Makefile): `make train` counts as "python train.py" when the train target's recipe runs it.
 */
async function makeRecipes(text: string, ctx: KindContext): Promise<{ target: string; commands: string }[]> {
  const targets = makeTargetsIn(text);
  if (targets.length === 0) return [];
  const located = await ctx.project.locate('makefile');
  if (!('abs' in located)) return [];
  const read = readProjectFile(ctx, located.rel);
  if (!read.ok) return [];
  const makefile = parseMakefile(read.text);
  return targets.map((target) => ({ target, commands: commandsOf(makefile, target).join('\n') })).filter((entry) => entry.commands);
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The mention's pattern, widened to running the project's own script (`python src/x/run.py`, `python -m x.run`). */
function mentionPattern(mention: Of<'markdown'>['mentions'][number]): RegExp {
  const script = mention.script?.replace(/^\.\//, '');
  if (!script || !script.endsWith('.py')) return new RegExp(mention.regex, 'imu');
  const module = script.replace(/^src\//, '').replace(/\.py$/, '').split('/').join('.');
  return new RegExp(`${mention.regex}|python3?\\s+(\\S*/)?${escape(script)}\\b|python3?\\s+-m\\s+${escape(module)}\\b`, 'imu');
}

export async function markdown(item: Of<'markdown'>, ctx: KindContext): Promise<Outcome> {
  const read = readOr(ctx, item.file);
  if (isOutcome(read)) return read;
  const words = read.text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
  if (words < item.minWords) return fail(`${item.file}: ${ctx.t.msg.tooShort(words, item.minWords)}`);
  const headings = read.text.split(/\r?\n/).filter((line) => /^#{1,6}\s/.test(line)).map((line) => line.replace(/^#+\s*/, ''));
  const missingHeading = item.headings.find((alternatives) => !headings.some((heading) => alternatives.some((alt) => new RegExp(alt, 'iu').test(heading))));
  if (missingHeading) return fail(`${item.file}: ${ctx.t.msg.headingMissing(missingHeading.map((alt) => `"${alt}"`).join(' / '))}`);
  const unmentioned = item.mentions.filter((mention) => !mentionPattern(mention).test(read.text));
  const recipes = unmentioned.length ? await makeRecipes(read.text, ctx) : [];
  const viaMake = new Map(unmentioned.flatMap((mention) => {
    const target = recipes.find((recipe) => mentionPattern(mention).test(recipe.commands))?.target;
    return target ? [[mention.label, target] as const] : [];
  }));
  const missing = unmentioned.filter((mention) => !viaMake.has(mention.label)).map((mention) => mention.label);
  if (missing.length) return fail(`${item.file}: ${ctx.t.msg.mentionMissing(missing.join(', '))}`);
  // Facts are found anywhere: a table row, a bold lead-in, Hugging Face's YAML front matter.
  const facts = item.facts.map((fact) => [fact, FINDERS[fact](read.text)] as const);
  const absent = facts.filter(([, found]) => found === undefined).map(([fact]) => ctx.t.msg.factNames[fact]);
  if (absent.length) return fail(`${item.file}: ${ctx.t.msg.factsMissing(absent.join(', '))}`);
  const stated = facts.map(([fact, found]) => `${ctx.t.msg.factNames[fact]} ${typeof found!.value === 'object' ? JSON.stringify(found!.value) : String(found!.value)}`);
  const through = [...viaMake].map(([label, target]) => ctx.t.msg.viaMake(label, target));
  return pass(`${item.file}: ${[...(stated.length ? [stated.join(', ').slice(0, 200)] : []), ...through].join('; ') || ctx.t.msg.ok}`);
}
