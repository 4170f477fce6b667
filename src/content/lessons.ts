// Lesson texts as compiled by scripts/build.ts, loaded on first use (a separate chunk of the bundle).
import type { CheckpointMap } from '../core/checkpoints.js';
import type { Lang, ModuleId } from '../core/types.js';

export interface LessonText {
  title: string;
  body: string;
  /** The front matter's section → question ids (absent: chosen from the bank's `modules`). */
  checkpoints?: CheckpointMap | undefined;
}

type Compiled = Record<Lang, Partial<Record<ModuleId, LessonText>>>;
let cache: Compiled | undefined;

export async function loadLesson(id: ModuleId, lang: Lang): Promise<LessonText | undefined> {
  cache ??= (await import('../generated/lessons.json', { with: { type: 'json' } })).default as Compiled;
  return cache[lang][id];
}
