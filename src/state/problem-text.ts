// Store problems and recovery notices as sentences in the learner's language. Here rather than in
// cli/ because the TUI says them too, and ui/ must not import cli/ (DESIGN §2).
import type { Messages } from '../i18n/index.js';
import type { StoreProblem } from './problems.js';
import type { RecoveryNotice } from './store.js';

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
