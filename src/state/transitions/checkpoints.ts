// How a checkpoint answered in the lesson reader changes the store: a pure (state, …, now) → state
// function like the quiz's. The answer is a quiz answer for history and review (same recordAnswer);
// the section is marked passed when its checkpoint was answered fully right.
import type { BankQuestion } from '../../core/quiz.js';
import type { ModuleId } from '../../core/types.js';
import { recordAnswer } from './practice.js';
import type { State } from '../schema.js';

export interface CheckpointAnswer {
  module: ModuleId;
  /** Index of the level-2 section the checkpoint closes. */
  section: number;
  question: BankQuestion;
  score: number;
  ms: number;
  /** This was the checkpoint's last question and every one of them was fully right. */
  passes: boolean;
}

export function recordCheckpointAnswer(state: State, answer: CheckpointAnswer, now: Date): State {
  const answered = recordAnswer(state, {
    question: answer.question,
    score: answer.score,
    ms: answer.ms,
    mode: 'quiz',
    now,
  });
  if (!answer.passes) return answered;
  const module = answered.modules[answer.module] ?? {};
  const passed = [...new Set([...(module.checkpoints?.passed ?? []), answer.section])].sort((a, b) => a - b);
  return {
    ...answered,
    modules: {
      ...answered.modules,
      [answer.module]: {
        ...module,
        startedAt: module.startedAt ?? now.toISOString(),
        checkpoints: { passed, updatedAt: now.toISOString() },
      },
    },
  };
}
