import { useApp } from 'ink';
import { useCallback, useEffect, useMemo, useReducer, useState } from 'react';
import { planFor, weekOfModule } from '../core/schedule.js';
import { summarize } from '../core/status.js';
import { homeDigest } from '../core/today.js';
import { LESSON_SECTION_COUNT } from '../core/progress.js';
import { formatDay } from '../core/schedule.js';
import type { Lang, ModuleId, Syllabus } from '../core/types.js';
import { messages } from '../i18n/index.js';
import type { State } from '../state/schema.js';
import { appLanguage, appReducer, currentRoute, initialAppState, isPractice, type Route } from './app-state.js';
import type { BankQuestion } from '../core/quiz.js';
import type { PracticeRouteProps } from './practice/practice-route.js';
import { loadLesson, type LessonText } from '../content/lessons.js';
import { loadQuestions } from '../content/questions.js';
import type { LessonReaderProps } from './screens/lesson-reader.js';
import { PlanScreen, RouteScreen } from './screens/plan-views.js';
import { DeliverablesScreen } from './screens/deliverables.js';
import { deliverables } from '../core/deliverables.js';
import { useKeys } from './hooks/use-keys.js';
import { checkedModules } from '../content/checkers.js';
import { CheckScreen } from './screens/check-screen.js';
import { Help, type HelpScreen } from './screens/help.js';
import { Home } from './screens/home.js';
import { ModuleScreen } from './screens/module-screen.js';
import { Onboarding, type OnboardingResult } from './screens/onboarding.js';
import { Settings } from './screens/settings.js';
import { runningDir } from '../state/paths.js';

/** What the UI needs from the store: read the latest, apply a change. */
export interface StateStore {
  read(): State;
  update(change: (state: State) => State): State;
  /** The state folder (a running check records its processes there). */
  readonly home?: string;
}

export interface AppProps {
  store: StateStore;
  syllabus: Syllabus;
  fallbackLang: Lang;
  /** --lang on the command line wins over the saved language for this session. */
  langOverride?: Lang | undefined;
  today: () => string;
  defaultWorkspace: string;
  /** A one-time message (e.g. a corrupt store was moved aside). */
  notice?: ((lang: Lang) => string) | undefined;
  /** Called on every quit path, so the caller can tell why the app ended. */
  onQuit?: () => void;
  /** A screen to open over home at start (`mlops-tutor lesson 03`). */
  initialRoute?: Route | undefined;
  /** Where lesson texts come from (the compiled bundle by default; tests inject their own). */
  lessons?: (id: ModuleId, lang: Lang) => Promise<LessonText | undefined>;
  /** The clock of quizzes, drills and reviews (epoch ms); tests inject a fake one. */
  clock?: () => number;
  /** Seeds the question draw (a fixed quiz in tests); the clock otherwise. */
  seed?: number | undefined;
  /** How often a drill's countdown redraws (ms). */
  tickMs?: number | undefined;
  /** Where questions come from (the compiled banks by default). */
  questions?: (() => Promise<readonly BankQuestion[]>) | undefined;
}

export function App({ store, syllabus, fallbackLang, langOverride, today, defaultWorkspace, notice, onQuit, initialRoute, lessons = loadLesson, clock = Date.now, seed, tickMs, questions }: AppProps) {
  const { exit } = useApp();
  const [state, dispatch] = useReducer(appReducer, undefined, () => initialAppState(store.read(), fallbackLang, initialRoute));
  const [backCaptured, setBackCaptured] = useState(false);
  const [editing, setEditing] = useState(false);
  const [homeKey, setHomeKey] = useState<string | undefined>();
  const [showNotice, setShowNotice] = useState(Boolean(notice));
  const lang = langOverride ?? appLanguage(state);
  const t = messages(lang);
  const route = currentRoute(state);
  const profile = state.data.profile;

  const update = useCallback((change: (current: State) => State) => dispatch({ type: 'data', data: store.update(change) }), [store]);
  const quit = useCallback(() => {
    onQuit?.();
    exit();
  }, [exit, onQuit]);

  // Global keys; off during onboarding and text entry, where letters are input.
  useKeys(
    (input) => {
      if (input === 'q') quit();
      else if (input === '?') dispatch({ type: 'toggle-help' });
      else if (input === 'b' && !backCaptured) {
        setShowNotice(false);
        dispatch({ type: 'back' });
        dispatch({ type: 'data', data: store.read() });
      }
    },
    route.name !== 'onboarding' && !editing && !isPractice(route),
  );

  const plan = useMemo(() => planFor(syllabus, profile?.paceWeeks ?? 8), [syllabus, profile?.paceWeeks]);
  const summary = useMemo(
    () =>
      summarize({
        syllabus,
        lang,
        today: today(),
        startDate: profile?.startDate ?? today(),
        paceWeeks: profile?.paceWeeks ?? 8,
        progress: state.data.modules,
        lastModule: state.data.lastModule,
        drillLevel: profile?.drillLevel,
        practice: { now: new Date(clock()).toISOString(), cards: state.data.cards, drills: state.data.drills },
      }),
    [syllabus, lang, state.data, profile],
  );
  const digest = useMemo(
    () =>
      homeDigest({
        summary,
        plan,
        rubric: syllabus.rubric,
        lang,
        times: state.data,
        dayOf: (iso) => formatDay(new Date(iso)),
        hasCheck: (id) => checkedModules.has(id),
        sectionCount: LESSON_SECTION_COUNT,
      }),
    [summary, plan, syllabus, lang, state.data],
  );
  const noticeText = showNotice && notice ? notice(lang) : undefined;

  if (route.name === 'onboarding') {
    return (
      <Onboarding
        suggestedLanguage={fallbackLang}
        today={today()}
        defaultWorkspace={defaultWorkspace}
        notice={noticeText}
        onDone={(result: OnboardingResult) => {
          update((current) => ({ ...current, profile: { ...result, createdAt: new Date().toISOString() } }));
          dispatch({ type: 'home', then: initialRoute });
        }}
      />
    );
  }
  if (state.help) return <Help t={t} screen={route.name in t.help.screens ? (route.name as HelpScreen) : undefined} />;
  if (route.name === 'lesson') {
    return (
      <LessonRoute
        key={`${route.id}:${lang}`}
        id={route.id}
        lang={lang}
        t={t}
        lessons={lessons}
        saved={state.data.modules[route.id]?.lesson}
        passed={state.data.modules[route.id]?.checkpoints?.passed}
        questions={questions ?? loadQuestions}
        update={update}
        clock={clock}
        seed={seed}
        onCaptureBack={setBackCaptured}
        onEditing={setEditing}
        onSave={(progress) =>
          update((current) => {
            const module = current.modules[route.id] ?? {};
            return {
              ...current,
              lastModule: route.id,
              modules: { ...current.modules, [route.id]: { ...module, startedAt: module.startedAt ?? new Date().toISOString(), lesson: { ...progress, updatedAt: new Date().toISOString() } } },
            };
          })
        }
      />
    );
  }
  if (isPractice(route)) {
    return (
      <PracticeLoader
        key={`${state.stack.length}:${route.name}`}
        route={route}
        t={t}
        lang={lang}
        syllabus={syllabus}
        data={state.data}
        update={update}
        weekLevel={summary.drillLevel}
        clock={clock}
        seed={seed}
        tickMs={tickMs}
        questions={questions}
        onOpen={(next) => dispatch({ type: 'open', route: next })}
        onBack={() => {
          dispatch({ type: 'back' });
          dispatch({ type: 'data', data: store.read() });
        }}
        onQuit={quit}
      />
    );
  }
  if (route.name === 'check') {
    return (
      <CheckScreen
        key={route.id}
        t={t}
        lang={lang}
        id={route.id}
        syllabus={syllabus}
        workspace={profile?.workspace ?? defaultWorkspace}
        python={profile?.python}
        recordDir={store.home === undefined ? undefined : runningDir(store.home)}
        active
        onResult={(save) => update(save)}
      />
    );
  }
  if (route.name === 'plan') return <PlanScreen t={t} lang={lang} syllabus={syllabus} plan={plan} currentWeek={summary.week} active onOpenDeliverables={() => dispatch({ type: 'open', route: { name: 'deliverables' } })} />;
  if (route.name === 'deliverables')
    return <DeliverablesScreen t={t} lang={lang} syllabus={syllabus} deliverables={deliverables(state.data.modules)} active onOpenCheck={(id) => dispatch({ type: 'open', route: { name: 'check', id } })} />;
  if (route.name === 'route') return <RouteScreen t={t} lang={lang} syllabus={syllabus} active />;
  if (route.name === 'module') {
    const module = syllabus.modules.find((candidate) => candidate.id === route.id)!;
    return (
      <ModuleScreen
        t={t}
        lang={lang}
        module={module}
        week={weekOfModule(plan, module.id)}
        workspace={profile?.workspace ?? defaultWorkspace}
        progress={state.data.modules[module.id]}
        active
        onOpenLesson={() => dispatch({ type: 'open', route: { name: 'lesson', id: module.id } })}
        onOpenCheck={checkedModules.has(module.id) ? () => dispatch({ type: 'open', route: { name: 'check', id: module.id } }) : undefined}
        onOpenQuiz={() => dispatch({ type: 'open', route: { name: 'quiz', id: module.id } })}
      />
    );
  }
  if (route.name === 'settings' && profile) {
    return (
      <Settings
        t={t}
        profile={profile}
        weekLevel={summarize({ syllabus, lang, today: today(), startDate: profile.startDate, paceWeeks: profile.paceWeeks, progress: {} }).drillLevel}
        active
        onEditing={setEditing}
        onChange={(change) =>
          update((current) => {
            const next = { ...current.profile!, ...change };
            // "Follow the week" is the absence of a chosen level.
            if (change.drillLevel === undefined && 'drillLevel' in change) delete next.drillLevel;
            return { ...current, profile: next };
          })
        }
      />
    );
  }
  return (
    <Home
      t={t}
      summary={summary}
      plan={plan}
      digest={digest}
      notice={noticeText}
      active
      selectedKey={homeKey}
      onEditing={setEditing}
      onOpen={(row, how) => {
        setShowNotice(false);
        // Back from a single-key shortcut, home is where it was; back from a row, on that row.
        if (!how?.shortcut) setHomeKey(row);
        // A step of Today opens what its row names, like Continue or a module of the plan.
        const key = row.replace(/^step:/, '');
        if (key.startsWith('lesson:')) {
          // Continue into a half-read lesson: the module page sits under it, so b lands there.
          const id = key.split(':')[1] as ModuleId;
          update((current) => ({ ...current, lastModule: id }));
          dispatch({ type: 'open', route: { name: 'module', id } });
          dispatch({ type: 'open', route: { name: 'lesson', id } });
        } else if (key.startsWith('module:')) {
          const id = key.split(':')[1] as ModuleId;
          // Opening a module starts it and makes it the one "Continue" returns to.
          update((current) => {
            const progress = current.modules[id] ?? {};
            return { ...current, lastModule: id, modules: { ...current.modules, [id]: { ...progress, startedAt: progress.startedAt ?? new Date().toISOString() } } };
          });
          dispatch({ type: 'open', route: { name: 'module', id } });
        } else if (key.startsWith('quiz:') || key.startsWith('check:')) {
          // A step of Today: the module page sits under it, so b lands there as from the module.
          const [name, id] = key.split(':') as ['quiz' | 'check', ModuleId];
          update((current) => ({ ...current, lastModule: id }));
          dispatch({ type: 'open', route: { name: 'module', id } });
          dispatch({ type: 'open', route: { name, id } });
        } else if (key === 'settings') dispatch({ type: 'open', route: { name: 'settings' } });
        else if (key === 'plan') dispatch({ type: 'open', route: { name: 'plan' } });
        else if (key === 'deliverables') dispatch({ type: 'open', route: { name: 'deliverables' } });
        else if (key === 'route') dispatch({ type: 'open', route: { name: 'route' } });
        else if (key === 'drill') dispatch({ type: 'open', route: { name: 'drill' } });
        else if (key === 'review') dispatch({ type: 'open', route: { name: 'review' } });
        else if (key === 'stats') dispatch({ type: 'open', route: { name: 'stats' } });
        else if (key === 'help') dispatch({ type: 'toggle-help' });
        else if (key === 'quit') quit();
      }}
    />
  );
}

interface LessonRouteProps {
  id: ModuleId;
  lang: Lang;
  t: ReturnType<typeof messages>;
  lessons: (id: ModuleId, lang: Lang) => Promise<LessonText | undefined>;
  saved: LessonReaderProps['saved'];
  onSave: LessonReaderProps['onSave'];
  onCaptureBack: (capture: boolean) => void;
  onEditing: (editing: boolean) => void;
  passed: readonly number[] | undefined;
  /** The banks the checkpoints draw from. */
  questions: () => Promise<readonly BankQuestion[]>;
  update: (change: (state: State) => State) => void;
  clock: () => number;
  seed: number | undefined;
}

type Reader = (props: LessonReaderProps) => React.JSX.Element;

/**
 * Loads the lesson text and the reader (with its Markdown parser and highlighter) on first use:
 * both are separate chunks, so the home screen starts without them.
 */
function LessonRoute({ id, lang, t, lessons, saved, onSave, onCaptureBack, onEditing, passed, questions, update, clock, seed }: LessonRouteProps) {
  const [loaded, setLoaded] = useState<{ lesson: LessonText | undefined; Reader: Reader; bank: readonly BankQuestion[] } | null | undefined>(undefined);
  useEffect(() => {
    let live = true;
    // Without the banks the lesson still opens, with no checkpoints.
    const bank = questions().catch((): readonly BankQuestion[] => []);
    Promise.all([lessons(id, lang), import('./screens/lesson-reader.js'), bank]).then(
      ([lesson, module, questionBank]) => live && setLoaded({ lesson, Reader: module.LessonReader, bank: questionBank }),
      () => live && setLoaded(null),
    );
    return () => {
      live = false;
    };
  }, [id, lang]);
  if (loaded === undefined) return null;
  if (loaded === null || !loaded.lesson) return <Help t={t} notice={t.lesson.missing(id)} />;
  const { Reader, lesson, bank } = loaded;
  return (
    <Reader t={t} lang={lang} moduleId={id} title={lesson.title} body={lesson.body} saved={saved} onSave={onSave} onCaptureBack={onCaptureBack} onEditing={onEditing} active
      bank={bank} checkpoints={lesson.checkpoints} passed={passed} update={update} clock={clock} seed={seed} />
  );
}

/** Loads the practice chunk (screens, question banks, scheduler) on first use, like the lesson reader. */
function PracticeLoader(props: PracticeRouteProps) {
  const [Screen, setScreen] = useState<((props: PracticeRouteProps) => React.JSX.Element) | undefined>();
  useEffect(() => {
    let live = true;
    import('./practice/practice-route.js').then((module) => live && setScreen(() => module.PracticeRoute));
    return () => {
      live = false;
    };
  }, []);
  return Screen ? <Screen {...props} /> : null;
}
