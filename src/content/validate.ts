// Cross-file rules on top of the per-file schemas, and the counts `validate-content` reports.
import { basename } from 'node:path';
import { LANGS, LEVELS, MODULE_IDS, type ModuleId } from '../core/types.js';
import type { ContentIssue } from './issues.js';
import type { ContentSet, Lesson } from './load.js';
import { proseWordCount } from './markdown.js';
import { rubricMismatches } from './check-schema.js';
import { checkCheckpoints } from './validate-checkpoints.js';
import { LESSON_SECTIONS } from './schemas.js';
import { autoGradedByModule, checkQuestions } from './validate-questions.js';

export const LESSON_WORDS = { min: 1200, max: 2500 } as const;
export const MIN_AUTO_PER_MODULE = 10;

export interface ContentReport {
  ok: boolean;
  counts: {
    lessons: { total: number; byLanguage: Record<string, number>; byModule: Record<string, string[]> };
    questions: {
      total: number;
      /** The interview banks (module-practice questions are counted in `practice`). */
      byLevel: Record<string, number>;
      practice: Record<string, number>;
      byTopic: Record<string, Record<string, number>>;
      byType: Record<string, Record<string, number>>;
      autoGradedByModule: Record<string, number>;
    };
    checks: number;
    /** Talking points of the pitch per level (0 each without the file). */
    pitch: { parts: number; points: Record<string, number> };
  };
  issues: ContentIssue[];
}

export function validateContent(set: ContentSet): ContentReport {
  const issues = [...set.issues];
  checkLessons(set, issues);
  checkQuestions(set, issues);
  checkCheckpoints(set, issues);
  checkCheckers(set, issues);
  const errors = issues.filter((issue) => issue.severity === 'error');
  return { ok: errors.length === 0, counts: countContent(set), issues };
}

// ---------------------------------------------------------------- lessons

function checkLessons(set: ContentSet, issues: ContentIssue[]): void {
  const add = (file: string, field: string, message: string) =>
    issues.push({ file, field, message, severity: 'error' });
  const byKey = new Map<string, Lesson>();
  for (const lesson of set.lessons) {
    const { meta, file, outline } = lesson;
    const expected = set.syllabus?.modules.find((module) => module.id === meta.id);
    if (expected && meta.slug !== expected.slug)
      add(file, 'slug', `is "${meta.slug}", the syllabus calls module ${meta.id} "${expected.slug}"`);
    if (expected && meta.title !== expected.title[meta.lang])
      add(file, 'title', `is "${meta.title}", the syllabus calls module ${meta.id} "${expected.title[meta.lang]}"`);
    if (basename(file) !== `${meta.id}-${meta.slug}.md`)
      add(file, '(file name)', `should be ${meta.id}-${meta.slug}.md`);
    if (meta.check !== meta.id)
      add(file, 'check', `is "${meta.check}", expected the module's own checker "${meta.id}"`);
    const key = `${meta.lang}:${meta.id}`;
    if (byKey.has(key))
      add(file, 'id', `module ${meta.id} already has a ${meta.lang} lesson in ${byKey.get(key)!.file}`);
    byKey.set(key, lesson);

    const sections = outline.headings.filter((heading) => heading.depth === 2).map((heading) => heading.text);
    const wanted = LESSON_SECTIONS[meta.lang];
    if (sections.join('|') !== wanted.join('|'))
      add(
        file,
        'sections',
        `must be the level-2 headings ${wanted.map((s) => `"${s}"`).join(', ')} in that order (found ${sections.map((s) => `"${s}"`).join(', ') || 'none'})`,
      );

    const words = proseWordCount(outline.prose);
    if (words < LESSON_WORDS.min || words > LESSON_WORDS.max)
      add(file, 'body', `has ${words} words of prose, expected ${LESSON_WORDS.min}–${LESSON_WORDS.max}`);

    outline.codeBlocks.forEach((block) => {
      if (!block.lang)
        add(
          file,
          `code block at body line ${block.line}`,
          'needs a language after the opening fence (```python, ```yaml, ```text…)',
        );
    });
    if (!lesson.body.includes(`mlops-tutor check ${meta.id}`) || !lesson.body.includes(`make check-${meta.id}`))
      add(file, 'sections', `"${wanted[3]}" must name \`mlops-tutor check ${meta.id}\` and \`make check-${meta.id}\``);
  }

  // es/en parity: the same module in both languages, the same outline, the same code.
  for (const id of MODULE_IDS) {
    const es = byKey.get(`es:${id}`);
    const en = byKey.get(`en:${id}`);
    if (!es && !en) continue;
    if (!es || !en) {
      const present = (es ?? en)!;
      add(
        present.file,
        'id',
        `module ${id} has no ${es ? 'English' : 'Spanish'} lesson (lessons/${es ? 'en' : 'es'}/${present.meta.id}-${present.meta.slug}.md)`,
      );
      continue;
    }
    for (const depth of [2, 3, 4]) {
      const countEs = es.outline.headings.filter((h) => h.depth === depth).length;
      const countEn = en.outline.headings.filter((h) => h.depth === depth).length;
      if (countEs !== countEn)
        add(en.file, 'sections', `has ${countEn} level-${depth} headings, the Spanish lesson has ${countEs}`);
    }
    for (const field of ['week', 'durationDays', 'slug'] as const)
      if (es.meta[field] !== en.meta[field])
        add(en.file, field, `is ${String(en.meta[field])}, the Spanish lesson says ${String(es.meta[field])}`);
    const codeEs = es.outline.codeBlocks;
    const codeEn = en.outline.codeBlocks;
    if (codeEs.length !== codeEn.length)
      add(en.file, 'code blocks', `has ${codeEn.length} code blocks, the Spanish lesson has ${codeEs.length}`);
    else
      codeEs.forEach((block, index) => {
        const other = codeEn[index]!;
        if (block.lang !== other.lang || block.code !== other.code)
          add(
            en.file,
            `code block ${index + 1} (body line ${other.line})`,
            `differs from the Spanish lesson's block at body line ${block.line}`,
          );
      });
  }
}

// ---------------------------------------------------------------- checkers

/** Each checker scores on the syllabus rubric: item points per category add up to the rubric's. */
function checkCheckers(set: ContentSet, issues: ContentIssue[]): void {
  const ids = new Set<string>();
  for (const check of set.checks) {
    const file = `checks/${check.id}-${check.slug}.yaml`;
    if (ids.has(check.id))
      issues.push({ file, field: 'id', message: `checker ${check.id} is defined twice`, severity: 'error' });
    ids.add(check.id);
    if (check.module !== check.id)
      issues.push({
        file,
        field: 'module',
        message: `is "${check.module}", expected "${check.id}"`,
        severity: 'error',
      });
    const module = set.syllabus?.modules.find((candidate) => candidate.id === check.id);
    if (module && (check.slug !== module.slug || check.path !== `${module.id}-${module.slug}`))
      issues.push({
        file,
        field: 'path',
        message: `must be "${module.id}-${module.slug}" (the syllabus's slug for module ${module.id})`,
        severity: 'error',
      });
    if (set.syllabus)
      for (const problem of rubricMismatches(check, set.syllabus.rubric))
        issues.push({ file, field: 'items', message: problem, severity: 'error' });
  }
}

// ---------------------------------------------------------------- questions

function countContent(set: ContentSet): ContentReport['counts'] {
  const byLanguage: Record<string, number> = Object.fromEntries(LANGS.map((lang) => [lang, 0]));
  const byModule: Record<string, string[]> = {};
  for (const lesson of set.lessons) {
    byLanguage[lesson.meta.lang] = (byLanguage[lesson.meta.lang] ?? 0) + 1;
    (byModule[lesson.meta.id] ??= []).push(lesson.meta.lang);
  }
  const byLevel: Record<string, number> = {};
  const practice: Record<string, number> = {};
  const byTopic: Record<string, Record<string, number>> = {};
  const byType: Record<string, Record<string, number>> = {};
  for (const q of set.questions) {
    if (q.practice) {
      practice[q.level] = (practice[q.level] ?? 0) + 1;
      continue;
    }
    byLevel[q.level] = (byLevel[q.level] ?? 0) + 1;
    const topics = (byTopic[q.level] ??= {});
    topics[q.topic] = (topics[q.topic] ?? 0) + 1;
    const types = (byType[q.level] ??= {});
    types[q.type] = (types[q.type] ?? 0) + 1;
  }
  return {
    lessons: { total: set.lessons.length, byLanguage, byModule },
    questions: {
      total: set.questions.length,
      byLevel,
      practice,
      byTopic,
      byType,
      autoGradedByModule: autoGradedByModule(set.questions),
    },
    checks: set.checks.length,
    pitch: {
      parts: set.pitch?.parts.length ?? 0,
      points: Object.fromEntries(
        LEVELS.map((level) => [level, set.pitch?.parts.reduce((sum, part) => sum + part.points[level].length, 0) ?? 0]),
      ),
    },
  };
}

export type { ModuleId };
