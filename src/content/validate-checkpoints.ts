// The lessons' `checkpoints:` against the banks: every id must name an auto-graded question of the
// lesson's own module, and the Spanish and English lessons of a module must map the same questions.
import { CHECKPOINT_SECTIONS, type CheckpointMap } from '../core/checkpoints.js';
import type { ContentIssue } from './issues.js';
import type { ContentSet } from './load.js';

const mappingText = (map: CheckpointMap | undefined) =>
  JSON.stringify(CHECKPOINT_SECTIONS.map((section) => map?.[section] ?? []));

export function checkCheckpoints(set: ContentSet, issues: ContentIssue[]): void {
  const add = (file: string, field: string, message: string) =>
    issues.push({ file, field, message, severity: 'error' });
  const questions = new Map(set.questions.map((question) => [question.id, question]));
  for (const { file, meta } of set.lessons) {
    const seen = new Map<string, string>();
    for (const section of CHECKPOINT_SECTIONS) {
      (meta.checkpoints?.[section] ?? []).forEach((id, index) => {
        const field = `checkpoints.${section}.${index}`;
        const question = questions.get(id);
        if (!question) return add(file, field, `names question ${id}, which no question bank holds`);
        if (question.type === 'open')
          add(file, field, `names ${id}, an open question: a checkpoint needs an auto-graded one (single or multi)`);
        if (!question.modules.includes(meta.id))
          add(
            file,
            field,
            `names ${id}, a question of module ${question.modules.join(', ')}, not of module ${meta.id}`,
          );
        if (seen.has(id)) add(file, field, `names ${id}, already asked in "${seen.get(id)}"`);
        seen.set(id, section);
      });
    }
  }
  // Question ids are the same in both languages, so the two lessons of a module ask the same checkpoints.
  for (const en of set.lessons.filter((lesson) => lesson.meta.lang === 'en')) {
    const es = set.lessons.find((lesson) => lesson.meta.lang === 'es' && lesson.meta.id === en.meta.id);
    if (es && mappingText(es.meta.checkpoints) !== mappingText(en.meta.checkpoints))
      add(en.file, 'checkpoints', `must map the same questions to the same sections as the Spanish lesson ${es.file}`);
  }
}
