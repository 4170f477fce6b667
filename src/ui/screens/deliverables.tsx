// The syllabus's final deliverables, each with the checker runs that evidence it and what to run next.
// Nothing here ticks a deliverable: the store's checker runs do (core/deliverables.ts).
import { deliverablesDone, type Deliverable, type DeliverableState } from '../../core/deliverables.js';
import type { Lang, ModuleId, Syllabus } from '../../core/types.js';
import type { Messages } from '../../i18n/index.js';
import { Frame } from '../components/frame.js';
import { Pager } from '../components/pager.js';
import { deliverableMark, evidenceText, plainMarks } from '../deliverables-text.js';
import { useKeys } from '../hooks/use-keys.js';
import { deliverablesKeyToAction } from '../keys/plan.js';
import { useTerminalSize } from '../hooks/use-terminal-size.js';
import { wrapSegments } from '../markdown/wrap.js';
import type { Segment } from '../markdown/types.js';

const STATE_COLOR: Readonly<Record<DeliverableState, string>> = { done: 'green', partial: 'yellow', missing: 'red' };

export interface DeliverablesProps {
  t: Messages;
  lang: Lang;
  syllabus: Syllabus;
  deliverables: readonly Deliverable[];
  active: boolean;
  /** `c`: the checker of the first module still missing. */
  onOpenCheck: (module: ModuleId) => void;
  /** Marks that read without colour or Unicode (NO_COLOR, TERM=dumb); from the environment by default. */
  ascii?: boolean | undefined;
}

/** The first module still missing across every deliverable, in the syllabus's order: what `c` opens. */
export function nextMissing(list: readonly Deliverable[]): ModuleId | undefined {
  return list.find((item) => item.missing.length > 0)?.missing[0];
}

export function deliverableLines(
  t: Messages,
  lang: Lang,
  syllabus: Syllabus,
  list: readonly Deliverable[],
  width: number,
  ascii: boolean,
): Segment[][] {
  const d = t.deliverables;
  const title = (id: ModuleId) => syllabus.modules.find((module) => module.id === id)?.title[lang] ?? id;
  const lines: Segment[][] = [...wrapSegments([{ text: d.intro, dim: true }], width)];
  for (const item of list) {
    const color = STATE_COLOR[item.state];
    lines.push([]);
    lines.push(
      ...wrapSegments(
        [
          { text: d.names[item.id], bold: true },
          { text: ` · ${d.state[item.state]}`, color },
        ],
        width,
        [{ text: `${deliverableMark(item.state, ascii)} `, color, bold: true }],
        [{ text: '    ' }],
      ),
    );
    for (const evidence of item.evidence)
      lines.push(
        ...wrapSegments(
          [
            {
              text: evidenceText(t, evidence, title(evidence.module), ascii),
              color: evidence.passed ? 'green' : undefined,
              dim: evidence.last === null,
            },
          ],
          width,
          [{ text: '    ' }],
        ),
      );
    const note = d.notes[item.id];
    if (note) lines.push(...wrapSegments([{ text: note, dim: true }], width, [{ text: '    ' }]));
    if (item.next) lines.push(...wrapSegments([{ text: d.next(item.next), color: 'cyan' }], width, [{ text: '    ' }]));
  }
  if (list.every((item) => item.state === 'done')) lines.push([], [{ text: d.allDone, color: 'green', bold: true }]);
  return lines;
}

export function DeliverablesScreen({
  t,
  lang,
  syllabus,
  deliverables,
  active,
  onOpenCheck,
  ascii = plainMarks(),
}: DeliverablesProps) {
  const { columns, rows } = useTerminalSize();
  const width = Math.max(20, Math.min(columns, 100));
  const next = nextMissing(deliverables);
  useKeys((input) => {
    if (deliverablesKeyToAction(input) === 'check' && next) onOpenCheck(next);
  }, active);
  const hints = [
    ...(next ? [t.deliverables.openNext(next)] : []),
    t.lesson.scroll,
    t.keys.back,
    t.keys.help,
    t.keys.quit,
  ];
  return (
    <Frame
      title={`mlops-tutor · ${t.deliverables.title}`}
      context={t.deliverables.summary(deliverablesDone(deliverables), deliverables.length)}
      hints={hints}
    >
      <Pager
        lines={deliverableLines(t, lang, syllabus, deliverables, width, ascii)}
        height={Math.max(3, rows - 5)}
        active={active}
        moreLabel={t.keys.moreLines}
      />
    </Frame>
  );
}
