// Navigation as a reducer: screens are states, "back" pops. Pure, so it is tested without Ink.
import type { Lang, Level, ModuleId } from '../core/types.js';
import type { State } from '../state/schema.js';

export type Route =
  | { name: 'onboarding' }
  | { name: 'home' }
  | { name: 'module'; id: ModuleId }
  | { name: 'lesson'; id: ModuleId }
  | { name: 'plan' }
  | { name: 'route' }
  | { name: 'settings' }
  | { name: 'check'; id: ModuleId }
  | { name: 'quiz'; id?: ModuleId | undefined; topics?: string[] | undefined }
  | { name: 'drill'; level?: Level | undefined; count?: number | undefined; minutes?: number | undefined }
  | { name: 'review' }
  | { name: 'stats' }
  | { name: 'deliverables' }
  | { name: 'pitch' };

/** Quizzes, drills, review, stats and the pitch: one lazily loaded chunk that handles its own keys. */
export const isPractice = (
  route: Route,
): route is Extract<Route, { name: 'quiz' | 'drill' | 'review' | 'stats' | 'pitch' }> =>
  route.name === 'quiz' ||
  route.name === 'drill' ||
  route.name === 'review' ||
  route.name === 'stats' ||
  route.name === 'pitch';

export interface AppState {
  stack: Route[];
  help: boolean;
  data: State;
  /** The language before a profile exists (from --lang or the locale). */
  fallbackLang: Lang;
}

export type AppAction =
  | { type: 'open'; route: Route }
  | { type: 'back' }
  | { type: 'home'; then?: Route | undefined }
  | { type: 'toggle-help' }
  | { type: 'data'; data: State };

/** Home (or the first-run setup), with an optional screen opened on top (e.g. `lesson 03`). */
export function initialAppState(data: State, fallbackLang: Lang, initialRoute?: Route): AppState {
  if (!data.profile) return { stack: [{ name: 'onboarding' }], help: false, data, fallbackLang };
  return {
    stack: initialRoute ? [{ name: 'home' }, initialRoute] : [{ name: 'home' }],
    help: false,
    data,
    fallbackLang,
  };
}

export function appReducer(state: AppState, action: AppAction): AppState {
  switch (action.type) {
    case 'open':
      return { ...state, help: false, stack: [...state.stack, action.route] };
    case 'back':
      if (state.help) return { ...state, help: false };
      // Home and onboarding are roots: there is nothing behind them.
      return state.stack.length > 1 ? { ...state, stack: state.stack.slice(0, -1) } : state;
    case 'home':
      return { ...state, help: false, stack: action.then ? [{ name: 'home' }, action.then] : [{ name: 'home' }] };
    case 'toggle-help':
      return { ...state, help: !state.help };
    case 'data':
      return { ...state, data: action.data };
  }
}

export function currentRoute(state: AppState): Route {
  return state.stack[state.stack.length - 1]!;
}

export function appLanguage(state: AppState): Lang {
  return state.data.profile?.language ?? state.fallbackLang;
}
