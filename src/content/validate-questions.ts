// Cross-file rules of the question banks: sizes and topic counts of the interview banks, the share of
// open and auto-graded questions, answer positions, duplicates, and the questions each module quiz has.
import { LANGS, LEVELS, MODULE_IDS, type Level } from '../core/types.js';
import type { ContentIssue } from './issues.js';
import type { ContentSet } from './load.js';
import { BANK_SIZES, TOPICS, type Question } from './schemas.js';
import { MIN_AUTO_PER_MODULE } from './validate.js';

const MAX_SHARE_OF_ONE_POSITION = 0.4;
/** Longest unbroken run of characters a prompt may hold and still wrap at 60 columns. */
const MAX_UNBROKEN = 56;

const normalise = (text: string) =>
  text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

export function checkQuestions(set: ContentSet, issues: ContentIssue[]): void {
  const fileOf = (question: Question) => set.questionFiles.get(question.id) ?? 'quizzes/';
  const add = (question: Question, field: string, message: string) =>
    issues.push({
      file: fileOf(question),
      field: `${question.id}${field ? '.' + field : ''}`,
      message,
      severity: 'error',
    });

  const ids = new Map<string, Question>();
  const prompts = new Map<string, Question>();
  for (const question of set.questions) {
    const seen = ids.get(question.id);
    if (seen) add(question, '', `duplicates the id of a question in ${fileOf(seen)}`);
    ids.set(question.id, question);
    for (const lang of LANGS) {
      const key = `${lang}:${normalise(question.prompt[lang])}`;
      const same = prompts.get(key);
      if (same && same !== question) add(question, `prompt.${lang}`, `repeats the prompt of ${same.id}`);
      prompts.set(key, question);
      const longest = question.prompt[lang].split(/\s+/).reduce((max, word) => Math.max(max, [...word].length), 0);
      if (longest > MAX_UNBROKEN)
        add(question, `prompt.${lang}`, `has a ${longest}-character unbroken run that cannot wrap at 60 columns`);
    }
    const topics: Record<string, number> = TOPICS[question.level];
    if (!(question.topic in topics))
      add(
        question,
        'topic',
        `"${question.topic}" is not a ${question.level} topic (${Object.keys(topics).join(', ')})`,
      );
  }

  for (const level of LEVELS)
    checkBank(
      level,
      set.questions.filter((q) => q.level === level && !q.practice),
      issues,
    );

  // Module quizzes draw 10 auto-graded questions: every module needs that many once the banks are complete.
  const complete = LEVELS.every(
    (level) => set.questions.filter((q) => q.level === level && !q.practice).length === BANK_SIZES[level],
  );
  const perModule = autoGradedByModule(set.questions);
  for (const id of MODULE_IDS) {
    if ((perModule[id] ?? 0) < MIN_AUTO_PER_MODULE)
      issues.push({
        file: 'quizzes/',
        field: `modules.${id}`,
        message: `has ${perModule[id] ?? 0} auto-graded questions, a module quiz needs ${MIN_AUTO_PER_MODULE}`,
        severity: complete ? 'error' : 'warning',
      });
  }
}

function checkBank(level: Level, questions: Question[], issues: ContentIssue[]): void {
  const file = `quizzes/ (${level})`;
  const add = (field: string, message: string, severity: ContentIssue['severity'] = 'error') =>
    issues.push({ file, field, message, severity });
  if (questions.length === 0) {
    add('questions', `the ${level} bank has no questions yet`, 'warning');
    return;
  }
  if (questions.length !== BANK_SIZES[level])
    add('questions', `has ${questions.length} questions, the ${level} bank must have exactly ${BANK_SIZES[level]}`);
  for (const [topic, wanted] of Object.entries(TOPICS[level])) {
    const count = questions.filter((q) => q.topic === topic).length;
    if (count !== wanted) add(`topic.${topic}`, `has ${count} questions, expected ${wanted}`);
  }
  const auto = questions.filter((q) => q.type !== 'open').length;
  const open = questions.length - auto;
  if (auto / questions.length < 0.6)
    add('type', `${auto} of ${questions.length} are auto-graded, at least 60 % must be`);
  if (open / questions.length < 0.25) add('type', `${open} of ${questions.length} are open, at least 25 % must be`);
  const singles = questions.filter((q) => q.type === 'single');
  const positions = [0, 1, 2, 3].map(
    (position) => singles.filter((q) => q.type === 'single' && q.answer[0] === position).length,
  );
  positions.forEach((count, position) => {
    if (singles.length >= 8 && count / singles.length > MAX_SHARE_OF_ONE_POSITION)
      add(
        'answer',
        `option ${position + 1} is the answer of ${count} of ${singles.length} single-answer questions (more than 40 %)`,
      );
  });
  if (level !== 'junior')
    for (const q of questions)
      if (!q.refs?.length)
        issues.push({
          file,
          field: `${q.id}.refs`,
          message: 'has no link to official documentation',
          severity: 'warning',
        });
}

export function autoGradedByModule(questions: Question[]): Record<string, number> {
  const counts: Record<string, number> = Object.fromEntries(MODULE_IDS.map((id) => [id, 0]));
  for (const q of questions) if (q.type !== 'open') for (const id of q.modules) counts[id] = (counts[id] ?? 0) + 1;
  return counts;
}
