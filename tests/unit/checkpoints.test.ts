// Checkpoints inside lessons: which questions close each section, what an answer does to the store,
// and the content rules on the lessons' `checkpoints:` mappings.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/content/load.js';
import { LESSON_SECTIONS } from '../../src/content/schemas.js';
import { validateContent } from '../../src/content/validate.js';
import { LESSON_SECTION_COUNT } from '../../src/core/progress.js';
import { CHECKPOINT_SECTIONS, checkpointPassed, checkpointPlan } from '../../src/core/checkpoints.js';
import { dueIds } from '../../src/core/practice.js';
import type { BankQuestion } from '../../src/core/quiz.js';
import { MODULE_IDS } from '../../src/core/types.js';
import { recordCheckpointAnswer } from '../../src/state/transitions/index.js';
import { emptyState } from '../../src/state/schema.js';
import { checkpointAhead, sectionEnds } from '../../src/ui/markdown/reading.js';
import { repoRoot } from '../helpers/syllabus.js';

const l = (text: string) => ({ es: text, en: text });
const question = (id: string, extra: Partial<BankQuestion> = {}): BankQuestion => ({
  id,
  level: 'junior',
  topic: 'git-tools',
  modules: ['03'],
  type: 'single',
  difficulty: 1,
  prompt: l(`prompt ${id}`),
  options: [l('a'), l('b'), l('c'), l('d')],
  answer: [1],
  explanation: l('because'),
  ...extra,
});
const ids = (plan: BankQuestion[][]) => plan.map((section) => section.map((q) => q.id));

describe('which questions close each section', () => {
  const bank = [
    question('sr-ml-01', { level: 'senior' }),
    question('jr-ml-02', { modules: ['04', '03'] }),
    question('md-pipe-01', { level: 'mid' }),
    question('jr-ml-01'),
    question('jr-ml-09', { type: 'open', options: undefined, answer: undefined }),
    question('jr-py-01', { modules: ['01'] }),
  ];

  it('follows the lesson’s mapping, section by section, leaving out ids the bank does not hold', () => {
    const plan = checkpointPlan(bank, '03', {
      concepts: ['md-pipe-01', 'jr-ml-01'],
      mistakes: ['jr-gone-01', 'sr-ml-01'],
    });
    expect(ids(plan)).toEqual([[], ['md-pipe-01', 'jr-ml-01'], [], [], ['sr-ml-01'], []]);
  });

  it('never asks an open question or one of another module, even when mapped', () => {
    expect(ids(checkpointPlan(bank, '03', { concepts: ['jr-ml-09', 'jr-py-01'] }))[1]).toEqual([]);
  });

  it('without a mapping, gives concepts, mini-project, validate and mistakes one question each, the same every time', () => {
    // Questions that name module 03 first, easier levels first, then by id; jr-ml-02 is mainly module 04's.
    const plan = ids(checkpointPlan(bank, '03', undefined));
    expect(plan).toEqual([[], ['jr-ml-01'], ['md-pipe-01'], ['sr-ml-01'], ['jr-ml-02'], []]);
    expect(ids(checkpointPlan([...bank].reverse(), '03', undefined))).toEqual(plan);
  });

  it('passes a checkpoint only when every question was fully right', () => {
    expect(checkpointPassed([1, 1])).toBe(true);
    expect(checkpointPassed([1, 0.5])).toBe(false);
    expect(checkpointPassed([])).toBe(false);
  });
});

describe('an answer given at a checkpoint', () => {
  const now = new Date('2026-12-02T10:00:00Z');
  const q = question('jr-ml-01');

  it('is a quiz answer in the history and, when missed, a review card due now; the section stays unpassed', () => {
    const state = recordCheckpointAnswer(
      emptyState(),
      { module: '03', section: 1, question: q, score: 0, ms: 4000, passes: false },
      now,
    );
    expect(state.questions['jr-ml-01']?.history).toEqual([{ at: now.toISOString(), score: 0, mode: 'quiz', ms: 4000 }]);
    expect(dueIds(state.cards, now)).toEqual(['jr-ml-01']);
    expect(state.modules['03']?.checkpoints).toBeUndefined();
  });

  it('marks its section passed, once, next to what the lesson already keeps', () => {
    const start = {
      ...emptyState(),
      modules: {
        '03': {
          lesson: { position: 4, sectionsRead: [0, 1], read: false, updatedAt: 'x' },
          checkpoints: { passed: [3], updatedAt: 'x' },
        },
      },
    };
    let state = recordCheckpointAnswer(
      start,
      { module: '03', section: 1, question: q, score: 1, ms: 4000, passes: true },
      now,
    );
    state = recordCheckpointAnswer(
      state,
      { module: '03', section: 1, question: q, score: 1, ms: 3000, passes: true },
      now,
    );
    expect(state.modules['03']?.checkpoints).toEqual({ passed: [1, 3], updatedAt: now.toISOString() });
    expect(state.modules['03']?.lesson).toEqual(start.modules['03'].lesson);
    expect(dueIds(state.cards, now)).toEqual([]);
  });
});

describe('the lessons’ checkpoint mappings', () => {
  it('map every module in both languages, with the same questions, each section at most two', () => {
    const content = loadContent(repoRoot);
    for (const id of MODULE_IDS) {
      const [es, en] = (['es', 'en'] as const).map(
        (lang) =>
          content.lessons.find((lesson) => lesson.meta.id === id && lesson.meta.lang === lang)!.meta.checkpoints,
      );
      expect(es, `module ${id}`).toBeDefined();
      expect(en).toEqual(es);
      expect(Object.values(es!).flat().length).toBeGreaterThanOrEqual(4);
    }
  });

  /** A content folder with the real banks and module 03's lessons, whose front matter `edit` changes. */
  function fixture(edit: (frontMatter: string) => string, lang: 'es' | 'en' = 'es'): string {
    const dir = mkdtempSync(join(tmpdir(), 'mlops-checkpoints-'));
    cpSync(join(repoRoot, 'syllabus.yaml'), join(dir, 'syllabus.yaml'));
    cpSync(join(repoRoot, 'quizzes'), join(dir, 'quizzes'), { recursive: true });
    for (const each of ['es', 'en']) {
      mkdirSync(join(dir, 'lessons', each), { recursive: true });
      const text = readFileSync(join(repoRoot, 'lessons', each, '03-feature-engineering.md'), 'utf8');
      writeFileSync(
        join(dir, 'lessons', each, '03-feature-engineering.md'),
        each === lang ? text.replace(/^---\n[\s\S]*?\n---\n/, edit) : text,
      );
    }
    return dir;
  }
  const errors = (dir: string) =>
    validateContent(loadContent(dir)).issues.filter(
      (issue) => issue.severity === 'error' && issue.file.startsWith('lessons/'),
    );
  const mapping = (lines: string) => (frontMatter: string) =>
    frontMatter.replace(/checkpoints:\n(  .*\n)+/, `checkpoints:\n${lines}\n`);

  it('accept the repository’s own mapping of module 03', () => {
    expect(errors(fixture((text) => text))).toEqual([]);
  });

  it('report an unknown id, a question of another module and an open question by file and field', () => {
    const found = errors(fixture(mapping('  concepts: [jr-zz-99, jr-py-01]\n  mistakes: [sr-ml-10]')));
    const file = 'lessons/es/03-feature-engineering.md';
    expect(found).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          file,
          field: 'checkpoints.concepts.0',
          message: 'names question jr-zz-99, which no question bank holds',
        }),
        expect.objectContaining({
          file,
          field: 'checkpoints.concepts.1',
          message: 'names jr-py-01, a question of module 01, not of module 03',
        }),
        expect.objectContaining({
          file,
          field: 'checkpoints.mistakes.0',
          message: 'names sr-ml-10, a question of module 04, not of module 03',
        }),
      ]),
    );
    const withOpen = errors(fixture(mapping('  concepts: [md-pipe-11]')));
    expect(withOpen).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          file,
          field: 'checkpoints.concepts.0',
          message: 'names md-pipe-11, an open question: a checkpoint needs an auto-graded one (single or multi)',
        }),
      ]),
    );
  });

  it('report an unknown section key, more than two ids, and a mapping that differs between es and en', () => {
    const bad = errors(fixture(mapping('  theory: [jr-ml-03]\n  concepts: [jr-ml-03, md-pipe-01, md-pipe-02]')));
    expect(bad.map((issue) => issue.message)).toEqual(expect.arrayContaining([`must list at most 2 question ids`]));
    expect(bad.some((issue) => issue.field.includes('theory') || issue.message.includes('theory'))).toBe(true);
    const differs = errors(fixture(mapping('  concepts: [jr-ml-03]'), 'en'));
    expect(differs).toEqual([
      expect.objectContaining({
        file: 'lessons/en/03-feature-engineering.md',
        field: 'checkpoints',
        message:
          'must map the same questions to the same sections as the Spanish lesson lessons/es/03-feature-engineering.md',
      }),
    ]);
  });

  it('use one key per level-2 section every lesson has', () => {
    expect(CHECKPOINT_SECTIONS).toHaveLength(LESSON_SECTIONS.es.length);
    expect(CHECKPOINT_SECTIONS).toHaveLength(LESSON_SECTION_COUNT);
  });
});

describe('where reading stops for a checkpoint', () => {
  // Three level-2 sections of 10 lines each: they end at lines 10, 20 and 30.
  const document = {
    lines: Array.from({ length: 30 }, (_, line) => ({
      segments: [{ text: `line ${line}` }],
      block: line,
      section: Math.floor(line / 10),
    })),
    sections: [0, 10, 20].map((line, index) => ({ title: `S${index}`, depth: 2, line, block: line })),
  };
  const ends = sectionEnds(document);

  it('ends each section at the next level-2 heading, the last at the document’s end', () => {
    expect(ends).toEqual([10, 20, 30]);
  });

  it('stops a forward move that would show what follows a pending section, and lets it through otherwise', () => {
    // 8 lines on screen, top 0 → 4: the bottom goes from 8 to 12, past section 0's end
    expect(checkpointAhead(ends, new Set([0, 1]), 8, 12, 30)).toBe(0);
    // Exactly at the end: the next key runs into it
    expect(checkpointAhead(ends, new Set([0]), 10, 11, 30)).toBe(0);
    // Settled sections and sections already behind the bottom do not stop anything
    expect(checkpointAhead(ends, new Set([1]), 8, 12, 30)).toBeUndefined();
    expect(checkpointAhead(ends, new Set([0]), 14, 18, 30)).toBeUndefined();
  });

  it('asks the last section’s checkpoint at a forward key at the very end', () => {
    expect(checkpointAhead(ends, new Set([2]), 26, 30, 30)).toBeUndefined();
    expect(checkpointAhead(ends, new Set([2]), 30, 30, 30)).toBe(2);
  });
});
