// How a module's progress changes: opened, its lesson read, its checker run, forgotten.
import type { LessonProgress } from '../../core/progress.js';
import type { ModuleId } from '../../core/types.js';
import type { State } from '../schema.js';

type Progress = NonNullable<State['modules'][ModuleId]>;

const withModule = (state: State, id: ModuleId, change: (progress: Progress) => Progress): State => ({
  ...state,
  modules: { ...state.modules, [id]: change(state.modules[id] ?? {}) },
});

/** The module "Continue" returns to. */
export function focusModule(state: State, id: ModuleId): State {
  return { ...state, lastModule: id };
}

/** Opening a module starts it (the first time) and makes it the one "Continue" returns to. */
export function startModule(state: State, id: ModuleId, now: Date): State {
  return withModule(focusModule(state, id), id, (progress) => ({
    ...progress,
    startedAt: progress.startedAt ?? now.toISOString(),
  }));
}

/** Where the reader is in the lesson and which sections were reached; reading starts the module. */
export function saveLessonPosition(
  state: State,
  id: ModuleId,
  lesson: Omit<LessonProgress, 'updatedAt'>,
  now: Date,
): State {
  const at = now.toISOString();
  return withModule(focusModule(state, id), id, (progress) => ({
    ...progress,
    startedAt: progress.startedAt ?? at,
    lesson: { ...lesson, updatedAt: at },
  }));
}

/** What the store keeps of a check run (the engine's result has more). */
export interface CheckRun {
  module: ModuleId;
  score: number;
  /** The run's own verdict: the pass mark reached with enough of the points verified here. */
  passed: boolean;
}

const HISTORY_LIMIT = 50;

/**
 * The store after a check: the run appended to history with its own verdict, the best score kept,
 * and `passed` once any run has passed. Home judges a module by its last run (core/progress.ts).
 */
export function recordCheck(state: State, run: CheckRun, now: Date): State {
  const at = now.toISOString();
  return withModule(state, run.module, (progress) => {
    const best = Math.max(progress.check?.best ?? 0, run.score);
    const history = [...(progress.check?.history ?? []), { at, score: run.score, passed: run.passed }].slice(
      -HISTORY_LIMIT,
    );
    return {
      ...progress,
      startedAt: progress.startedAt ?? at,
      check: { best, passed: Boolean(progress.check?.passed) || run.passed, history },
    };
  });
}

/** `reset --module NN`: the module's progress is forgotten; the profile and practice history stay. */
export function resetModule(state: State, id: ModuleId): State {
  const modules = { ...state.modules };
  delete modules[id];
  const next: State = { ...state, modules };
  if (next.lastModule === id) delete next.lastModule;
  return next;
}

/** `reset --all`: every module's progress is forgotten; the profile and practice history stay. */
export function resetAllModules(state: State): State {
  const next: State = { ...state, modules: {} };
  delete next.lastModule;
  return next;
}
