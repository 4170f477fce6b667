// Lesson texts as compiled by scripts/build.ts: one chunk per lesson and language, loaded on first
// use, so opening a lesson parses and keeps only its own text.
import type { CheckpointMap } from '../core/checkpoints.js';
import type { Lang, ModuleId } from '../core/types.js';
import type { Block } from './blocks.js';

export interface LessonText {
  title: string;
  body: string;
  /** The body lexed and highlighted by the build (absent in a test's lesson: prepared when opened). */
  blocks?: Block[] | undefined;
  /** The front matter's section → question ids (absent: chosen from the bank's `modules`). */
  checkpoints?: CheckpointMap | undefined;
}

export async function loadLesson(id: ModuleId, lang: Lang): Promise<LessonText | undefined> {
  // Ids come from the syllabus; anything else (or a lesson not written yet) has no chunk.
  if (!/^\d{2}$/.test(id)) return undefined;
  try {
    return (await import(`../generated/lessons/${lang}-${id}.json`, { with: { type: 'json' } })).default as LessonText;
  } catch {
    return undefined;
  }
}
