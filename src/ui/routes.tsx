// Which screen each route shows. To add a screen: one variant in `Route` (app-state.ts) and one entry
// in ROUTES below — TypeScript refuses a route without its entry. A screen gets what it needs from the
// RouteContext; store writes go through `ctx.update` with a transition from state/transitions/.
import type { Dispatch } from 'react';
import { summarize } from '../core/status.js';
import type { StatusSummary } from '../core/status.js';
import type { HomeDigest } from '../core/today.js';
import { weekOfModule } from '../core/schedule.js';
import type { Lang, Plan } from '../core/types.js';
import { checkedModules } from '../content/checkers.js';
import { loadModuleQuestions } from '../content/questions.js';
import { deliverables } from '../core/deliverables.js';
import type { Messages } from '../i18n/index.js';
import type { State } from '../state/schema.js';
import {
  changeProfile,
  createProfile,
  focusModule,
  recordCheck,
  saveLessonPosition,
  startModule,
} from '../state/transitions/index.js';
import type { AppAction, AppState, Route } from './app-state.js';
import type { ResolvedAppProps } from './app.js';
import { LessonRoute, PracticeLoader } from './lazy-routes.js';
import { CheckScreen } from './screens/check-screen.js';
import { DeliverablesScreen } from './screens/deliverables.js';
import { Home, type HomeAction } from './screens/home.js';
import { ModuleScreen } from './screens/module-screen.js';
import { Onboarding } from './screens/onboarding.js';
import { PlanScreen, RouteScreen } from './screens/plan-views.js';
import { Settings } from './screens/settings.js';
import { runningDir } from '../state/paths.js';

/** Everything a screen of the app may need: the app's props, what it derived, and its actions. */
export interface RouteContext {
  app: ResolvedAppProps;
  state: AppState;
  t: Messages;
  lang: Lang;
  plan: Plan;
  summary: StatusSummary;
  digest: HomeDigest;
  /** The one-time notice, while it is still shown. */
  notice: string | undefined;
  workspace: string;
  /** The home row to select (the one opened last). */
  homeKey: string | undefined;
  update: (change: (state: State) => State) => void;
  dispatch: Dispatch<AppAction>;
  /** Back one screen, re-reading the store (another process may have written it). */
  back: () => void;
  quit: () => void;
  setHomeKey: (key: string) => void;
  hideNotice: () => void;
  setBackCaptured: (captured: boolean) => void;
  setEditing: (editing: boolean) => void;
}

type Renderer<Name extends Route['name']> = (
  route: Extract<Route, { name: Name }>,
  ctx: RouteContext,
) => React.JSX.Element;

const now = (ctx: RouteContext) => new Date(ctx.app.clock());

/** Quizzes, drills, review, stats and the pitch: the practice chunk routes among them itself. */
const practice = (
  route: Extract<Route, { name: 'quiz' | 'drill' | 'review' | 'stats' | 'pitch' }>,
  ctx: RouteContext,
) => (
  <PracticeLoader
    key={`${ctx.state.stack.length}:${route.name}`}
    route={route}
    t={ctx.t}
    lang={ctx.lang}
    syllabus={ctx.app.syllabus}
    data={ctx.state.data}
    update={ctx.update}
    weekLevel={ctx.summary.drillLevel}
    clock={ctx.app.clock}
    seed={ctx.app.seed}
    tickMs={ctx.app.tickMs}
    questions={ctx.app.questions}
    onOpen={(next) => ctx.dispatch({ type: 'open', route: next })}
    onBack={ctx.back}
    onQuit={ctx.quit}
  />
);

/** What a home row does. A step opens on top of its module page, so b lands there. */
function openFromHome(action: HomeAction, ctx: RouteContext): void {
  if (action.type === 'module') {
    const { id, then } = action;
    // Opening a module starts it; a step of it only makes it the one "Continue" returns to.
    ctx.update((current) => (then ? focusModule(current, id) : startModule(current, id, now(ctx))));
    ctx.dispatch({ type: 'open', route: { name: 'module', id } });
    if (then)
      ctx.dispatch({
        type: 'open',
        route:
          then === 'lesson' ? { name: 'lesson', id } : then === 'quiz' ? { name: 'quiz', id } : { name: 'check', id },
      });
  } else if (action.type === 'open') ctx.dispatch({ type: 'open', route: { name: action.route } });
  else if (action.type === 'help') ctx.dispatch({ type: 'toggle-help' });
  else if (action.type === 'quit') ctx.quit();
}

const home: Renderer<'home'> = (_route, ctx) => (
  <Home
    t={ctx.t}
    summary={ctx.summary}
    plan={ctx.plan}
    digest={ctx.digest}
    notice={ctx.notice}
    active
    selectedKey={ctx.homeKey}
    onEditing={ctx.setEditing}
    onOpen={(action, row) => {
      ctx.hideNotice();
      // Back from a single-key shortcut, home is where it was; back from a row, on that row.
      if (row) ctx.setHomeKey(row);
      openFromHome(action, ctx);
    }}
  />
);

export const ROUTES: { [Name in Route['name']]: Renderer<Name> } = {
  onboarding: (_route, ctx) => (
    <Onboarding
      suggestedLanguage={ctx.app.fallbackLang}
      today={ctx.app.today()}
      defaultWorkspace={ctx.app.defaultWorkspace}
      notice={ctx.notice}
      onDone={(answers) => {
        ctx.update((current) => createProfile(current, answers, now(ctx)));
        ctx.dispatch({ type: 'home', then: ctx.app.initialRoute });
      }}
    />
  ),
  home,
  module: (route, ctx) => {
    const module = ctx.app.syllabus.modules.find((candidate) => candidate.id === route.id)!;
    const open = (next: Route) => ctx.dispatch({ type: 'open', route: next });
    return (
      <ModuleScreen
        t={ctx.t}
        lang={ctx.lang}
        module={module}
        week={weekOfModule(ctx.plan, module.id)}
        workspace={ctx.workspace}
        progress={ctx.state.data.modules[module.id]}
        active
        onOpenLesson={() => open({ name: 'lesson', id: module.id })}
        onOpenCheck={checkedModules.has(module.id) ? () => open({ name: 'check', id: module.id }) : undefined}
        onOpenQuiz={() => open({ name: 'quiz', id: module.id })}
      />
    );
  },
  lesson: (route, ctx) => (
    <LessonRoute
      key={`${route.id}:${ctx.lang}`}
      id={route.id}
      lang={ctx.lang}
      t={ctx.t}
      lessons={ctx.app.lessons}
      saved={ctx.state.data.modules[route.id]?.lesson}
      onCaptureBack={ctx.setBackCaptured}
      onEditing={ctx.setEditing}
      onSave={(progress) => ctx.update((current) => saveLessonPosition(current, route.id, progress, now(ctx)))}
      passed={ctx.state.data.modules[route.id]?.checkpoints?.passed}
      questions={ctx.app.questions ?? (() => loadModuleQuestions(route.id))}
      update={ctx.update}
      clock={ctx.app.clock}
      seed={ctx.app.seed}
    />
  ),
  plan: (_route, ctx) => (
    <PlanScreen
      t={ctx.t}
      lang={ctx.lang}
      syllabus={ctx.app.syllabus}
      plan={ctx.plan}
      currentWeek={ctx.summary.week}
      active
      onOpenDeliverables={() => ctx.dispatch({ type: 'open', route: { name: 'deliverables' } })}
    />
  ),
  deliverables: (_route, ctx) => (
    <DeliverablesScreen
      t={ctx.t}
      lang={ctx.lang}
      syllabus={ctx.app.syllabus}
      deliverables={deliverables(ctx.state.data.modules)}
      active
      onOpenCheck={(id) => ctx.dispatch({ type: 'open', route: { name: 'check', id } })}
    />
  ),
  route: (_route, ctx) => <RouteScreen t={ctx.t} lang={ctx.lang} syllabus={ctx.app.syllabus} active />,
  settings: (route, ctx) => {
    const profile = ctx.state.data.profile;
    // Settings edit a profile; without one (reset in another process) there is only home.
    if (!profile) return home({ name: 'home' }, ctx);
    const { syllabus, today } = ctx.app;
    return (
      <Settings
        t={ctx.t}
        profile={profile}
        weekLevel={
          summarize({
            syllabus,
            lang: ctx.lang,
            today: today(),
            startDate: profile.startDate,
            paceWeeks: profile.paceWeeks,
            progress: {},
          }).drillLevel
        }
        active
        onEditing={ctx.setEditing}
        onChange={(change) => ctx.update((current) => changeProfile(current, change))}
      />
    );
  },
  check: (route, ctx) => (
    <CheckScreen
      key={route.id}
      t={ctx.t}
      lang={ctx.lang}
      id={route.id}
      syllabus={ctx.app.syllabus}
      workspace={ctx.workspace}
      recordDir={ctx.app.store.home === undefined ? undefined : runningDir(ctx.app.store.home)}
      python={ctx.state.data.profile?.python}
      active
      engine={ctx.app.checkEngine}
      onResult={(result) => ctx.update((current) => recordCheck(current, result, now(ctx)))}
    />
  ),
  quiz: practice,
  drill: practice,
  review: practice,
  stats: practice,
  pitch: practice,
};

export function renderRoute(route: Route, ctx: RouteContext): React.JSX.Element {
  // Each entry takes its own variant; the mapped type above guarantees ROUTES[route.name] does.
  return (ROUTES[route.name] as Renderer<Route['name']>)(route, ctx);
}
