// What the check screen needs from the check engine. The real one (check-session.ts) is a chunk of
// its own, loaded on first use; tests hand the screen a fake one, so its UI tests need no Python.
import type { PlanError } from '../checks/plan.js';
import type { CheckEvent, CheckResult } from '../checks/runner.js';
import type { WaitOptions } from '../checks/watch.js';
import type { Lang, ModuleId, Rubric } from '../core/types.js';

export type { CheckEvent, CheckResult, PlanError };

export interface CheckTarget {
  id: ModuleId;
  workspace: string;
  python: string | undefined;
  /** Where the engine records the processes it starts (the state folder's running/). */
  recordDir?: string | undefined;
}

export interface PreparedCheck {
  title: Record<Lang, string>;
  dir: string;
  python: string | undefined;
  items: { id: string; title: string; points: number }[];
  /** One run; aborting the signal stops it and kills every process it started. */
  run: (onEvent: (event: CheckEvent) => void, signal: AbortSignal) => Promise<CheckResult>;
}

export interface CheckEngine {
  prepareCheck(
    target: CheckTarget,
    rubric: Rubric,
    lang: Lang,
  ): PreparedCheck | PlanError | Promise<PreparedCheck | PlanError>;
  /** Resolves with the files saved under `dirs`, or "stop" when the signal aborts (watch mode). */
  waitForChange(dirs: readonly string[], options: WaitOptions): Promise<string[] | 'stop'>;
}
