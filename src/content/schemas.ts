// Zod schemas for everything under lessons/, quizzes/, checks/ and syllabus.yaml.
// The same schemas run at build time, in the tests and in `validate-content`.
import { z } from 'zod';
import { CHECKPOINT_MAX_QUESTIONS, CHECKPOINT_SECTIONS } from '../core/checkpoints.js';
import { LEVELS, MODULE_IDS, PACES, RUBRIC_CATEGORIES } from '../core/types.js';
import type { Syllabus } from '../core/types.js';

const nonEmpty = z.string().trim().min(1, 'must not be empty');
export const localized = z.strictObject({ es: nonEmpty, en: nonEmpty });
export const moduleId = z.enum(MODULE_IDS, { error: `must be a module id 00–11` });
export const level = z.enum(LEVELS, { error: 'must be junior, mid or senior' });

// ---------------------------------------------------------------- syllabus

const syllabusModule = z.strictObject({
  id: moduleId,
  slug: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be kebab-case'),
  title: localized,
  durationDays: z.number().positive(),
  objectives: z.array(localized).min(1),
  deliverables: z.array(localized).min(1),
  miniProject: localized,
  validate: localized,
});

const planWeek = z.strictObject({
  modules: z.array(moduleId),
  drill: level,
  interview: z.boolean().optional(),
});

const plan = z.strictObject({
  paceWeeks: z.union(PACES.map((pace) => z.literal(pace)) as [z.ZodLiteral<6>, z.ZodLiteral<8>, z.ZodLiteral<12>]),
  weeks: z.array(planWeek).min(1),
});

export const syllabusSchema = z
  .strictObject({
    modules: z.array(syllabusModule).length(MODULE_IDS.length),
    plans: z.array(plan).min(1),
    route: z.array(
      z.strictObject({
        id: nonEmpty,
        title: localized,
        goal: localized,
        includes: localized,
        modules: z.array(moduleId).min(1),
      }),
    ),
    rubric: z.strictObject({
      passScore: z.number().int().min(0).max(100),
      categories: z.array(
        z.strictObject({
          id: z.enum(RUBRIC_CATEGORIES),
          points: z.number().int().positive(),
          title: localized,
          description: localized,
        }),
      ),
      levels: z.array(z.strictObject({ min: z.number().int().min(0).max(100), label: localized })).min(1),
    }),
  })
  .superRefine((syllabus, ctx) => {
    syllabus.modules.forEach((module, index) => {
      if (module.id !== MODULE_IDS[index])
        ctx.addIssue({
          code: 'custom',
          path: ['modules', index, 'id'],
          message: `expected module ${MODULE_IDS[index]} here`,
        });
    });
    syllabus.plans.forEach((p, index) => {
      if (p.weeks.length !== p.paceWeeks)
        ctx.addIssue({
          code: 'custom',
          path: ['plans', index, 'weeks'],
          message: `has ${p.weeks.length} weeks, expected ${p.paceWeeks}`,
        });
      const covered = new Set(p.weeks.flatMap((week) => week.modules));
      const missing = MODULE_IDS.filter((id) => !covered.has(id));
      if (missing.length)
        ctx.addIssue({
          code: 'custom',
          path: ['plans', index, 'weeks'],
          message: `never schedules module(s) ${missing.join(', ')}`,
        });
    });
    const total = syllabus.rubric.categories.reduce((sum, category) => sum + category.points, 0);
    if (total !== 100)
      ctx.addIssue({
        code: 'custom',
        path: ['rubric', 'categories'],
        message: `points add up to ${total}, expected 100`,
      });
  });

// Compile-time guarantee that validated data is the domain type core works with.
export const checkSyllabusType = (value: z.infer<typeof syllabusSchema>): Syllabus => value;

// ---------------------------------------------------------------- lessons

const QUESTION_ID = /^[a-z]{2}-[a-z]+-\d{2}$/;

export const lessonFrontMatterSchema = z.strictObject({
  id: moduleId,
  slug: nonEmpty,
  lang: z.enum(['es', 'en']),
  title: nonEmpty,
  week: z.number().int().min(1).max(12),
  durationDays: z.number().positive(),
  objectives: z.array(nonEmpty).min(1),
  deliverables: z.array(nonEmpty).min(1),
  miniProject: nonEmpty,
  check: moduleId,
  /**
   * Section key → the ids of the questions asked at the end of that section. Whether the ids exist,
   * are auto-graded and belong to the lesson's module is checked across files (validate.ts).
   */
  checkpoints: z
    .partialRecord(
      z.enum(CHECKPOINT_SECTIONS, { error: `must be a section key: ${CHECKPOINT_SECTIONS.join(', ')}` }),
      z
        .array(z.string().regex(QUESTION_ID, 'must be a question id such as jr-py-01'))
        .min(1, 'must list at least one question id')
        .max(CHECKPOINT_MAX_QUESTIONS, `must list at most ${CHECKPOINT_MAX_QUESTIONS} question ids`)
        .refine((ids) => new Set(ids).size === ids.length, 'must not repeat a question id'),
    )
    .optional(),
});
export type LessonFrontMatter = z.infer<typeof lessonFrontMatterSchema>;

/** The level-2 sections every lesson has, in order. */
export const LESSON_SECTIONS = {
  es: [
    'Objetivos',
    'Conceptos',
    'Mini-proyecto paso a paso',
    'Cómo validar',
    'Errores comunes',
    'Lecturas recomendadas',
  ],
  en: ['Goals', 'Concepts', 'Mini-project step by step', 'How to validate', 'Common mistakes', 'Further reading'],
} as const;

// ---------------------------------------------------------------- questions

export const TOPICS = {
  junior: { 'python-basics': 10, 'ml-fundamentals': 10, 'data-preprocessing': 10, 'git-tools': 10, portfolio: 10 },
  mid: { 'pipelines-architecture': 15, 'practical-mlops': 15, 'testing-ml': 10, 'deployment-apis': 10, scenarios: 10 },
  senior: {
    'ml-fundamentals': 15,
    'mlops-serving': 15,
    'case-bank-churn': 15,
    'case-car-prices': 15,
    'case-telecom-plans': 10,
    architecture: 10,
    cicd: 10,
    infrastructure: 10,
    ethics: 5,
    leadership: 10,
  },
} as const satisfies Record<(typeof LEVELS)[number], Record<string, number>>;

/** The interview banks' sizes, as the guide has them; module-practice questions come on top. */
export const BANK_SIZES = { junior: 50, mid: 60, senior: 115 } as const;

const OPTION_MAX = 140;
const option = z.strictObject({
  es: nonEmpty.max(OPTION_MAX, `must be at most ${OPTION_MAX} characters`),
  en: nonEmpty.max(OPTION_MAX, `must be at most ${OPTION_MAX} characters`),
});
const forbiddenOption = /\b(all|none) of the above\b|\b(todas|ninguna) de las anteriores\b/i;

const questionBase = {
  id: z.string().regex(QUESTION_ID, 'must look like jr-py-01'),
  topic: nonEmpty,
  modules: z.array(moduleId).min(1).max(3),
  difficulty: z.union([z.literal(1), z.literal(2), z.literal(3)], { error: 'must be 1, 2 or 3' }),
  timeLimitSec: z.number().int().min(15).max(900).optional(),
  prompt: localized,
  refs: z.array(z.url({ protocol: /^https$/, error: 'must be an https URL' })).optional(),
};

const wordCount = (text: string) => text.trim().split(/\s+/).filter(Boolean).length;
const modelAnswerText = nonEmpty.refine((text) => wordCount(text) >= 80 && wordCount(text) <= 250, {
  error: (issue) => `must be 80–250 words (has ${wordCount(String(issue.input))})`,
});

const autoGraded = (type: 'single' | 'multi', answers: [number, number]) =>
  z
    .strictObject({
      ...questionBase,
      type: z.literal(type),
      options: z.array(option).length(4, 'must have exactly 4 options'),
      answer: z
        .array(z.number().int().min(0).max(3, 'must be an option index 0–3'))
        .min(
          answers[0],
          `must list ${answers[0] === answers[1] ? answers[0] : `${answers[0]}–${answers[1]}`} correct option(s)`,
        )
        .max(
          answers[1],
          `must list ${answers[0] === answers[1] ? answers[0] : `${answers[0]}–${answers[1]}`} correct option(s)`,
        )
        .refine((list) => new Set(list).size === list.length, 'must not repeat an index'),
      explanation: localized,
    })
    .superRefine((question, ctx) => {
      question.options.forEach((opt, index) => {
        if (forbiddenOption.test(opt.es) || forbiddenOption.test(opt.en))
          ctx.addIssue({ code: 'custom', path: ['options', index], message: 'must not be "all/none of the above"' });
      });
    });

export const questionSchema = z.discriminatedUnion('type', [
  autoGraded('single', [1, 1]),
  autoGraded('multi', [2, 3]),
  z.strictObject({
    ...questionBase,
    type: z.literal('open'),
    modelAnswer: z.strictObject({ es: modelAnswerText, en: modelAnswerText }),
    keyPoints: z.array(localized).min(3, 'must have 3–6 key points').max(6, 'must have 3–6 key points'),
    explanation: localized.optional(),
  }),
]);
/** `practice`: from a module-practice file — in module quizzes, checkpoints and review, never in a drill. */
export type Question = z.infer<typeof questionSchema> & { level: (typeof LEVELS)[number]; practice?: true };

export const bankFileSchema = z.strictObject({
  level,
  /** An interview bank (the guide's, sized and balanced by topic) or extra module-practice questions. */
  purpose: z.enum(['interview', 'module-practice']).default('interview'),
  questions: z.array(z.unknown()).min(1),
});

// ---------------------------------------------------------------- checks

// Checker definitions have their own file: the item kinds are many and the check engine imports them.
export { artefactCatalogueSchema, checkItemSchema, checkSchema, type ArtefactSpec } from './check-schema.js';
