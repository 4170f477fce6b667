// How the profile changes: created once at the first run, then edited in Settings.
import type { Profile, State } from '../schema.js';

/** What onboarding asks for; the store adds when it was created. */
export type NewProfile = Omit<Profile, 'createdAt' | 'python' | 'drillLevel'>;

export function createProfile(state: State, answers: NewProfile, now: Date): State {
  return { ...state, profile: { ...answers, createdAt: now.toISOString() } };
}

export type ProfileChange = Partial<Pick<Profile, 'language' | 'paceWeeks' | 'workspace' | 'startDate' | 'drillLevel'>>;

/** A change made in Settings. Without a profile (it was reset meanwhile) there is nothing to edit. */
export function changeProfile(state: State, change: ProfileChange): State {
  if (!state.profile) return state;
  const next = { ...state.profile, ...change };
  // "Follow the week" is the absence of a chosen level.
  if (change.drillLevel === undefined && 'drillLevel' in change) delete next.drillLevel;
  return { ...state, profile: next };
}
