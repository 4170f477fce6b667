// The store's state read without the store: only a file that is sound as it is (current or migratable
// schema, every field valid) is returned, and nothing is ever written. The early first paint
// (cli/quick-start.ts) uses it; anything else (no file, damage to repair, a newer schema) is left to
// the store, which reports and repairs it as always.
import { boundState } from './bounds.js';
import { fastParseState } from './fast-parse.js';
import { readJson } from './file.js';
import { migrate } from './migrations.js';
import type { State } from './schema.js';

export function readSoundState(path: string): State | undefined {
  try {
    const file = readJson(path);
    if (!file) return undefined;
    const state = fastParseState(migrate(file.value));
    return state && boundState(state).state;
  } catch {
    return undefined;
  }
}
