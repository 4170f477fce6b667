// The pitch's setup: which project, for which interview level, how long; or the cards to review.
import { Box, Text } from 'ink';
import { useMemo, useRef, useState } from 'react';
import { PITCH_MINUTES } from '../../../core/pitch.js';
import { LEVELS, type Lang, type Level, type Syllabus } from '../../../core/types.js';
import type { PitchContent } from '../../../content/pitch.js';
import type { Messages } from '../../../i18n/index.js';
import type { State } from '../../../state/schema.js';
import { pitchHistory } from '../../../state/transitions/index.js';
import { Frame } from '../../components/frame.js';
import { LineField, useLineInput } from './line-input.js';
import { useKeys } from '../../hooks/use-keys.js';
import { pitchSetupKeyToAction } from '../../keys/pitch.js';
import { useTerminalSize } from '../../hooks/use-terminal-size.js';
import { truncate } from '../../layout.js';
import { prose, type Line } from '../lines.js';
import { bodyHeight } from '../question-run.js';
import { Viewport } from '../viewport.js';

export interface PitchOptions {
  project: string;
  level: Level;
  minutes: number;
}

export interface PitchSetupProps {
  t: Messages;
  lang: Lang;
  content: PitchContent;
  syllabus: Syllabus;
  data: State;
  initial: PitchOptions;
  active: boolean;
  onTyping: (typing: boolean) => void;
  onStart: (options: PitchOptions) => void;
  onCards: () => void;
  onBack: () => void;
  onQuit: () => void;
}

const FIELDS = 5;

/** The guide's projects, the modules whose check passed, the project typed last; then "other". */
export function projectChoices(content: PitchContent, syllabus: Syllabus, data: State, lang: Lang, current: string): string[] {
  const names = content.projects.map((project) => project.name[lang]);
  for (const module of syllabus.modules) if (data.modules[module.id]?.check?.passed) names.push(`${module.id} ${module.title[lang]}`);
  for (const entry of pitchHistory(data)) names.push(entry.project);
  names.push(current);
  return [...new Set(names.filter((name) => name.trim()))];
}

export function PitchSetup(props: PitchSetupProps) {
  const { t, lang } = props;
  const s = t.pitch.setup;
  const { columns, rows } = useTerminalSize();
  const width = Math.max(20, columns);
  const [options, setOptions] = useState(props.initial);
  const [field, setField] = useState(0);
  const choices = useMemo(() => [...projectChoices(props.content, props.syllabus, props.data, lang, options.project), s.other], [props.content, props.syllabus, props.data, lang, options.project, s.other]);
  const latest = useRef({ options, field });
  latest.current = { options, field };

  const name = useLineInput((typed) => {
    latest.current = { ...latest.current, options: { ...latest.current.options, project: typed } };
    setOptions((current) => ({ ...current, project: typed }));
  }, props.onTyping);
  const naming = name.value !== undefined;

  useKeys((input, key) => {
    if (name.handle(input, key)) return;
    const current = latest.current;
    const change = (next: PitchOptions) => {
      latest.current = { ...current, options: next };
      setOptions(next);
    };
    // Kept in the ref at once: keys typed fast arrive before the next render.
    const move = (to: number) => {
      latest.current = { ...current, field: to };
      setField(to);
    };
    const action = pitchSetupKeyToAction(input, key);
    if (action?.type === 'field') move(Math.max(0, Math.min(FIELDS - 1, current.field + action.delta)));
    else if (action?.type === 'cycle' && current.field < 3) {
      const step = action.step;
      const cycle = <T,>(list: readonly T[], value: T) => list[(list.indexOf(value) + step + list.length) % list.length]!;
      if (current.field === 0) {
        const next = cycle(choices, current.options.project);
        if (next === s.other) name.open();
        else change({ ...current.options, project: next });
      } else if (current.field === 1) change({ ...current.options, level: cycle(LEVELS, current.options.level) });
      else change({ ...current.options, minutes: cycle(PITCH_MINUTES as readonly number[], current.options.minutes) });
    } else if (action?.type === 'enter') {
      // Enter starts from any field, as in the drill's setup; the last row opens the cards instead.
      if (current.field === 4) props.onCards();
      else props.onStart(current.options);
    } else if (action?.type === 'back') props.onBack();
    else if (action?.type === 'quit') props.onQuit();
  }, props.active);

  const row = (index: number, label: string, value?: string): Line => {
    const selected = index === field;
    const style = { color: selected ? 'cyan' : undefined, bold: selected };
    const head = `${selected ? '❯ ' : '  '}${label}`;
    if (value === undefined) return [{ text: truncate(head, width), ...style }];
    const labelled = `${head.padEnd(14)}`;
    return [{ text: labelled, ...style }, { text: `‹ ${truncate(value, Math.max(4, width - labelled.length - 4))} ›`, color: style.color }];
  };
  const lines: Line[] = [
    ...prose(s.intro, width, { dim: true }),
    [],
    row(0, s.project, options.project),
    row(1, s.level, t.levels[options.level]),
    row(2, s.minutes, String(options.minutes)),
    row(3, s.start),
    row(4, s.cards),
  ];
  const last = pitchHistory(props.data).at(-1);
  if (last) lines.push([], [{ text: truncate(s.last(last.score, last.project), width), dim: true }]);
  return (
    <Frame title={`mlops-tutor · ${t.pitch.title}`} hints={naming ? [t.practice.keys.confirm, t.keys.cancelEsc] : [t.practice.keys.start, t.practice.keys.fields, t.keys.back, t.keys.help, t.keys.quit]}>
      <Viewport lines={lines} height={bodyHeight(rows) - (naming ? 2 : 0)} active={false} />
      {naming ? (
        <Box flexDirection="column">
          <Text>{s.typeName}</Text>
          <LineField value={name.value ?? ''} width={width} />
        </Box>
      ) : null}
    </Frame>
  );
}
