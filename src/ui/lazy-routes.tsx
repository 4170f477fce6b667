// Screens that are chunks of their own, loaded on first use so the home screen starts without them.
import type { Lang, ModuleId } from '../core/types.js';
import type { LessonText } from '../content/lessons.js';
import type { Messages } from '../i18n/index.js';
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
}

/** The lesson text and the reader (with its Markdown parser and highlighter), both separate chunks. */
export function LessonRoute({ id, lang, t, lessons, saved, onSave, onCaptureBack, onEditing }: LessonRouteProps) {
  const loaded = useLazy(async () => {
    const [lesson, module] = await Promise.all([lessons(id, lang), import('./screens/lesson-reader.js')]);
    return { lesson, Reader: module.LessonReader };
  }, [id, lang]);
  if (loaded === undefined) return null;
  if (loaded === null || !loaded.lesson) return <Help t={t} notice={t.lesson.missing(id)} />;
  const { Reader, lesson } = loaded;
  return <Reader t={t} moduleId={id} title={lesson.title} body={lesson.body} saved={saved} onSave={onSave} onCaptureBack={onCaptureBack} onEditing={onEditing} active />;
}

/** The practice chunk: screens, question banks, scheduler. */
export function PracticeLoader(props: PracticeRouteProps) {
  const loaded = useLazy(() => import('./practice/practice-route.js'), []);
  if (!loaded) return null;
  const Screen = loaded.PracticeRoute;
  return <Screen {...props} />;
}
