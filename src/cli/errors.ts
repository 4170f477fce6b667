// Errors that end a command with one sentence and an exit code, never a stack trace.
import type { Messages } from '../i18n/index.js';
import { isSaveFailure, storeProblemOf, type StoreProblem } from '../state/problems.js';
import type { RecoveryNotice } from '../state/store.js';

export class UsageError extends Error {
  readonly exitCode = 2;
}

/** An error that ends the command with its one sentence (UsageError, StoreError), from any bundle. */
export function isExpected(error: unknown): error is Error & { exitCode: number } {
  return error instanceof Error && typeof (error as { exitCode?: unknown }).exitCode === 'number';
}

/**
 * Makes every control character visible (`\n`, `\x1B`, `\u202E`…), so text that came from outside —
 * argv echoed in an error, a folder name — can neither drive the terminal nor split the one-line error.
 */
export function visible(text: string): string {
  // C0, DEL, C1, and the Unicode line separators and bidirectional overrides.
  return text.replace(/[\u0000-\u001F\u007F-\u009F\u2028\u2029\u200E\u200F\u202A-\u202E\u2066-\u2069]/g, (char) => {
    const named: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };
    if (named[char]) return named[char];
    const code = char.charCodeAt(0);
    return code <= 0xff ? `\\x${code.toString(16).toUpperCase().padStart(2, '0')}` : `\\u${code.toString(16).toUpperCase().padStart(4, '0')}`;
  });
}

/** Why a change was not saved, as the end of a sentence in the learner's language. */
export function saveFailureReason(problem: StoreProblem, t: Messages): string {
  switch (problem.reason) {
    case 'locked':
      return t.store.locked(problem.holder);
    case 'no-space':
      return t.store.noSpace(problem.path);
    case 'read-only':
    case 'unwritable':
      return t.store.readOnly(problem.path);
    case 'write-failed':
      return t.store.writeFailed(problem.path, problem.code);
    default:
      return storeProblemMessage(problem, t);
  }
}

/** A store problem as the one sentence a command ends with. */
export function storeProblemMessage(problem: StoreProblem, t: Messages): string {
  switch (problem.reason) {
    case 'not-a-folder':
      return t.store.notAFolder(problem.path);
    case 'unwritable':
      return t.store.unwritable(problem.path);
    case 'not-a-file':
      return t.store.notAFile(problem.path);
    case 'future-version':
      return t.store.futureVersion(problem.version);
    default:
      return t.store.changesNotSaved(saveFailureReason(problem, t));
  }
}

/** What opening the store found and did, for the learner: one sentence. */
export function recoveryNoticeText(notice: RecoveryNotice, path: string, t: Messages): string {
  if (!notice.movedTo) return t.notices.damagedKept(path);
  if (notice.why === 'repaired') return t.notices.repaired(notice.movedTo, notice.dropped);
  return t.notices.corrupt(notice.movedTo);
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
