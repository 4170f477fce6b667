// Shared by the corpus tests (tests/checks/corpus-NN.test.ts): realistic projects written for these
// tests — laid out the way public ML repositories are (cookiecutter-style data science trees, FastAPI
// services, DVC pipelines, monorepos with CI at the root) — and a table of the verdict every item of
// the checker must reach on each, so a regression anywhere shows.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { expect } from 'vitest';
import type { ItemResult } from '../../src/checks/runner.js';
import type { ModuleId } from '../../src/core/types.js';
import { repoRoot } from '../helpers/syllabus.js';
import { check, definition } from './helpers.js';

export const TIMEOUT = 300_000;

export type Verdict = ItemResult['status'];

/** A git repository (a `.git` folder) in a fresh temporary folder, and the project folder `at` inside it. */
export function repository(name: string, at: string): { root: string; dir: string } {
  const root = mkdtempSync(join(tmpdir(), `mlops-corpus-${name}-`));
  mkdirSync(join(root, '.git'));
  const dir = join(root, at);
  mkdirSync(dir, { recursive: true });
  return { root, dir };
}

/** A copy of solution `id` at `<root>/<at>`, to be reshaped the way another project would be. */
export function solutionAt(id: ModuleId, name: string, at: string): { root: string; dir: string } {
  const place = repository(name, at);
  cpSync(join(repoRoot, 'solutions', definition(id).path), place.dir, { recursive: true });
  return place;
}

/** Writes files (path → text; a string array is joined into lines) under `dir`. */
export function write(dir: string, files: Record<string, string | string[]>): void {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), Array.isArray(text) ? `${text.join('\n')}\n` : text);
  }
}

export function move(from: string, to: string): void {
  mkdirSync(dirname(to), { recursive: true });
  renameSync(from, to);
}

/** Each replacement must apply, so a fixture that drifted from its source fails loudly. */
export function rewrite(path: string, replacements: [string | RegExp, string][]): void {
  let text = readFileSync(path, 'utf8');
  for (const [from, to] of replacements) {
    const next = text.replace(from, to);
    if (next === text) throw new Error(`${path}: ${String(from)} did not apply`);
    text = next;
  }
  writeFileSync(path, text);
}

/**
 * Runs module `id`'s checker on `dir` and asserts the verdict of every item: the table must list them
 * all (a new item must be added to every variant). On a mismatch the messages are in the diff.
 */
export async function expectVerdicts(id: ModuleId, place: { root: string; dir: string }, table: Record<string, Verdict>) {
  const result = await check(definition(id), place.dir, place.root);
  const itemIds = definition(id).items.map((item) => item.id);
  expect(Object.keys(table).sort(), 'the table lists every item of the checker').toEqual([...itemIds].sort());
  const seen = Object.fromEntries(result.items.filter((item) => item.status !== 'warn').map((item) => [item.id, item.status]));
  const why = result.items.map((item) => `${item.id}: ${item.status} — ${item.message}`).join('\n');
  expect(seen, why).toEqual(table);
  return { result, item: (itemId: string) => result.items.find((item) => item.id === itemId)! };
}
