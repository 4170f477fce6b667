// The portfolio pitch drill: setup → timed speech → self-rating → results, and the talking-points
// cards. Self-contained: it loads its content, keeps its own phases and writes one history entry.
import { Text } from 'ink';
import { useEffect, useState } from 'react';
import { pitchEntry, startPitch, type PitchMinutes, type PitchRun, type PointRating } from '../../../core/pitch.js';
import type { Lang, Level, Syllabus } from '../../../core/types.js';
import { loadPitch, type PitchContent } from '../../../content/pitch.js';
import type { Messages } from '../../../i18n/index.js';
import { pitchHistory, recordPitch } from '../../../state/transitions/index.js';
import type { State } from '../../../state/schema.js';
import { Help } from '../../screens/help.js';
import { useKeys } from '../../hooks/use-keys.js';
import { pitchHelpKeyToAction } from '../../keys/pitch.js';
import { PitchCards } from './pitch-cards.js';
import { PitchResults, PitchRating, PitchSpeech } from './pitch-run.js';
import { PitchSetup, type PitchOptions } from './pitch-setup.js';

export interface PitchScreenProps {
  t: Messages;
  lang: Lang;
  syllabus: Syllabus;
  data: State;
  update: (change: (state: State) => State) => void;
  /** Epoch ms; tests inject a fake clock. */
  clock: () => number;
  /** How often the countdown redraws (ms). @default 250 */
  tickMs?: number | undefined;
  /** The level the week's drill uses: the default interview level. */
  weekLevel: Level;
  active: boolean;
  onBack: () => void;
  onQuit: () => void;
  /** Where the talking points come from (the compiled content by default). */
  content?: (() => Promise<PitchContent | null>) | undefined;
}

type Phase =
  | { name: 'setup' }
  | { name: 'cards' }
  | { name: 'speaking'; options: PitchOptions; run: PitchRun }
  | { name: 'rating'; options: PitchOptions; run: PitchRun; notes: string[] }
  | { name: 'results'; options: PitchOptions; run: PitchRun; notes: string[]; ratings: Record<string, PointRating>; score: number };

export function PitchScreen(props: PitchScreenProps) {
  const { t, lang } = props;
  const [content, setContent] = useState<PitchContent | null | undefined>();
  const [phase, setPhase] = useState<Phase>({ name: 'setup' });
  const [options, setOptions] = useState<PitchOptions | undefined>();
  const [help, setHelp] = useState(false);
  // A field is being typed in (a note, a project name): `?` is a letter there.
  const [typing, setTyping] = useState(false);

  useEffect(() => {
    let live = true;
    (props.content ?? loadPitch)().then(
      (loaded) => live && setContent(loaded),
      () => live && setContent(null),
    );
    return () => {
      live = false;
    };
  }, [props.content]);

  // `?` between speeches only: the speech and its rating keep their state in their own components.
  const helpable = phase.name === 'setup' || phase.name === 'cards' || phase.name === 'results';
  useKeys((input, key) => {
    const action = pitchHelpKeyToAction(input, key, { open: help });
    if (action === 'close') setHelp(false);
    else if (action === 'open') setHelp(true);
    else if (action === 'quit') props.onQuit();
  }, props.active && !typing && helpable);

  if (content === undefined) return <Text dimColor>{t.pitch.loading}</Text>;
  if (content === null) return <Help t={t} notice={t.pitch.missing} />;
  if (help) return <Help t={t} screen="pitch" />;
  const active = props.active && !help;
  const history = pitchHistory(props.data);

  if (phase.name === 'cards') return <PitchCards t={t} lang={lang} content={content} active={active} onBack={() => setPhase({ name: 'setup' })} onQuit={props.onQuit} />;
  if (phase.name === 'speaking')
    return (
      <PitchSpeech
        t={t}
        lang={lang}
        content={content}
        options={phase.options}
        initialRun={phase.run}
        clock={props.clock}
        tickMs={props.tickMs}
        active={active}
        onTyping={setTyping}
        onEnd={(run, notes) => setPhase({ name: 'rating', options: phase.options, run, notes })}
        onStop={() => setPhase({ name: 'setup' })}
      />
    );
  if (phase.name === 'rating')
    return (
      <PitchRating
        t={t}
        lang={lang}
        content={content}
        level={phase.options.level}
        timeUp={phase.run.status === 'time-up'}
        active={active}
        onStop={() => setPhase({ name: 'setup' })}
        onSave={(ratings) => {
          const entry = pitchEntry({ run: phase.run, project: phase.options.project, level: phase.options.level, parts: content.parts, ratings, notes: phase.notes });
          props.update((current) => recordPitch(current, entry, new Date(props.clock())));
          setPhase({ name: 'results', options: phase.options, run: phase.run, notes: phase.notes, ratings, score: entry.score });
        }}
      />
    );
  if (phase.name === 'results') {
    const previous = [...history].reverse().find((entry) => entry.level === phase.options.level && entry.id !== `pitch-${phase.run.startedAt.toString(36)}`);
    return (
      <PitchResults
        t={t}
        lang={lang}
        content={content}
        input={{ run: phase.run, level: phase.options.level, ratings: phase.ratings, notes: phase.notes, score: phase.score, previous }}
        active={active}
        onBack={() => setPhase({ name: 'setup' })}
        onQuit={props.onQuit}
      />
    );
  }
  return (
    <PitchSetup
      t={t}
      lang={lang}
      content={content}
      syllabus={props.syllabus}
      data={props.data}
      initial={options ?? { project: history.at(-1)?.project ?? content.projects[0]!.name[lang], level: props.weekLevel, minutes: 6 }}
      active={active}
      onTyping={setTyping}
      onCards={() => setPhase({ name: 'cards' })}
      onStart={(chosen) => {
        setOptions(chosen);
        setPhase({ name: 'speaking', options: chosen, run: startPitch(content.parts, chosen.minutes as PitchMinutes, props.clock()) });
      }}
      onBack={props.onBack}
      onQuit={props.onQuit}
    />
  );
}
