// What the lesson reader is given: the lesson, where the learner was, and the checkpoint's bank and store.
import type { CheckpointMap } from '../../core/checkpoints.js';
import type { LessonProgress } from '../../core/progress.js';
import type { BankQuestion } from '../../core/quiz.js';
import type { Lang, ModuleId } from '../../core/types.js';
import type { Messages } from '../../i18n/index.js';
import type { State } from '../../state/schema.js';
import type { Block } from '../markdown/types.js';

export interface LessonReaderProps {
  t: Messages;
  lang: Lang;
  moduleId: ModuleId;
  title: string;
  /** The lesson's Markdown, lexed and highlighted (markdown/prepare.ts); the reader wraps it. */
  blocks: readonly Block[];
  saved: LessonProgress | undefined;
  /** Called (debounced, and when leaving) with the position to keep. */
  onSave: (progress: Omit<LessonProgress, 'updatedAt'>) => void;
  /** The table of contents is open: "b" closes it instead of leaving the lesson. */
  onCaptureBack: (capture: boolean) => void;
  /** The search field is open: letters are text, not the app's shortcuts. */
  onEditing?: ((editing: boolean) => void) | undefined;
  active: boolean;
  /** The question banks and the lesson's mapping: the checkpoints at the end of its sections. */
  bank?: readonly BankQuestion[] | undefined;
  checkpoints?: CheckpointMap | undefined;
  /** Sections whose checkpoint was passed (from the store): marked in the contents, not asked again. */
  passed?: readonly number[] | undefined;
  /** Applies a change to the store (checkpoint answers). */
  update?: ((change: (state: State) => State) => void) | undefined;
  clock?: () => number;
  /** Seeds the order of a checkpoint's options (the clock otherwise). */
  seed?: number | undefined;
}
