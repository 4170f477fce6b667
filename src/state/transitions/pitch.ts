// How a pitch speech changes the store: a pure (state, entry, now) → state, applied through
// Store.update so two processes merge. Bounded here, so the file read at every start cannot grow.
import type { PitchEntry } from '../../core/pitch.js';
import type { State } from '../schema.js';

export const PITCH_LIMITS = {
  /** Speeches kept, newest last: months of daily practice. */
  entries: 100,
  notesPerEntry: 20,
  noteChars: 500,
  projectChars: 80,
} as const;

/** The speech joins the history (once: saving the same speech twice keeps one entry). */
export function recordPitch(state: State, entry: PitchEntry, now: Date): State {
  const notes = entry.notes
    ?.map((note) => note.trim().slice(0, PITCH_LIMITS.noteChars))
    .filter((note) => note.length > 0)
    .slice(-PITCH_LIMITS.notesPerEntry);
  // `at` is when the speech began; `savedAt` when it was rated and saved.
  const { notes: _unbounded, ...rest } = entry;
  const saved: PitchEntry = {
    ...rest,
    project: entry.project.trim().slice(0, PITCH_LIMITS.projectChars),
    savedAt: now.toISOString(),
    ...(notes?.length ? { notes } : {}),
  };
  const others = (state.pitches ?? []).filter((other) => other.id !== entry.id);
  return { ...state, pitches: [...others, saved].slice(-PITCH_LIMITS.entries) };
}

/** The speeches, oldest first (none in a store from before the pitch drill). */
export const pitchHistory = (state: Pick<State, 'pitches'>): PitchEntry[] => state.pitches ?? [];
