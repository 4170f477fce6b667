// Errors that end a command with one sentence and an exit code, never a stack trace.
import type { Messages } from '../i18n/index.js';
import { saveFailureReason } from '../state/problem-text.js';
import { isSaveFailure, storeProblemOf } from '../state/problems.js';
import { visible } from '../visible.js';

// Re-exported so commands keep one place to import their error sentences from.
export { recoveryNoticeText, saveFailureReason, storeProblemMessage } from '../state/problem-text.js';
export { visible } from '../visible.js';

export class UsageError extends Error {
  readonly exitCode = 2;
}

/** An error that ends the command with its one sentence (UsageError, StoreError), from any bundle. */
export function isExpected(error: unknown): error is Error & { exitCode: number } {
  return error instanceof Error && typeof (error as { exitCode?: unknown }).exitCode === 'number';
}

/**
 * Runs a save; when it fails for a reason the learner cannot fix mid-command (disk full, lock held,
 * read-only), returns the one sentence saying the result was not saved instead of throwing.
 */
export function saveResult(ctx: { t: Messages }, save: () => unknown): string | undefined {
  try {
    save();
    return undefined;
  } catch (error) {
    const problem = storeProblemOf(error);
    if (!problem || !isSaveFailure(error)) throw error;
    return visible(ctx.t.store.resultNotSaved(saveFailureReason(problem, ctx.t)));
  }
}
