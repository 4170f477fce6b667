// The pitch's talking points as compiled by scripts/build.ts, loaded on first use (a separate chunk).
import type { PitchContent } from './pitch-schema.js';

export type { PitchContent, PitchContentPart } from './pitch-schema.js';

let cache: PitchContent | null | undefined;

/** The talking points, or null when the build found the file missing or invalid. */
export async function loadPitch(): Promise<PitchContent | null> {
  cache ??= (await import('../generated/pitch.json', { with: { type: 'json' } })).default as PitchContent | null;
  return cache;
}
