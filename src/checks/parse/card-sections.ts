// The sections reviewers look for in model and data documentation, grouped by what they are about, with
// the heading names of each framework in English and Spanish: Model Cards (Mitchell et al., 2019),
// Hugging Face's model and dataset card templates (old and current), Google's Data Cards Playbook and
// Datasheets for Datasets (Gebru et al., 2021). A learner may follow any of them; the concept is what counts.

export { findDate, findDates, findLicense, findRowCount, findRowCounts, findSeed, findVersion, frontMatter, parseQuantity, type Fact, type FrontMatter, type LicenceFact } from './card-facts.js';

import { conceptById, SECTION_CONCEPTS, type SectionConcept } from './card-concepts.js';

export { conceptById, SECTION_CONCEPTS, type CardFramework, type SectionConcept } from './card-concepts.js';

// ---------------------------------------------------------------------------------------------
// Markdown sections

export interface CardSection {
  heading: string;
  /** 1–6 for `#` headings (setext: 1 or 2); 7 for a bold lead-in line ("**Intended use:** …"). */
  level: number;
  /** 1-based line of the heading. */
  line: number;
  /** Text under the heading up to the next heading of the same or a higher level. */
  body: string;
  /** The body says something beyond template placeholders ("[More Information Needed]", TODO…). */
  filled: boolean;
}

const PLACEHOLDER = /\[more information needed\]|\[m[aá]s informaci[oó]n necesaria\]|\b(todo|tbd|tbc|pendiente|por completar|por rellenar|lorem ipsum)\b|\[?(fill|rellenar)\]?/gi;

/** A body counts as filled when, without comments, placeholders and markup, it still has three words. */
export function isFilled(body: string): boolean {
  const words = body
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(PLACEHOLDER, ' ')
    .replace(/[#*_`>|\-[\]()]/g, ' ')
    .split(/\s+/)
    .filter((word) => /[\p{L}\p{N}]/u.test(word));
  return words.length >= 3;
}

/** Heading text as a reader sees it: no numbering, emphasis, trailing colon, emoji or "[optional]". */
export function cleanHeading(text: string): string {
  return text
    .replace(/<[^>]+>/g, '')
    .replace(/\[(optional|opcional)\]/gi, '')
    .replace(/[*_`]/g, '')
    .replace(/^[\s\p{Extended_Pictographic}\uFE0F]+/u, '')
    .replace(/^(\d+(\.\d+)*\.?|[A-Za-z]\)|[IVX]+\.)\s+/, '')
    .replace(/\s*#+\s*$/, '')
    .replace(/[:：.]\s*$/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** ATX (`## X`) and setext headings, `<h2>` tags and bold lead-ins, skipping fenced code and front matter. */
export function parseSections(markdown: string): CardSection[] {
  const lines = markdown.replace(/\r\n?/g, '\n').split('\n');
  const heads: Array<{ heading: string; level: number; index: number; inline?: string }> = [];
  let fence: string | undefined;
  let start = 0;
  if (lines[0]?.trim() === '---') {
    const end = lines.findIndex((line, i) => i > 0 && /^(---|\.\.\.)\s*$/.test(line));
    if (end > 0) start = end + 1;
  }
  for (let i = start; i < lines.length; i++) {
    const line = lines[i]!;
    const fenceMatch = /^\s*(```|~~~)/.exec(line);
    if (fenceMatch) {
      fence = fence === undefined ? fenceMatch[1] : fence === fenceMatch[1] ? undefined : fence;
      continue;
    }
    if (fence) continue;
    const atx = /^\s{0,3}(#{1,6})\s+(.+?)\s*$/.exec(line);
    const html = /^\s*<h([1-6])[^>]*>(.*?)<\/h\1>\s*$/i.exec(line);
    const next = lines[i + 1];
    if (atx) heads.push({ heading: cleanHeading(atx[2]!), level: atx[1]!.length, index: i });
    else if (html) heads.push({ heading: cleanHeading(html[2]!), level: Number(html[1]), index: i });
    else if (next !== undefined && line.trim() && !/^\s*[-*+|>]/.test(line) && /^\s{0,3}(=+|-{2,})\s*$/.test(next)) {
      heads.push({ heading: cleanHeading(line), level: next.trim().startsWith('=') ? 1 : 2, index: i });
      i++;
    } else {
      const bold = /^\s*(?:[-*+]\s+)?\*\*([^*]{2,60}?)(?::\*\*|\*\*\s*:)\s*(.*)$/.exec(line);
      if (bold) heads.push({ heading: cleanHeading(bold[1]!), level: 7, index: i, inline: bold[2] });
    }
  }
  return heads.map((head, n) => {
    const endHead = heads.slice(n + 1).find((h) => h.level <= head.level || (head.level === 7 && h.level <= 7));
    const end = endHead ? endHead.index : lines.length;
    const bodyLines = lines.slice(head.index + (head.level <= 6 && /^\s{0,3}(=+|-{2,})\s*$/.test(lines[head.index + 1] ?? '') ? 2 : 1), end);
    const body = [head.inline ?? '', ...bodyLines].join('\n').trim();
    return { heading: head.heading, level: head.level, line: head.index + 1, body, filled: isFilled(body) };
  });
}

interface Matchers {
  include: RegExp[];
  exclude: RegExp[];
  /** The whole heading is one of the names: "Factors" beats "Testing Data, Factors & Metrics". */
  whole: RegExp[];
}
const matcherCache = new Map<string, Matchers>();

function matchers(concept: SectionConcept): Matchers {
  const cached = matcherCache.get(concept.id);
  if (cached) return cached;
  const wrap = (source: string): RegExp => new RegExp(`(^|[^\\p{L}\\p{N}])(?:${source})($|[^\\p{L}\\p{N}])`, 'iu');
  const built = { include: concept.headings.map(wrap), exclude: (concept.exclude ?? []).map(wrap), whole: concept.headings.map((source) => new RegExp(`^(?:${source})(\\s*\\(s\\))?$`, 'iu')) };
  matcherCache.set(concept.id, built);
  return built;
}

/** Whether a heading names the concept (in any of the frameworks, es or en). */
export function headingMatches(heading: string, concept: SectionConcept): boolean {
  const { include, exclude } = matchers(concept);
  const text = cleanHeading(heading);
  return include.some((re) => re.test(text)) && !exclude.some((re) => re.test(text));
}

/**
 * The section about `concept` (an id or a concept): the first filled one whose heading matches,
 * else the first matching one (filled: false), else undefined.
 */
export function findSection(sections: CardSection[], concept: string | SectionConcept): CardSection | undefined {
  const c = typeof concept === 'string' ? conceptById(concept) : concept;
  if (!c) throw new Error(`unknown section concept: ${String(concept)}`);
  const matching = sections.filter((section) => headingMatches(section.heading, c));
  const { whole } = matchers(c);
  const exact = matching.filter((section) => whole.some((re) => re.test(cleanHeading(section.heading))));
  return exact.find((s) => s.filled) ?? matching.find((s) => s.filled) ?? exact[0] ?? matching[0];
}

/** The concepts of `card` that have no matching heading, in the order a reader expects them. */
export function missingConcepts(sections: CardSection[], card: 'model' | 'data', ids?: string[]): SectionConcept[] {
  const wanted = SECTION_CONCEPTS.filter((c) => (ids ? ids.includes(c.id) : c.card === card || c.card === 'both'));
  return wanted.filter((c) => !findSection(sections, c)?.filled);
}
