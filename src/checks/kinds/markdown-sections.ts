// markdown-sections: cards and guides graded section by section (headings in Spanish or English),
// with figures where figures are expected and no template placeholders left.
import { conceptById, findSection, parseSections } from '../parse/card-sections.js';
import { fail, pass, type KindContext, type Outcome } from '../types.js';
import { isOutcome, readOr, type Of } from './shared.js';

interface Section {
  heading: string;
  body: string;
}

/** Sections split at every heading of level 2 or deeper (fenced code is not a heading). */
export function markdownSectionsOf(source: string): Section[] {
  const sections: Section[] = [];
  let current: Section | undefined;
  let fenced = false;
  for (const line of source.split(/\r?\n/)) {
    if (/^\s*(```|~~~)/.test(line)) fenced = !fenced;
    const heading = !fenced && /^(#{2,6})\s+(.*?)\s*#*\s*$/.exec(line);
    if (heading) {
      current = { heading: heading[2]!, body: '' };
      sections.push(current);
    } else if (current) current.body += `${line}\n`;
  }
  return sections;
}

const countWords = (body: string) => body.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
const countNumbers = (body: string) => (body.match(/\d+(?:[.,]\d+)?\s*%?/g) ?? []).length;

const HTML_TAGS = new Set(['a', 'b', 'i', 'em', 'strong', 'br', 'hr', 'p', 'div', 'span', 'img', 'sub', 'sup', 'code', 'kbd', 'pre', 'details', 'summary', 'table', 'thead', 'tbody', 'tr', 'td', 'th', 'ul', 'ol', 'li', 'small', 'u', 's']);

/** A template placeholder left on the line (outside inline code), or undefined. */
export function placeholderIn(line: string): string | undefined {
  const prose = line.replace(/`[^`]*`/g, '');
  if (/\b(TODO|TBD|FIXME)\b/.test(prose)) return 'TODO/TBD';
  if (/\[\s*(fill|rellenar|completar|insert|añadir|add)\b[^\]]*\]/i.test(prose)) return '[fill …]';
  if (/<!--/.test(prose)) return '<!-- … -->';
  for (const match of prose.matchAll(/<([^<>]{1,60})>/g)) {
    const inner = match[1]!.trim();
    if (/^(https?:|mailto:)/i.test(inner)) continue;
    const tag = /^\/?([a-z][a-z0-9]*)(\s[^<>]*)?\/?$/i.exec(inner)?.[1]?.toLowerCase();
    if (tag && HTML_TAGS.has(tag)) continue;
    return `<${inner}>`;
  }
  return undefined;
}

export function markdownSections(item: Of<'markdown-sections'>, ctx: KindContext): Outcome {
  const problems: string[] = [];
  const figures: string[] = [];
  for (const file of item.files) {
    const got = readOr(ctx, file);
    if (isOutcome(got)) return got;
    const sections = markdownSectionsOf(got.text);
    if (item.noPlaceholders) {
      let fenced = false;
      for (const [index, line] of got.text.split(/\r?\n/).entries()) {
        if (/^\s*(```|~~~)/.test(line)) fenced = !fenced;
        const found = fenced ? undefined : placeholderIn(line);
        if (found) {
          problems.push(ctx.t.msg.placeholder(file, index + 1, found));
          break;
        }
      }
    }
    const cardSections = parseSections(got.text);
    for (const wanted of item.sections) {
      const concept = wanted.concept ? conceptById(wanted.concept) : undefined;
      if (wanted.concept && !concept) return { status: 'error', message: `unknown section concept "${wanted.concept}"` };
      const found = concept ? findSection(cardSections, concept) : undefined;
      const section = concept ? (found ? { heading: found.heading, body: found.body } : undefined) : sections.find((s) => (wanted.heading ?? []).some((alt) => new RegExp(alt, 'iu').test(s.heading)));
      if (!section) {
        problems.push(ctx.t.msg.sectionMissing(file, concept ? `"${concept.label[ctx.lang]}"` : (wanted.heading ?? []).map((alt) => `"${alt}"`).join(' / ')));
        continue;
      }
      const wordCount = countWords(section.body);
      const numbers = countNumbers(section.body);
      if (wordCount < wanted.minWords) problems.push(ctx.t.msg.sectionShort(file, section.heading, wordCount, wanted.minWords));
      if (numbers < wanted.minNumbers) problems.push(ctx.t.msg.sectionFigures(file, section.heading, numbers, wanted.minNumbers));
      else if (wanted.minNumbers) figures.push(`${section.heading}: ${numbers}`);
    }
    if (item.minWordsPerSection) {
      // A heading directly followed by sub-headings is a parent: its words are the children's.
      for (const [index, section] of sections.entries()) {
        const wordCount = countWords(section.body);
        const parent = wordCount === 0 && sections[index + 1] !== undefined && /^\s*$/.test(section.body);
        if (!parent && wordCount < item.minWordsPerSection) problems.push(ctx.t.msg.sectionShort(file, section.heading, wordCount, item.minWordsPerSection));
      }
    }
  }
  if (problems.length) return fail(problems.slice(0, 4).join('; '));
  return pass(figures.length ? figures.join(', ') : ctx.t.msg.ok);
}

