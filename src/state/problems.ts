// Store problems as plain data, without the store itself: the command bundles (check, the interface)
// tell a save failure from any other error through this small module instead of bundling the store.

/**
 * Why the store cannot be used or a change was not saved. The first group is input the learner fixes
 * before running again (exit 2); the second happens while saving (exit 3: what was printed stands,
 * it was not kept).
 */
export type StoreProblem =
  | { reason: 'not-a-folder'; path: string }
  | { reason: 'unwritable'; path: string }
  | { reason: 'not-a-file'; path: string }
  | { reason: 'future-version'; version: number }
  | { reason: 'locked'; path: string; holder: number | undefined }
  | { reason: 'no-space'; path: string }
  | { reason: 'read-only'; path: string }
  | { reason: 'write-failed'; path: string; code: string };

export const SAVE_FAILURES: ReadonlySet<StoreProblem['reason']> = new Set([
  'locked',
  'no-space',
  'read-only',
  'write-failed',
]);
/** The exit code of a command whose result was shown but could not be saved. */
export const EXIT_NOT_SAVED = 3;

/** A StoreError from any bundle (the tools bundles carry their own copy of the class). */
export function storeProblemOf(error: unknown): StoreProblem | undefined {
  const problem = (error as { storeProblem?: StoreProblem } | undefined)?.storeProblem;
  return problem && typeof problem.reason === 'string' ? problem : undefined;
}

export function isSaveFailure(error: unknown): boolean {
  const problem = storeProblemOf(error);
  return problem !== undefined && SAVE_FAILURES.has(problem.reason);
}
