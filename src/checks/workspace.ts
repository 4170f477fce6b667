// The project manifest, mlops-tutor.json: where each module's mini-project lives and what discovery
// cannot guess (a card under another name, the app's import string, how to start the server, a sample
// request). It is found like package.json, walking up from the folder `check` starts in, and it is
// strict: an unknown key is an error naming the key, so a typo never silently changes a grade. Its
// schema (zod) is in manifest-schema.ts, loaded only when there is a manifest to read.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import type { ModuleId } from '../core/types.js';
import type { WorkspaceFile } from './manifest-schema.js';

export const WORKSPACE_FILE = 'mlops-tutor.json';

export type { WorkspaceFile } from './manifest-schema.js';

export class WorkspaceFileError extends Error {}

/** What the manifest says about one module, with paths made absolute. */
export interface ModuleManifest {
  dirs: string[];
  files: Record<string, string>;
  app?: string | undefined;
  start?: string[] | undefined;
  request?: { method: 'POST' | 'PUT' | 'GET'; path: string; body: unknown } | undefined;
}

/** "Model Card", "model_card" and "model-card" all name the artefact `model-card`. */
export const artefactKey = (key: string) =>
  key
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, '-');

/** The nearest mlops-tutor.json at or above `start`, or undefined. */
export function findManifest(start: string): string | undefined {
  for (let current = resolve(start); ; current = dirname(current)) {
    const candidate = join(current, WORKSPACE_FILE);
    if (existsSync(candidate)) return candidate;
    if (dirname(current) === current) return undefined;
  }
}

/** The manifest at `path` (the whole file), validated. */
export async function readManifest(path: string): Promise<WorkspaceFile> {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new WorkspaceFileError(`${path}: ${(error as NodeJS.ErrnoException).code ?? 'unreadable'}`);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw new WorkspaceFileError(`${path}: not valid JSON`);
  }
  const problem = (await import('./manifest-schema.js')).validateManifest(raw);
  if (typeof problem === 'string') throw new WorkspaceFileError(`${path}: ${problem}`);
  return problem;
}

/** The manifest in `workspace` itself (empty when there is none): what `init` and the TUI read. */
export async function readWorkspaceFile(workspace: string): Promise<WorkspaceFile> {
  const path = join(workspace, WORKSPACE_FILE);
  return existsSync(path) ? readManifest(path) : { modules: {}, apps: {} };
}

/** One module's entry, with every path resolved against the manifest's folder. */
export function moduleManifest(manifest: WorkspaceFile, base: string, id: ModuleId): ModuleManifest | undefined {
  const entry = manifest.modules[id];
  const legacyApp = manifest.apps[id];
  if (entry === undefined) return legacyApp ? { dirs: [], files: {}, app: legacyApp } : undefined;
  const abs = (path: string) => (isAbsolute(path) ? path : resolve(base, path));
  if (typeof entry === 'string') return { dirs: [abs(entry)], files: {}, app: legacyApp };
  const paths = typeof entry.path === 'string' ? [entry.path] : entry.path;
  return {
    dirs: paths.map(abs),
    files: Object.fromEntries(Object.entries(entry.files).map(([key, value]) => [artefactKey(key), value])),
    app: entry.app ?? legacyApp,
    start: entry.start,
    request: entry.request as ModuleManifest['request'],
  };
}
