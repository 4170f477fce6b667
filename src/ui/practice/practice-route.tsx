// The practice screens behind one lazily imported chunk: the question banks and the FSRS scheduler
// load only when a quiz, drill, review or stats screen opens.
import { Box, Text } from 'ink';
import { useEffect, useState } from 'react';
import { loadQuestions } from '../../content/questions.js';
import type { BankQuestion } from '../../core/quiz.js';
import { seededRng } from '../../core/random.js';
import { planFor, weekOfModule } from '../../core/schedule.js';
import type { Lang, Level, ModuleId, Pace, Syllabus } from '../../core/types.js';
import type { Messages } from '../../i18n/index.js';
import type { State } from '../../state/schema.js';
import { DrillScreen } from './drill-screen.js';
import { PracticeHelp, type HelpRequest } from './help-overlay.js';
import type { PracticeHelpTopic } from './screen-props.js';
import { QuizScreen } from './quiz-screen.js';
import { ReviewScreen } from './review-screen.js';
import { StatsScreen } from './stats-screen.js';
import { PitchScreen } from './pitch/pitch-screen.js';

export type PracticeTarget =
  | { name: 'quiz'; id?: ModuleId | undefined; topics?: string[] | undefined }
  | { name: 'drill'; level?: Level | undefined; count?: number | undefined; minutes?: number | undefined }
  | { name: 'review' }
  | { name: 'stats' }
  | { name: 'pitch' };

export interface PracticeRouteProps {
  route: PracticeTarget;
  t: Messages;
  lang: Lang;
  syllabus: Syllabus;
  data: State;
  update: (change: (state: State) => State) => void;
  /** The week's drill level, the default of the drill setup. */
  weekLevel: Level;
  clock: () => number;
  seed?: number | undefined;
  tickMs?: number | undefined;
  questions?: (() => Promise<readonly BankQuestion[]>) | undefined;
  onOpen: (route: PracticeTarget) => void;
  onBack: () => void;
  onQuit: () => void;
}

/** The level of the module's week in the learner's plan, and every module of that week or earlier. */
function moduleQuizLevel(
  syllabus: Syllabus,
  pace: Pace,
  id: ModuleId,
): { level: Level; reached: ReadonlySet<ModuleId> } {
  const plan = planFor(syllabus, pace);
  const week = weekOfModule(plan, id);
  return {
    level: plan.weeks[week - 1]?.drill ?? 'junior',
    reached: new Set(plan.weeks.slice(0, week).flatMap((entry) => entry.modules)),
  };
}

export function PracticeRoute(props: PracticeRouteProps) {
  const { route, t, lang } = props;
  const [bank, setBank] = useState<readonly BankQuestion[] | undefined>();
  const [help, setHelp] = useState<HelpRequest | undefined>();
  // One generator for the screen's life: a new one on every render would redraw the questions.
  const [rng] = useState(() => seededRng(props.seed ?? props.clock()));
  useEffect(() => {
    // Stats and the pitch draw no questions.
    if (route.name === 'stats' || route.name === 'pitch') return;
    let live = true;
    (props.questions ?? loadQuestions)().then((questions) => live && setBank(questions));
    return () => {
      live = false;
    };
    // The bank loads once, when the practice chunk opens; its routes change without remounting it.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  const onHelp = (topic: PracticeHelpTopic, deadline?: number) => setHelp({ topic, deadline });
  const active = !help;
  const common = {
    t,
    lang,
    data: props.data,
    update: props.update,
    clock: props.clock,
    rng,
    active,
    onBack: props.onBack,
    onQuit: props.onQuit,
    onHelp,
  };
  // The pitch has its own help over its own screens, and needs no question bank.
  if (route.name === 'pitch')
    return (
      <PitchScreen
        t={t}
        lang={lang}
        syllabus={props.syllabus}
        data={props.data}
        update={props.update}
        clock={props.clock}
        tickMs={props.tickMs}
        weekLevel={props.weekLevel}
        active
        onBack={props.onBack}
        onQuit={props.onQuit}
      />
    );
  let screen: React.JSX.Element;
  if (route.name === 'stats')
    screen = (
      <StatsScreen
        t={t}
        lang={lang}
        data={props.data}
        now={new Date(props.clock())}
        active={active}
        onPractise={(topics) => props.onOpen({ name: 'quiz', topics })}
        onBack={props.onBack}
        onQuit={props.onQuit}
        onHelp={() => onHelp('stats')}
      />
    );
  else if (!bank) screen = <Text dimColor>{t.practice.loading}</Text>;
  else if (route.name === 'quiz') {
    const module = route.id ? props.syllabus.modules.find((candidate) => candidate.id === route.id) : undefined;
    const title = module ? t.practice.quiz.title(module.id, module.title[lang]) : t.practice.quiz.topicsTitle;
    screen = (
      <QuizScreen
        {...common}
        bank={bank}
        title={title}
        module={route.id}
        topics={route.topics}
        moduleLevel={
          route.id ? moduleQuizLevel(props.syllabus, props.data.profile?.paceWeeks ?? 8, route.id) : undefined
        }
      />
    );
  } else if (route.name === 'drill') {
    const initial = {
      level: route.level ?? props.weekLevel,
      ...(route.count ? { count: route.count } : {}),
      ...(route.minutes ? { minutes: route.minutes } : {}),
    };
    screen = <DrillScreen {...common} bank={bank} initial={initial} tickMs={props.tickMs} />;
  } else screen = <ReviewScreen {...common} bank={bank} />;
  // The screen keeps its place in the tree whether help is open or not, so it is never remounted.
  return (
    <>
      {help ? (
        <PracticeHelp
          t={t}
          request={help}
          clock={props.clock}
          tickMs={props.tickMs}
          onClose={() => setHelp(undefined)}
        />
      ) : null}
      <Box display={help ? 'none' : 'flex'} flexDirection="column">
        {screen}
      </Box>
    </>
  );
}
