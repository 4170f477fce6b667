// Progress folders for the bench: a learner in week 2 with 200 answered questions (quizzes, drills
// and review cards), so the stats screen and start-up read a store of realistic size.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

interface BankQuestion {
  id: string;
  topic: string;
}

export function busyHome(root: string, answered = 200): string {
  const dir = mkdtempSync(join(tmpdir(), 'mlops-bench-'));
  const bank = JSON.parse(readFileSync(join(root, 'src/generated/questions.json'), 'utf8')) as BankQuestion[];
  const day = (offset: number) => new Date(Date.UTC(2026, 10, 2 + (offset % 20), 9, offset % 60)).toISOString();
  const questions: Record<string, unknown> = {};
  const cards: Record<string, unknown> = {};
  // 225 questions in the banks: the first 200, some answered twice, every third one missed.
  bank.slice(0, answered).forEach((question, index) => {
    const history = [
      { at: day(index), score: index % 3 === 0 ? 0 : 1, mode: index % 2 ? 'quiz' : 'drill', ms: 20_000 + index * 37 },
    ];
    if (index % 4 === 0) history.push({ at: day(index + 3), score: 1, mode: 'review', ms: 15_000 });
    questions[question.id] = { topic: question.topic, history };
    if (index % 3 === 0)
      cards[question.id] = {
        due: day(index + 5),
        stability: 2.5,
        difficulty: 5.1,
        elapsed_days: 1,
        scheduled_days: 3,
        learning_steps: 0,
        reps: 1,
        lapses: 1,
        state: 2,
        last_review: day(index),
      };
  });
  const ids = Object.keys(questions);
  const quizzes = Array.from({ length: 12 }, (_, index) => ({
    at: day(index),
    module: String(index % 3).padStart(2, '0'),
    score: 60 + index,
    total: 10,
    questionIds: ids.slice(index * 10, index * 10 + 10),
  }));
  const drills = Array.from({ length: 4 }, (_, index) => ({
    id: `bench-${index}`,
    level: 'junior',
    startedAt: day(index),
    endedAt: day(index),
    status: 'finished',
    count: 10,
    minutes: 15,
    questionIds: ids.slice(120 + index * 10, 130 + index * 10),
    answers: ids
      .slice(120 + index * 10, 130 + index * 10)
      .map((questionId, n) => ({ questionId, score: n % 3 ? 1 : 0, ms: 30_000 })),
    score: 70,
  }));
  const profile = {
    language: 'en',
    startDate: '2026-11-02',
    paceWeeks: 8,
    workspace: tmpdir(),
    createdAt: '2026-11-02T09:00:00.000Z',
  };
  const modules = {
    '00': { startedAt: day(0), lesson: { position: 10, sectionsRead: [0, 1], read: false, updatedAt: day(1) } },
  };
  writeFileSync(
    join(dir, 'state.json'),
    JSON.stringify({ schemaVersion: 2, profile, modules, lastModule: '00', quizzes, questions, drills, cards }),
  );
  return dir;
}
