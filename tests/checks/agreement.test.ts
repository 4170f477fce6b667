// One source of truth (DESIGN §6): every file a checker requires is taught by the module's lesson
// (in both languages) and present in the reference solution.
import { existsSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lessonPath } from '../../src/content/artefact-refs.js';
import { loadContent } from '../../src/content/load.js';
import { LESSON_SECTIONS } from '../../src/content/schemas.js';
import { repoRoot } from '../helpers/syllabus.js';
import { definitions } from './helpers.js';

const content = loadContent(repoRoot);

function miniProjectSection(id: string, lang: 'es' | 'en'): string {
  const lesson = content.lessons.find((candidate) => candidate.meta.id === id && candidate.meta.lang === lang)!;
  const heading = `## ${LESSON_SECTIONS[lang][2]}`;
  const start = lesson.body.indexOf(heading);
  const end = lesson.body.indexOf(`\n## ${LESSON_SECTIONS[lang][3]}`, start);
  return lesson.body.slice(start, end);
}

/**
 * The paths a checker names: `written` by the learner (files-exist items, which the solution ships)
 * and `read` by other items (some are outputs the learner's scripts produce, e.g. outputs/metrics.json).
 */
function checkerPaths(id: string): { written: string[]; read: string[] } {
  const definition = definitions().get(id as never)!;
  const written = new Set<string>();
  const read = new Set<string>();
  const name = (entry: string) => lessonPath(entry, definition.artefacts).path;
  for (const item of definition.items as { kind: string; files?: string[]; file?: string }[]) {
    if (item.kind === 'files-exist') for (const file of item.files ?? []) written.add(name(file).replace(/\/$/, ''));
    else if (typeof item.file === 'string') read.add(name(item.file));
  }
  return { written: [...written], read: [...read] };
}

describe('lesson, checker and solution agree on the mini-project files', () => {
  for (const [id, definition] of definitions()) {
    it(`module ${id}`, () => {
      const { written, read } = checkerPaths(id);
      expect(written.length).toBeGreaterThan(0);
      for (const path of written) expect(existsSync(join(repoRoot, 'solutions', definition.path, path)), `solutions/${definition.path}/${path}`).toBe(true);
      for (const path of [...written, ...read])
        for (const lang of ['es', 'en'] as const) expect(miniProjectSection(id, lang), `lessons/${lang}/${id}: ${path}`).toContain(basename(path));
    });
  }
});
