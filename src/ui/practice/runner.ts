// The state of a question run on screen — session, cursor, marks, phase — as one reducer, so fast
// keys always act on the latest state. Time arrives inside the actions (the caller's clock).
import type { Response } from '../../core/quiz.js';
import { abandon, answer, tick, type Session } from '../../core/session.js';

export type Phase = 'answer' | 'notes' | 'reveal' | 'feedback' | 'confirm-quit' | 'done';

export interface RunnerState {
  session: Session;
  /** Show each answer's verdict before the next question (quiz, review); a drill goes straight on. */
  feedback: boolean;
  phase: Phase;
  /** The phase to return to when the learner does not confirm quitting. */
  before: Phase;
  cursor: number;
  marks: number[];
  notes: string;
  /** Index of the question whose feedback is shown. */
  shown: number;
}

export type RunnerAction =
  | { type: 'move'; delta: number }
  | { type: 'toggle'; index?: number }
  | { type: 'submit'; now: number }
  | { type: 'digit'; digit: number; now: number }
  | { type: 'notes' }
  | { type: 'type'; text: string }
  | { type: 'erase' }
  | { type: 'next'; now: number }
  | { type: 'tick'; now: number }
  | { type: 'ask-quit' }
  | { type: 'quit'; confirm: boolean; now: number };

export function initialRunner(session: Session, feedback: boolean): RunnerState {
  return {
    session,
    feedback,
    phase: session.status === 'running' ? 'answer' : 'done',
    before: 'answer',
    cursor: 0,
    marks: [],
    notes: '',
    shown: 0,
  };
}

const fresh = { cursor: 0, marks: [] as number[], notes: '' };

function submit(state: RunnerState, response: Response, now: number): RunnerState {
  const index = state.session.index;
  const session = answer(state.session, response, now);
  if (session === state.session) return state;
  const ended = session.status !== 'running';
  // A time-out that arrives with the answer ends the run without taking it.
  if (session.answers[index] === undefined) return { ...state, session, phase: 'done' };
  if (state.feedback) return { ...state, ...fresh, session, phase: 'feedback', shown: index };
  return { ...state, ...fresh, session, phase: ended ? 'done' : 'answer' };
}

function optionCount(state: RunnerState): number {
  const drawn = state.session.questions[state.session.index];
  if (!drawn) return 0;
  return state.phase === 'reveal' ? (drawn.question.keyPoints?.length ?? 0) : drawn.order.length;
}

export function runnerReducer(state: RunnerState, action: RunnerAction): RunnerState {
  const drawn = state.session.questions[state.session.index];
  const type = drawn?.question.type;
  switch (action.type) {
    case 'tick': {
      const session = tick(state.session, action.now);
      return session === state.session ? state : { ...state, session, phase: 'done' };
    }
    case 'ask-quit':
      return state.phase === 'done' || state.phase === 'confirm-quit'
        ? state
        : { ...state, before: state.phase, phase: 'confirm-quit' };
    case 'quit':
      if (state.phase !== 'confirm-quit') return state;
      return action.confirm
        ? { ...state, session: abandon(state.session, action.now), phase: 'done' }
        : { ...state, phase: state.before };
    case 'next':
      if (state.phase !== 'feedback') return state;
      if (state.session.status !== 'running') return { ...state, phase: 'done' };
      // The time spent reading feedback is not the next question's time.
      return { ...state, phase: 'answer', session: { ...state.session, questionStartedAt: action.now } };
    default:
      break;
  }
  if (state.session.status !== 'running' || !drawn) return state;
  switch (action.type) {
    case 'move': {
      if (state.phase !== 'answer' && state.phase !== 'reveal') return state;
      const count = optionCount(state);
      return count ? { ...state, cursor: Math.max(0, Math.min(count - 1, state.cursor + action.delta)) } : state;
    }
    case 'toggle': {
      const target = action.index ?? state.cursor;
      if (
        !((state.phase === 'answer' && type === 'multi') || state.phase === 'reveal') ||
        target < 0 ||
        target >= optionCount(state)
      )
        return state;
      const marks = state.marks.includes(target)
        ? state.marks.filter((mark) => mark !== target)
        : [...state.marks, target].sort((a, b) => a - b);
      return { ...state, marks };
    }
    case 'digit': {
      if (state.phase === 'answer' && type === 'single' && action.digit >= 1 && action.digit <= drawn.order.length)
        return submit({ ...state, cursor: action.digit - 1 }, { kind: 'single', choice: action.digit - 1 }, action.now);
      if ((state.phase === 'answer' && type === 'multi') || state.phase === 'reveal')
        return runnerReducer({ ...state, cursor: action.digit - 1 }, { type: 'toggle', index: action.digit - 1 });
      return state;
    }
    case 'submit':
      if (state.phase === 'answer' && type === 'single')
        return submit(state, { kind: 'single', choice: state.cursor }, action.now);
      if (state.phase === 'answer' && type === 'multi')
        return state.marks.length ? submit(state, { kind: 'multi', choices: state.marks }, action.now) : state;
      if ((state.phase === 'answer' || state.phase === 'notes') && type === 'open')
        return { ...state, phase: state.phase === 'notes' ? 'answer' : 'reveal', cursor: 0, marks: [] };
      if (state.phase === 'reveal')
        return submit(state, { kind: 'open', ticked: state.marks, notes: state.notes || undefined }, action.now);
      return state;
    case 'notes':
      return state.phase === 'answer' && type === 'open' ? { ...state, phase: 'notes' } : state;
    case 'type':
      return state.phase === 'notes' ? { ...state, notes: (state.notes + action.text).slice(0, 2000) } : state;
    case 'erase':
      return state.phase === 'notes' ? { ...state, notes: state.notes.slice(0, -1) } : state;
  }
  return state;
}
