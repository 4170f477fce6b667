// The talking points as cards, one part at one level, to review before an interview: no timer.
import { useState } from 'react';
import { pacePlan } from '../../../core/pitch.js';
import { LEVELS, type Lang, type Level } from '../../../core/types.js';
import type { PitchContent } from '../../../content/pitch.js';
import type { Messages } from '../../../i18n/index.js';
import { Frame } from '../../components/frame.js';
import { useKeys } from '../../hooks/use-keys.js';
import { useTerminalSize } from '../../hooks/use-terminal-size.js';
import { bodyHeight } from '../question-run.js';
import { Viewport } from '../viewport.js';
import { cardLines } from './pitch-lines.js';

/** The cards quote each part's time in a 6-minute speech, the middle of the syllabus's 5–7. */
const CARD_MINUTES = 6;

export interface PitchCardsProps {
  t: Messages;
  lang: Lang;
  content: PitchContent;
  active: boolean;
  initialLevel?: Level | undefined;
  onBack: () => void;
  onQuit: () => void;
}

export function PitchCards({ t, lang, content, active, initialLevel, onBack, onQuit }: PitchCardsProps) {
  const { columns, rows } = useTerminalSize();
  const width = Math.max(20, columns);
  const [place, setPlace] = useState<{ part: number; level: Level }>({ part: 0, level: initialLevel ?? 'junior' });
  const plan = pacePlan(content.parts, CARD_MINUTES);
  useKeys((input, key) => {
    const parts = content.parts.length;
    if (key.rightArrow || key.leftArrow) setPlace((current) => ({ ...current, part: (current.part + (key.rightArrow ? 1 : -1) + parts) % parts }));
    else if (key.upArrow || key.downArrow || input === 'j' || input === 'k') {
      const step = key.downArrow || input === 'j' ? 1 : -1;
      setPlace((current) => ({ ...current, level: LEVELS[(LEVELS.indexOf(current.level) + step + LEVELS.length) % LEVELS.length]! }));
    } else if (input === 'b') onBack();
    else if (input === 'q') onQuit();
  }, active);
  const lines = cardLines(t, lang, content, place.part, place.level, plan[place.part]!.paceMs, width);
  return (
    <Frame title={`mlops-tutor · ${t.pitch.cards.title}`} context={t.levels[place.level]} hints={[t.pitch.keys.parts, t.pitch.keys.levels, t.keys.back, t.keys.help, t.keys.quit]}>
      <Viewport key={`${place.part}:${place.level}`} lines={lines} height={bodyHeight(rows)} active={active} />
    </Frame>
  );
}
