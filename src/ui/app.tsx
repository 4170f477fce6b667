import { useApp } from 'ink';
import { useCallback, useMemo, useReducer, useRef, useState } from 'react';
import { loadLesson, type LessonText } from '../content/lessons.js';
import type { BankQuestion } from '../core/quiz.js';
import type { Lang, ModuleId, Syllabus } from '../core/types.js';
import { messages } from '../i18n/index.js';
import type { State } from '../state/schema.js';
import { appLanguage, appReducer, currentRoute, initialAppState, isPractice, type Route } from './app-state.js';
import { KeyRouter } from './hooks/key-router.js';
import { useKeys } from './hooks/use-keys.js';
import { appKeyToAction } from './keys/app.js';
import { renderRoute } from './routes.js';
import { homeDigestOf, homePlan, homeSummary } from './home-model.js';
import type { CheckEngine } from './check-engine.js';
import { loadTool } from '../tools.js';
import { Help, type HelpScreen } from './screens/help.js';

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
  /** The check engine, loaded on first use (the real one by default; tests inject a fake). */
  checkEngine?: () => Promise<CheckEngine>;
}

const realEngine = () => loadTool('check-session').then((session) => session.engine);

/** The props with their defaults filled in, as the screens see them. */
export type ResolvedAppProps = AppProps & Required<Pick<AppProps, 'lessons' | 'clock' | 'checkEngine'>>;

/** The interface: its screens under one key router (hooks/key-router.tsx), so no key is lost between them. */
export function App(props: AppProps) {
  return (
    <KeyRouter>
      <AppScreens {...props} />
    </KeyRouter>
  );
}

function AppScreens(props: AppProps) {
  const {
    store,
    syllabus,
    fallbackLang,
    langOverride,
    today,
    defaultWorkspace,
    notice,
    onQuit,
    initialRoute,
    lessons = loadLesson,
    clock = Date.now,
    checkEngine = realEngine,
  } = props;
  const { exit } = useApp();
  const [state, dispatch] = useReducer(appReducer, undefined, () =>
    initialAppState(store.read(), fallbackLang, initialRoute),
  );
  const [homeKey, setHomeKey] = useState<string | undefined>();
  const [showNotice, setShowNotice] = useState(Boolean(notice));
  const lang = langOverride ?? appLanguage(state);
  const t = messages(lang);
  const route = currentRoute(state);
  // A screen's claim on keys (text entry; its own use of b) belongs to the route that made it, so it
  // ends the moment that screen is left — keys typed before its cleanup effect runs reach the next one.
  const routeNow = useRef(route);
  routeNow.current = route;
  const [editingOn, setEditingOn] = useState<Route | undefined>();
  const [backCapturedOn, setBackCapturedOn] = useState<Route | undefined>();
  const setEditing = useCallback((on: boolean) => setEditingOn(on ? routeNow.current : undefined), []);
  const setBackCaptured = useCallback((on: boolean) => setBackCapturedOn(on ? routeNow.current : undefined), []);
  const editing = editingOn === route;
  const backCaptured = backCapturedOn === route;
  const profile = state.data.profile;

  const update = useCallback(
    (change: (current: State) => State) => dispatch({ type: 'data', data: store.update(change) }),
    [store],
  );
  const quit = useCallback(() => {
    onQuit?.();
    exit();
  }, [exit, onQuit]);
  const back = useCallback(() => {
    dispatch({ type: 'back' });
    dispatch({ type: 'data', data: store.read() });
  }, [store]);

  // Global keys; off during onboarding and text entry, where letters are input.
  useKeys(
    (input) => {
      const action = appKeyToAction(input, { backCaptured });
      if (action === 'quit') quit();
      else if (action === 'help') dispatch({ type: 'toggle-help' });
      else if (action === 'back') {
        setShowNotice(false);
        back();
      }
    },
    route.name !== 'onboarding' && !editing && !isPractice(route),
  );

  const plan = useMemo(() => homePlan(syllabus, state.data), [syllabus, profile?.paceWeeks]); // eslint-disable-line react-hooks/exhaustive-deps
  const summary = useMemo(
    () => homeSummary(syllabus, state.data, lang, today(), clock()),
    [syllabus, lang, state.data, today, clock],
  );
  const digest = useMemo(
    () => homeDigestOf(syllabus, state.data, lang, summary, plan),
    [summary, plan, syllabus, lang, state.data],
  );
  const noticeText = showNotice && notice ? notice(lang) : undefined;

  if (state.help && route.name !== 'onboarding')
    return <Help t={t} screen={route.name in t.help.screens ? (route.name as HelpScreen) : undefined} />;
  return renderRoute(route, {
    app: { ...props, lessons, clock, checkEngine },
    state,
    t,
    lang,
    plan,
    summary,
    digest,
    notice: noticeText,
    workspace: profile?.workspace ?? defaultWorkspace,
    homeKey,
    update,
    dispatch,
    back,
    quit,
    setHomeKey,
    hideNotice: () => setShowNotice(false),
    setBackCaptured,
    setEditing,
  });
}
