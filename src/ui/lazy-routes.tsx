// Screens that are chunks of their own, loaded on first use so the home screen starts without them.
import type { BankQuestion } from '../core/quiz.js';
import type { Lang, ModuleId } from '../core/types.js';
import type { LessonText } from '../content/lessons.js';
import type { Messages } from '../i18n/index.js';
import type { State } from '../state/schema.js';
import { useLazy } from './hooks/use-lazy.js';
import type { PracticeRouteProps } from './practice/practice-route.js';
import { Help } from './screens/help.js';
import type { LessonReaderProps } from './screens/lesson-reader.js';

export interface LessonRouteProps {
  id: ModuleId;
  lang: Lang;
  t: Messages;
  lessons: (id: ModuleId, lang: Lang) => Promise<LessonText | undefined>;
  saved: LessonReaderProps['saved'];
  onSave: LessonReaderProps['onSave'];
  onCaptureBack: (capture: boolean) => void;
  onEditing: (editing: boolean) => void;
  /** Sections whose checkpoint was passed. */
  passed: readonly number[] | undefined;
  /** The banks the checkpoints draw from. */
  questions: () => Promise<readonly BankQuestion[]>;
  update: (change: (state: State) => State) => void;
  clock: () => number;
  seed: number | undefined;
}

type LoadedLesson = {
  lesson: LessonText | undefined;
  blocks: LessonText['blocks'];
  Reader: typeof import('./screens/lesson-reader.js').LessonReader;
  bank: readonly BankQuestion[];
};
/** The lessons opened in this session, per loader (tests pass their own), so a lesson opens again at once. */
const openedLessons = new WeakMap<LessonRouteProps['lessons'], Map<string, LoadedLesson>>();
let practiceChunk: typeof import('./practice/practice-route.js') | undefined;

/**
 * The lesson text, the reader (with its Markdown parser and highlighter) and the banks of its
 * checkpoints, all separate chunks.
 */
export function LessonRoute({
  id,
  lang,
  t,
  lessons,
  saved,
  onSave,
  onCaptureBack,
  onEditing,
  passed,
  questions,
  update,
  clock,
  seed,
}: LessonRouteProps) {
  const opened = openedLessons.get(lessons) ?? new Map<string, LoadedLesson>();
  openedLessons.set(lessons, opened);
  const loaded = useLazy(
    async () => {
      // Without the banks the lesson still opens, with no checkpoints.
      const bank = questions().catch((): readonly BankQuestion[] => []);
      const [lesson, module, questionBank] = await Promise.all([
        lessons(id, lang),
        import('./screens/lesson-reader.js'),
        bank,
      ]);
      // The build prepares every lesson; only a lesson from elsewhere (tests) loads marked and highlight.js.
      const blocks = lesson && (lesson.blocks ?? (await import('./markdown/prepare.js')).prepareMarkdown(lesson.body));
      const value: LoadedLesson = { lesson, blocks, Reader: module.LessonReader, bank: questionBank };
      if (lesson) opened.set(`${lang}-${id}`, value);
      return value;
    },
    [id, lang],
    () => opened.get(`${lang}-${id}`),
  );
  if (loaded === undefined) return null;
  if (loaded === null || !loaded.lesson) return <Help t={t} notice={t.lesson.missing(id)} />;
  const { Reader, lesson, blocks, bank } = loaded;
  return (
    <Reader
      t={t}
      lang={lang}
      moduleId={id}
      title={lesson.title}
      blocks={blocks ?? []}
      saved={saved}
      onSave={onSave}
      onCaptureBack={onCaptureBack}
      onEditing={onEditing}
      active
      bank={bank}
      checkpoints={lesson.checkpoints}
      passed={passed}
      update={update}
      clock={clock}
      seed={seed}
    />
  );
}

/** The practice chunk: screens, question banks, scheduler. */
export function PracticeLoader(props: PracticeRouteProps) {
  const loaded = useLazy(
    async () => (practiceChunk = await import('./practice/practice-route.js')),
    [],
    () => practiceChunk,
  );
  if (!loaded) return null;
  const Screen = loaded.PracticeRoute;
  return <Screen {...props} />;
}
