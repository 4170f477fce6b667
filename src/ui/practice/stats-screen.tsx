import { summarizeDrills, sparkline, topicAccuracy, weakestTopics } from '../../core/practice.js';
import { LEVELS, type Lang } from '../../core/types.js';
import type { Messages } from '../../i18n/index.js';
import type { State } from '../../state/schema.js';
import { Frame } from '../components/frame.js';
import { useKeys } from '../hooks/use-keys.js';
import { statsKeyToAction } from '../keys/results.js';
import { useTerminalSize } from '../hooks/use-terminal-size.js';
import { truncate } from '../layout.js';
import { prose, topicName, type Line } from './lines.js';
import { bodyHeight } from './question-run.js';
import { Viewport } from './viewport.js';
import { pitchStatsLines } from './pitch/pitch-lines.js';
import { pitchHistory } from '../../state/transitions/index.js';

export interface StatsScreenProps {
  t: Messages;
  lang: Lang;
  data: State;
  now: Date;
  active: boolean;
  onPractise: (topics: string[]) => void;
  onBack: () => void;
  onQuit: () => void;
  onHelp: () => void;
}

/** Bars of ten cells for a percentage. */
const bar = (value: number, cells = 10) => '█'.repeat(Math.round((value / 100) * cells)).padEnd(cells, '░');

export function statsLines(t: Messages, data: State, now: Date, width: number): Line[] {
  const lines: Line[] = [[{ text: t.practice.stats.drills, bold: true }]];
  const summary = summarizeDrills(data.drills, now);
  const levels = LEVELS.filter((level) => summary.byLevel[level].scores.length > 0);
  if (levels.length === 0) lines.push(...prose(t.practice.stats.noDrills, width, { dim: true }));
  for (const level of levels) {
    const { scores } = summary.byLevel[level];
    const last = scores.at(-1)!;
    const delta = scores.length > 1 ? last - scores.at(-2)! : undefined;
    const tail = ` ${String(last).padStart(3)} %${delta === undefined ? '' : ` (${delta > 0 ? '+' : ''}${delta})`}`;
    const label = t.levels[level].padEnd(7);
    const chart = sparkline(scores, Math.max(4, width - label.length - tail.length - 3));
    lines.push([{ text: `  ${label}` }, { text: chart, color: 'cyan' }, { text: tail, dim: true }]);
  }
  lines.push([], ...pitchStatsLines(t, pitchHistory(data), width));
  lines.push([], [{ text: t.practice.stats.accuracy, bold: true }]);
  const topics = topicAccuracy(data.questions);
  if (topics.length === 0) lines.push(...prose(t.practice.stats.noAnswers, width, { dim: true }));
  for (const topic of topics) {
    const right = ` ${bar(topic.accuracy)} ${String(topic.accuracy).padStart(3)} %`;
    const name = truncate(topicName(t, topic.topic), Math.max(8, width - right.length - 2));
    lines.push([
      { text: `  ${name.padEnd(Math.max(8, width - right.length - 2))}` },
      { text: right, color: topic.accuracy < 70 ? 'yellow' : undefined },
    ]);
  }
  const weakest = weakestTopics(data.questions);
  if (weakest.length) {
    lines.push([], [{ text: t.practice.stats.weakest, bold: true }]);
    for (const topic of weakest)
      lines.push([
        {
          text: truncate(
            `  • ${topicName(t, topic.topic)} · ${topic.accuracy} % · ${t.practice.stats.answers(topic.answers)}`,
            width,
          ),
        },
      ]);
    lines.push([{ text: truncate(`❯ ${t.practice.stats.practise}`, width), color: 'cyan', bold: true }]);
  }
  return lines;
}

export function StatsScreen({ t, data, now, active, onPractise, onBack, onQuit, onHelp }: StatsScreenProps) {
  const { columns, rows } = useTerminalSize();
  const width = Math.max(20, columns);
  const lines = statsLines(t, data, now, width);
  const weakest = weakestTopics(data.questions);
  useKeys((input, key) => {
    const action = statsKeyToAction(input, key, { canPractise: weakest.length > 0 });
    if (action === 'practise') onPractise(weakest.map((topic) => topic.topic));
    else if (action === 'back') onBack();
    else if (action === 'quit') onQuit();
    else if (action === 'help') onHelp();
  }, active);
  const hints = [
    ...(weakest.length ? [t.practice.keys.practise] : []),
    t.keys.move,
    t.keys.back,
    t.keys.quit,
    t.keys.help,
  ];
  return (
    <Frame title={`mlops-tutor · ${t.practice.stats.title}`} hints={hints}>
      <Viewport lines={lines} height={bodyHeight(rows)} arrows active={active} />
    </Frame>
  );
}
