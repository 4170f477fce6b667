// The question banks as compiled by scripts/build.ts, loaded on first use (a separate chunk).
import type { Question } from './schemas.js';

let cache: Question[] | undefined;

export async function loadQuestions(): Promise<Question[]> {
  cache ??= (await import('../generated/questions.json', { with: { type: 'json' } })).default as Question[];
  return cache;
}
