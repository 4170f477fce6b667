// The drill's setup page: level, questions and minutes, with what the last drill at that level left.
import { useMemo, useRef, useState } from 'react';
import type { DrillRecord } from '../../core/practice.js';
import { drawQuestions, filterPool } from '../../core/quiz.js';
import { startSession } from '../../core/session.js';
import { startDrill } from '../../state/transitions/index.js';
import { Frame } from '../components/frame.js';
import { useKeys } from '../hooks/use-keys.js';
import { drillSetupKeyToAction } from '../keys/drill-setup.js';
import { useTerminalSize } from '../hooks/use-terminal-size.js';
import { prose, type Line } from './lines.js';
import { bodyHeight } from './question-run.js';
import { initialRunner, type RunnerState } from './runner.js';
import { Viewport } from './viewport.js';
import type { DrillOptions, DrillScreenProps } from './drill-screen.js';
import { DRILL_DEFAULTS } from '../../core/session.js';
import { LEVELS } from '../../core/types.js';

const MAX_COUNT = 100;
const MAX_MINUTES = 240;

/** Field `field` of the setup (level, count, minutes) one step left or right; a level brings its defaults. */
export function adjustDrillOption(options: DrillOptions, field: number, step: 1 | -1): DrillOptions {
  const next = { ...options };
  if (field === 0) {
    next.level = LEVELS[(LEVELS.indexOf(next.level) + step + LEVELS.length) % LEVELS.length]!;
    Object.assign(next, DRILL_DEFAULTS[next.level]);
  } else if (field === 1) next.count = Math.max(1, Math.min(MAX_COUNT, next.count + step));
  else if (field === 2) next.minutes = Math.max(1, Math.min(MAX_MINUTES, Math.round(next.minutes) + step));
  return next;
}

export function DrillSetup(
  props: DrillScreenProps & {
    options: DrillOptions;
    onChange: (options: DrillOptions) => void;
    onStart: (run: { drill: DrillRecord; runner: RunnerState }) => void;
  },
) {
  const { t, options, onChange } = props;
  const { columns, rows } = useTerminalSize();
  const width = Math.max(20, columns);
  const [field, setField] = useState(0);
  const latest = useRef({ options, field });
  latest.current = { options, field };
  const pool = useMemo(
    () => filterPool(props.bank, { level: options.level, interviewOnly: true }),
    [props.bank, options.level],
  );

  const start = () => {
    const { level, count, minutes } = latest.current.options;
    const levelPool = filterPool(props.bank, { level, interviewOnly: true });
    const last = [...props.data.drills].reverse().find((drill) => drill.level === level);
    const draw = drawQuestions(levelPool, count, props.rng, new Set(last?.questionIds ?? []));
    const now = props.clock();
    const drill: DrillRecord = {
      id: `drill-${now.toString(36)}`,
      level,
      startedAt: new Date(now).toISOString(),
      status: 'in-progress',
      count: draw.questions.length,
      minutes,
      questionIds: draw.questions.map((drawn) => drawn.question.id),
      answers: [],
    };
    props.update((current) => startDrill(current, drill));
    props.onStart({ drill, runner: initialRunner(startSession(draw.questions, now, minutes * 60_000), false) });
  };

  useKeys((input, key) => {
    const current = latest.current;
    const action = drillSetupKeyToAction(input, key);
    if (action?.type === 'field') setField(Math.max(0, Math.min(3, current.field + action.delta)));
    else if (action?.type === 'adjust') {
      const next = adjustDrillOption(current.options, current.field, action.step);
      latest.current = { ...current, options: next };
      onChange(next);
    } else if (action?.type === 'start') start();
    else if (action?.type === 'back') props.onBack();
    else if (action?.type === 'quit') props.onQuit();
    else if (action?.type === 'help') props.onHelp('drillSetup');
  }, props.active);

  const row = (index: number, label: string, value: string): Line => {
    const selected = index === field;
    return [
      { text: `${selected ? '❯ ' : '  '}${label.padEnd(12)}`, color: selected ? 'cyan' : undefined, bold: selected },
      { text: index < 3 ? `‹ ${value} ›` : value, color: selected ? 'cyan' : undefined },
    ];
  };
  const lines: Line[] = [
    ...prose(t.practice.drill.intro, width, { dim: true }),
    [],
    row(0, t.practice.drill.level, t.levels[options.level]),
    row(1, t.practice.drill.count, String(options.count)),
    row(2, t.practice.drill.minutes, String(options.minutes)),
    row(3, t.practice.drill.startRow, ''),
  ];
  if (pool.length < options.count)
    lines.push(
      [],
      ...prose(t.practice.drill.short(t.levels[options.level], pool.length, options.count), width, { color: 'yellow' }),
    );
  return (
    <Frame
      title={`mlops-tutor · ${t.practice.drill.setup}`}
      hints={[t.practice.keys.start, t.practice.keys.fields, t.keys.back, t.keys.quit, t.keys.help]}
    >
      <Viewport lines={lines} height={bodyHeight(rows)} active={false} />
    </Frame>
  );
}
