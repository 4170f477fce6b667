// The project manifest, mlops-tutor.json: where each module's mini-project lives and what discovery
// cannot guess (a card under another name, the app's import string, how to start the server, a sample
// request). It is found like package.json, walking up from the folder `check` starts in, and it is
// strict: an unknown key is an error naming the key, so a typo never silently changes a grade.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { z } from 'zod';
import { MODULE_IDS, type ModuleId } from '../core/types.js';

export const WORKSPACE_FILE = 'mlops-tutor.json';

const folder = z.string().trim().min(1, 'must not be empty');
const appString = z.string().regex(/^[\w.]+:[\w.]+$/, 'must be module:attribute, e.g. "service.api:app"');

const moduleEntry = z.union([
  folder,
  z.strictObject({
    /** The module's folder, or several: the first is where its commands run, the others are searched too. */
    path: z.union([folder, z.array(folder).min(1)]),
    /** Artefact overrides: "model card" (or "model-card") → a path; a Python artefact → "module:Name" too. */
    files: z.record(z.string().min(1), folder).default({}),
    /** The web app's import string, for the checks that start it. */
    app: appString.optional(),
    /** The command that starts the server, as an argv; {python} and {port} are replaced. */
    start: z.array(z.string().min(1)).min(1).optional(),
    /** A request the API must answer with 200: what the API checks send as the valid case. */
    request: z.strictObject({ method: z.enum(['POST', 'PUT', 'GET']).default('POST'), path: z.string().startsWith('/'), body: z.unknown() }).optional(),
  }),
]);

const manifestSchema = z.strictObject({
  $schema: z.string().optional(),
  modules: z.partialRecord(z.enum(MODULE_IDS), moduleEntry).default({}),
  /** Version 0.1's place for the app of a module; `modules.NN.app` is the new one. */
  apps: z.partialRecord(z.enum(MODULE_IDS), appString).default({}),
});

export type WorkspaceFile = z.infer<typeof manifestSchema>;

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

function describeIssue(issue: z.core.$ZodIssue): string {
  const path = issue.path.join('.');
  if (issue.code === 'unrecognized_keys') return `unknown key ${issue.keys.map((key) => `"${[path, key].filter(Boolean).join('.')}"`).join(', ')}`;
  return `${path || '(top level)'} ${issue.message}`.trim();
}

/** The manifest at `path` (the whole file), validated. */
export function readManifest(path: string): WorkspaceFile {
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
  const parsed = manifestSchema.safeParse(raw);
  if (!parsed.success) throw new WorkspaceFileError(`${path}: ${describeIssue(parsed.error.issues[0]!)}`);
  return parsed.data;
}

/** The manifest in `workspace` itself (empty when there is none): what `init` and the TUI read. */
export function readWorkspaceFile(workspace: string): WorkspaceFile {
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
