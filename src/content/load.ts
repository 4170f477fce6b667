// Reads a content folder (syllabus.yaml, lessons/, quizzes/, checks/) and validates every file.
// Used by the build, the tests and `validate-content`; the app itself reads the compiled result.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { LANGS, type Lang, type Level, type Syllabus } from '../core/types.js';
import { referencedIds } from './artefact-refs.js';
import { formatPath, type ContentIssue, zodIssues } from './issues.js';
import { outline, splitFrontMatter, type MarkdownOutline } from './markdown.js';
import {
  bankFileSchema,
  artefactCatalogueSchema,
  checkSchema,
  type ArtefactSpec,
  lessonFrontMatterSchema,
  questionSchema,
  syllabusSchema,
  type LessonFrontMatter,
  type Question,
} from './schemas.js';
import type { z } from 'zod';
import { PITCH_FILE, pitchFileSchema, type PitchContent } from './pitch-schema.js';

export interface Lesson {
  file: string;
  meta: LessonFrontMatter;
  body: string;
  outline: MarkdownOutline;
}

export type Check = z.infer<typeof checkSchema>;

export interface ContentSet {
  syllabus: Syllabus | undefined;
  lessons: Lesson[];
  questions: Question[];
  /** Which file each question came from (for error messages). */
  questionFiles: Map<string, string>;
  checks: Check[];
  /** checks/artefacts.yaml: the artefacts every checker may refer to. */
  artefacts: Record<string, ArtefactSpec>;
  /** pitch/talking-points.yaml: the portfolio speech's parts and talking points. */
  pitch: PitchContent | undefined;
  issues: ContentIssue[];
}

function listFiles(dir: string, extensions: string[]): string[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  return names
    .filter((name) => extensions.some((ext) => name.endsWith(ext)))
    .map((name) => join(dir, name))
    .filter((path) => statSync(path).isFile())
    .sort();
}

function readText(path: string, rel: string, issues: ContentIssue[]): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    issues.push({
      file: rel,
      field: '(file)',
      message: `cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})`,
      severity: 'error',
    });
    return undefined;
  }
}

function parseStructured(text: string, path: string, rel: string, issues: ContentIssue[]): unknown {
  try {
    return path.endsWith('.json') ? JSON.parse(text) : parseYaml(text);
  } catch (error) {
    const firstLine = String((error as Error).message).split('\n')[0];
    issues.push({
      file: rel,
      field: '(file)',
      message: `is not valid ${path.endsWith('.json') ? 'JSON' : 'YAML'}: ${firstLine}`,
      severity: 'error',
    });
    return undefined;
  }
}

/** Reads and validates syllabus.yaml alone; problems go to `issues`. */
export function loadSyllabus(root: string, issues: ContentIssue[] = []): Syllabus | undefined {
  const path = join(root, 'syllabus.yaml');
  const text = readText(path, 'syllabus.yaml', issues);
  const raw = text === undefined ? undefined : parseStructured(text, path, 'syllabus.yaml', issues);
  if (raw === undefined) return undefined;
  const parsed = syllabusSchema.safeParse(raw);
  if (parsed.success) return parsed.data;
  issues.push(...zodIssues('syllabus.yaml', parsed.error));
  return undefined;
}

export function loadContent(root: string): ContentSet {
  const issues: ContentIssue[] = [];
  const rel = (path: string) => relative(root, path) || path;
  const set: ContentSet = {
    syllabus: undefined,
    lessons: [],
    questions: [],
    questionFiles: new Map(),
    checks: [],
    artefacts: {},
    pitch: undefined,
    issues,
  };

  set.syllabus = loadSyllabus(root, issues);

  for (const lang of LANGS) {
    for (const path of listFiles(join(root, 'lessons', lang), ['.md'])) {
      const lesson = loadLesson(path, rel(path), lang, issues);
      if (lesson) set.lessons.push(lesson);
    }
  }

  for (const path of listFiles(join(root, 'quizzes'), ['.yaml', '.yml', '.json'])) {
    const file = rel(path);
    const text = readText(path, file, issues);
    const raw = text === undefined ? undefined : parseStructured(text, path, file, issues);
    if (raw === undefined) continue;
    const bank = bankFileSchema.safeParse(raw);
    if (!bank.success) {
      issues.push(...zodIssues(file, bank.error));
      continue;
    }
    bank.data.questions.forEach((rawQuestion, index) => {
      const parsed = questionSchema.safeParse(rawQuestion);
      const id = (rawQuestion as { id?: unknown })?.id;
      const label = typeof id === 'string' ? `questions[${index}] (${id})` : `questions[${index}]`;
      if (!parsed.success) {
        issues.push(
          ...parsed.error.issues.map((issue) => ({
            file,
            field: `${label}${issue.path.length ? '.' + formatPath(issue.path) : ''}`,
            message: issue.message,
            severity: 'error' as const,
          })),
        );
        return;
      }
      set.questions.push({
        ...parsed.data,
        level: bank.data.level,
        ...(bank.data.purpose === 'module-practice' ? { practice: true as const } : {}),
      });
      set.questionFiles.set(parsed.data.id, file);
    });
  }

  for (const path of listFiles(join(root, 'checks'), ['.yaml', '.yml', '.json'])) {
    const file = rel(path);
    const text = readText(path, file, issues);
    const raw = text === undefined ? undefined : parseStructured(text, path, file, issues);
    if (raw === undefined) continue;
    if (/(^|\/)artefacts\.ya?ml$/.test(file)) {
      const catalogue = artefactCatalogueSchema.safeParse(raw);
      if (catalogue.success) set.artefacts = catalogue.data;
      else issues.push(...zodIssues(file, catalogue.error));
      continue;
    }
    const parsed = checkSchema.safeParse(raw);
    if (parsed.success) set.checks.push(parsed.data);
    else issues.push(...zodIssues(file, parsed.error));
  }
  set.pitch = loadPitch(root, issues);

  // Every "@artefact" an item names must be defined, in checks/artefacts.yaml or the checker itself.
  for (const check of set.checks) {
    const known = new Set([...Object.keys(set.artefacts), ...Object.keys(check.artefacts)]);
    check.items.forEach((item, index) => {
      for (const id of referencedIds(item))
        if (!known.has(id))
          issues.push({
            file: `checks/${check.id}`,
            field: `items.${index}`,
            message: `names "@${id}", which no artefacts.yaml or checker "artefacts" defines`,
            severity: 'error',
          });
    });
  }
  return set;
}

/** The pitch's talking points; a content folder without them is warned about, not refused. */
function loadPitch(root: string, issues: ContentIssue[]): PitchContent | undefined {
  const path = join(root, PITCH_FILE);
  if (!existsSync(path)) {
    issues.push({
      file: PITCH_FILE,
      field: '(file)',
      message: 'is missing: the pitch drill has no talking points',
      severity: 'warning',
    });
    return undefined;
  }
  const text = readText(path, PITCH_FILE, issues);
  const raw = text === undefined ? undefined : parseStructured(text, path, PITCH_FILE, issues);
  if (raw === undefined) return undefined;
  const parsed = pitchFileSchema.safeParse(raw);
  if (parsed.success) return parsed.data;
  issues.push(...zodIssues(PITCH_FILE, parsed.error));
  return undefined;
}

function loadLesson(path: string, file: string, lang: Lang, issues: ContentIssue[]): Lesson | undefined {
  const text = readText(path, file, issues);
  if (text === undefined) return undefined;
  const { frontMatter, body } = splitFrontMatter(text);
  if (frontMatter === undefined) {
    issues.push({
      file,
      field: '(front-matter)',
      message: 'is missing: the file must start with a --- YAML block ---',
      severity: 'error',
    });
    return undefined;
  }
  let raw: unknown;
  try {
    raw = parseYaml(frontMatter);
  } catch (error) {
    issues.push({
      file,
      field: '(front-matter)',
      message: `is not valid YAML: ${String((error as Error).message).split('\n')[0]}`,
      severity: 'error',
    });
    return undefined;
  }
  const parsed = lessonFrontMatterSchema.safeParse(raw);
  if (!parsed.success) {
    issues.push(...zodIssues(file, parsed.error));
    return undefined;
  }
  if (parsed.data.lang !== lang)
    issues.push({
      file,
      field: 'lang',
      message: `is "${parsed.data.lang}" but the file is under lessons/${lang}/`,
      severity: 'error',
    });
  return { file, meta: parsed.data, body, outline: outline(body) };
}

export type { Level };
