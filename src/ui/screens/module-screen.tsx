import { join } from 'node:path';
import { useMemo } from 'react';
import { checkScores, LESSON_SECTION_COUNT, type ModuleProgress } from '../../core/progress.js';
import type { Lang, SyllabusModule } from '../../core/types.js';
import type { Messages } from '../../i18n/index.js';
import { Pager } from '../components/pager.js';
import { Frame } from '../components/frame.js';
import { useKeys } from '../hooks/use-keys.js';
import { moduleKeyToAction } from '../keys/module.js';
import { useTerminalSize } from '../hooks/use-terminal-size.js';
import { wrapText } from '../layout.js';

export interface ModuleScreenProps {
  t: Messages;
  lang: Lang;
  module: SyllabusModule;
  week: number;
  workspace: string;
  progress: ModuleProgress | undefined;
  active: boolean;
  onOpenLesson?: () => void;
  /** Opens the checker screen; absent for modules without a checker yet. */
  onOpenCheck?: (() => void) | undefined;
  /** Opens the module's quiz (`z`). */
  onOpenQuiz?: (() => void) | undefined;
}

interface Line {
  text: string;
  bold?: boolean;
  dim?: boolean;
}

/** The module's page as wrapped lines, so it can scroll at any terminal size. */
export function moduleLines(
  props: Omit<ModuleScreenProps, 'active' | 'onOpenLesson' | 'onOpenCheck' | 'onOpenQuiz'>,
  width: number,
): Line[] {
  const { t, lang, module, week, workspace, progress } = props;
  const lesson = progress?.lesson;
  const lessonState = lesson?.read
    ? t.lesson.read
    : lesson
      ? t.lesson.status(`${lesson.sectionsRead.length}/${LESSON_SECTION_COUNT}`)
      : '';
  const quizState = progress?.quiz ? t.practice.quiz.status(progress.quiz.best, progress.quiz.passed) : '';
  const lines: Line[] = [
    { text: [t.module.meta(week, module.durationDays), lessonState, quizState].filter(Boolean).join(' · '), dim: true },
  ];
  const section = (title: string, items: string[]) => {
    lines.push({ text: '' }, { text: title, bold: true });
    for (const item of items) for (const text of wrapText(`• ${item}`, width, '  ')) lines.push({ text });
  };
  section(
    t.module.objectives,
    module.objectives.map((item) => item[lang]),
  );
  section(
    t.module.deliverables,
    module.deliverables.map((item) => item[lang]),
  );
  section(t.module.miniProject, [
    module.miniProject[lang],
    t.module.folder(join(workspace, `${module.id}-${module.slug}`)),
  ]);
  section(t.module.validate, [
    module.validate[lang],
    ...(checkScores(progress?.check)
      ? [t.module.checkScore(checkScores(progress?.check)!.last, checkScores(progress?.check)!.best)]
      : []),
  ]);
  return lines;
}

export function ModuleScreen(props: ModuleScreenProps) {
  const { t, module, active } = props;
  const { columns, rows } = useTerminalSize();
  const width = Math.max(20, Math.min(columns, 100));
  // Rebuilt when what the page shows changes, not on every render of its parent.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const lines = useMemo(() => moduleLines(props, width), [props.module, props.lang, props.progress, width]);
  const height = Math.max(3, rows - 5);
  const scrolls = lines.length > height;
  useKeys((input) => {
    const action = moduleKeyToAction(input);
    if (action === 'lesson') props.onOpenLesson?.();
    else if (action === 'check') props.onOpenCheck?.();
    else if (action === 'quiz') props.onOpenQuiz?.();
  }, active);
  const hints = [
    t.lesson.open,
    ...(props.onOpenQuiz ? [t.practice.quiz.key] : []),
    ...(props.onOpenCheck ? [t.module.checkKey] : []),
    ...(scrolls ? [t.keys.more] : []),
    t.keys.back,
    t.keys.help,
    t.keys.quit,
  ];
  return (
    <Frame title={t.module.title(module.id, module.title[props.lang])} hints={hints}>
      <Pager
        lines={lines.map((line) => (line.text ? [{ text: line.text, bold: line.bold, dim: line.dim }] : []))}
        height={height}
        active={active}
        moreLabel={t.keys.moreLines}
      />
    </Frame>
  );
}
