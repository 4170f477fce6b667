// The weekly plan and the "0 → Senior/Staff" route, as scrollable pages.
import type { Lang, ModuleId, Plan, Syllabus } from '../../core/types.js';
import type { Messages } from '../../i18n/index.js';
import { Frame } from '../components/frame.js';
import { Pager } from '../components/pager.js';
import { useKeys } from '../hooks/use-keys.js';
import { planKeyToAction } from '../keys/plan.js';
import { useTerminalSize } from '../hooks/use-terminal-size.js';
import { wrapSegments } from '../markdown/wrap.js';
import type { Segment } from '../markdown/types.js';

export function planLines(
  t: Messages,
  lang: Lang,
  syllabus: Syllabus,
  plan: Plan,
  currentWeek: number,
  width: number,
): Segment[][] {
  const lines: Segment[][] = [];
  const title = (id: ModuleId) => syllabus.modules.find((module) => module.id === id)!;
  plan.weeks.forEach((week, index) => {
    const number = index + 1;
    const days = week.modules.reduce((sum, id) => sum + title(id).durationDays, 0);
    if (lines.length) lines.push([]);
    const heading = `${t.home.weekHeading(number)}${number === currentWeek ? ` ${t.plan.now}` : ''}`;
    lines.push([
      { text: heading, bold: true, color: number === currentWeek ? 'cyan' : undefined },
      { text: `  ${t.plan.drill(t.levels[week.drill])}`, dim: true },
    ]);
    if (week.interview)
      lines.push(...wrapSegments([{ text: t.plan.interview(t.levels[week.drill]) }], width, [{ text: '  ' }]));
    for (const id of week.modules) {
      const module = title(id);
      lines.push(
        ...wrapSegments(
          [
            { text: `${id} ${module.title[lang]}`, bold: true },
            { text: ` · ${t.plan.days(module.durationDays)}`, dim: true },
          ],
          width,
          [{ text: '  ' }],
          [{ text: '     ' }],
        ),
      );
      lines.push(...wrapSegments([{ text: module.miniProject[lang] }], width, [{ text: '     ' }]));
    }
    if (week.modules.length > 1) lines.push([{ text: `  ${t.plan.total(days)}`, dim: true }]);
  });
  return lines;
}

export function routeLines(t: Messages, lang: Lang, syllabus: Syllabus, width: number): Segment[][] {
  const lines: Segment[][] = [...wrapSegments([{ text: t.route.intro, dim: true }], width)];
  for (const macro of syllabus.route) {
    lines.push([]);
    lines.push(...wrapSegments([{ text: `${macro.id} ${macro.title[lang]}`, bold: true, color: 'cyan' }], width));
    lines.push(
      ...wrapSegments([{ text: `${t.route.goal}: `, bold: true }, { text: macro.goal[lang] }], width, [{ text: '  ' }]),
    );
    lines.push(
      ...wrapSegments([{ text: `${t.route.includes}: `, bold: true }, { text: macro.includes[lang] }], width, [
        { text: '  ' },
      ]),
    );
    const related = macro.modules
      .map((id) => `${id} ${syllabus.modules.find((module) => module.id === id)!.title[lang]}`)
      .join(' · ');
    lines.push(
      ...wrapSegments([{ text: `${t.route.modules}: `, bold: true }, { text: related }], width, [{ text: '  ' }]),
    );
  }
  return lines;
}

interface ViewProps {
  t: Messages;
  lang: Lang;
  syllabus: Syllabus;
  active: boolean;
}

export function PlanScreen({
  t,
  lang,
  syllabus,
  plan,
  currentWeek,
  active,
  onOpenDeliverables,
}: ViewProps & { plan: Plan; currentWeek: number; onOpenDeliverables?: (() => void) | undefined }) {
  const { columns, rows } = useTerminalSize();
  const width = Math.max(20, Math.min(columns, 100));
  const lines = planLines(t, lang, syllabus, plan, currentWeek, width);
  // The plan leads to its end: the deliverables the weeks build.
  useKeys(
    (input) => {
      if (planKeyToAction(input) === 'deliverables') onOpenDeliverables?.();
    },
    active && Boolean(onOpenDeliverables),
  );
  return (
    <Frame
      title={`mlops-tutor · ${t.home.plan}`}
      context={t.plan.pace(plan.weeks.length)}
      hints={[t.lesson.scroll, ...(onOpenDeliverables ? [t.deliverables.planKey] : []), t.keys.back, t.keys.quit]}
    >
      <Pager lines={lines} height={Math.max(3, rows - 5)} active={active} />
    </Frame>
  );
}

export function RouteScreen({ t, lang, syllabus, active }: ViewProps) {
  const { columns, rows } = useTerminalSize();
  const width = Math.max(20, Math.min(columns, 100));
  return (
    <Frame title={`mlops-tutor · ${t.home.route}`} hints={[t.lesson.scroll, t.keys.back, t.keys.quit]}>
      <Pager lines={routeLines(t, lang, syllabus, width)} height={Math.max(3, rows - 5)} active={active} />
    </Frame>
  );
}
