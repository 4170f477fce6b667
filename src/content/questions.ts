// The question banks as compiled by scripts/build.ts, loaded on first use (separate chunks).
import type { ModuleId } from '../core/types.js';
import type { Question } from './schemas.js';

let cache: Question[] | undefined;

/** Every bank: practice (quizzes, drills, review) draws from all of them. */
export async function loadQuestions(): Promise<Question[]> {
  cache ??= (await import('../generated/questions.json', { with: { type: 'json' } })).default as Question[];
  return cache;
}

/** The questions whose `modules` include `id`: all a lesson's checkpoints can ask (core/checkpoints.ts). */
export async function loadModuleQuestions(id: ModuleId): Promise<Question[]> {
  if (cache) return cache.filter((question) => question.modules.includes(id));
  if (!/^\d{2}$/.test(id)) return [];
  try {
    return (await import(`../generated/module-questions/${id}.json`, { with: { type: 'json' } })).default as Question[];
  } catch {
    return [];
  }
}
