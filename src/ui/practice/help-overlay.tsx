// `?` over a quiz, drill, review, stats or the card browser. The practice screen stays mounted
// (hidden, its keys off) under this panel, so closing it returns to the same question with the
// same selection and notes; a drill's clock keeps running, as it would in a real interview.
import { useEffect, useState } from 'react';
import { formatClock } from '../../core/session.js';
import type { Messages } from '../../i18n/index.js';
import { useKeys } from '../hooks/use-keys.js';
import { helpOverlayKeyToAction } from '../keys/app.js';
import { Help } from '../screens/help.js';
import type { PracticeHelpTopic } from './screen-props.js';

export interface HelpRequest {
  topic: PracticeHelpTopic;
  /** When a running drill's time is up (epoch ms): the panel counts it down. */
  deadline?: number | undefined;
}

export interface PracticeHelpProps {
  t: Messages;
  request: HelpRequest;
  clock: () => number;
  tickMs?: number | undefined;
  onClose: () => void;
}

export function PracticeHelp({ t, request, clock, tickMs, onClose }: PracticeHelpProps) {
  const [now, setNow] = useState(clock);
  useEffect(() => {
    if (request.deadline === undefined) return;
    const timer = setInterval(() => setNow(clock()), tickMs ?? 250);
    return () => clearInterval(timer);
  }, [request.deadline, clock, tickMs]);
  useKeys((input, key) => {
    if (helpOverlayKeyToAction(input, key) === 'close') onClose();
  });
  const left = request.deadline === undefined ? undefined : request.deadline - now;
  const note =
    left === undefined ? undefined : left > 0 ? t.practice.help.clockRuns(formatClock(left)) : t.practice.help.timeUp;
  return (
    <Help
      t={t}
      own={t.practice.help.screens[request.topic]}
      note={note}
      general={false}
      hints={[t.practice.help.close]}
    />
  );
}
