// From "check 03 --dir D --python P" to what the runner needs: the definition, the module folder,
// the interpreter — or the input error that makes the command exit 2.
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import type { CheckDefinition } from '../content/check-schema.js';
import type { ModuleId } from '../core/types.js';
import { isDir, listDir } from './files.js';
import { explicitPythonMissing, findPython, type PythonChoice } from './python.js';
import { findManifest, moduleManifest, readManifest, WorkspaceFileError, type ModuleManifest, type WorkspaceFile } from './workspace.js';

export interface CheckPlan {
  definition: CheckDefinition;
  dir: string;
  python: string | undefined;
  pythonSource: PythonChoice['source'];
  /** The manifest that was read (its path), if any. */
  manifestPath: string | undefined;
  manifest: ModuleManifest | undefined;
}

export type PlanError =
  | { error: 'unknown-module'; value: string }
  | { error: 'python-missing'; value: string }
  | { error: 'workspace-file'; detail: string }
  | { error: 'missing-folder'; path: string }
  | { error: 'no-module'; path: string };

/** Where `check` looks: the workspace, the manifest above the starting folder, and that folder. */
export interface CheckTarget {
  /** The folder the learner pointed at (--dir) or stands in. */
  base: string;
  /** The folder of the manifest, else the workspace chosen at setup (or `base`). */
  workspace: string;
  manifestPath: string | undefined;
  manifest: WorkspaceFile;
}

/**
 * `--dir` wins; otherwise the current folder when a manifest is found above it or it holds module
 * folders, else the workspace saved at setup. The manifest is looked for from there upwards.
 */
export async function locateTarget(options: { dirFlag?: string | undefined; cwd: string; profileWorkspace?: string | undefined }): Promise<CheckTarget | PlanError> {
  const fromCwd = options.dirFlag === undefined ? findManifest(options.cwd) : undefined;
  const base = resolve(options.dirFlag ?? (fromCwd || looksLikeWorkspace(options.cwd) || looksLikeModule(options.cwd) || !options.profileWorkspace ? options.cwd : options.profileWorkspace));
  const manifestPath = options.dirFlag === undefined ? (fromCwd ?? findManifest(base)) : findManifest(base);
  let manifest: WorkspaceFile = { modules: {}, apps: {} };
  if (manifestPath) {
    try {
      manifest = await readManifest(manifestPath);
    } catch (error) {
      if (error instanceof WorkspaceFileError) return { error: 'workspace-file', detail: error.message };
      throw error;
    }
  }
  return { base, workspace: manifestPath ? dirname(manifestPath) : base, manifestPath, manifest };
}

const MODULE_FOLDER = /^(\d\d)-[a-z0-9-]+$/;

/** A workspace of `NN-slug/` folders (what `init` makes). */
function looksLikeWorkspace(dir: string): boolean {
  return listDir(dir).some((name) => MODULE_FOLDER.test(name) && isDir(join(dir, name)));
}

/** Something to grade: a file or folder besides the manifest (an empty folder is a workspace to fill). */
function hasProjectFiles(dir: string): boolean {
  return listDir(dir).some((name) => name !== 'mlops-tutor.json' && name !== '.git');
}

function looksLikeModule(dir: string): boolean {
  return MODULE_FOLDER.test(basename(dir));
}

const contains = (parent: string, child: string) => {
  const back = relative(parent, child);
  return back === '' || (!back.startsWith('..') && !back.startsWith(sep));
};

/** The module a folder is: `NN-slug/` by its name, else the manifest entry whose folder holds it. */
export function inferModule(target: CheckTarget, available: ReadonlyMap<ModuleId, CheckDefinition>): ModuleId | undefined {
  for (let current = target.base; contains(target.workspace, current) || current === target.base; current = dirname(current)) {
    const id = MODULE_FOLDER.exec(basename(current))?.[1] as ModuleId | undefined;
    if (id && available.has(id)) return id;
    if (dirname(current) === current || current === target.workspace) break;
  }
  for (const id of available.keys()) {
    const entry = moduleManifest(target.manifest, target.workspace, id);
    if (entry?.dirs.some((dir) => contains(dir, target.base))) return id;
  }
  return undefined;
}

/** "3", "03" and "all" are accepted; anything else is unknown. */
export function selectModules(value: string, available: ReadonlyMap<ModuleId, CheckDefinition>): ModuleId[] | PlanError {
  if (value === 'all') return [...available.keys()];
  const id = /^\d{1,2}$/.test(value) ? value.padStart(2, '0') : value;
  return available.has(id as ModuleId) ? [id as ModuleId] : { error: 'unknown-module', value };
}

/**
 * The module's folder: the manifest's entry, else `<workspace>/NN-slug/`, else — when one module is
 * checked and the starting folder is not a workspace of module folders — that folder itself.
 */
export function planCheck(options: {
  definition: CheckDefinition;
  target: CheckTarget;
  /** One module is checked (not "all"). */
  single?: boolean;
  /** The learner pointed at the folder (--dir): it may be the module's own folder. */
  explicitDir?: boolean;
  pythonFlag?: string | undefined;
  profilePython?: string | undefined;
  env?: NodeJS.ProcessEnv;
}): CheckPlan | PlanError {
  const env = options.env ?? process.env;
  const { definition, target } = options;
  if (explicitPythonMissing(options.pythonFlag, env)) return { error: 'python-missing', value: options.pythonFlag! };
  const manifest = moduleManifest(target.manifest, target.workspace, definition.id);
  let dir: string;
  if (manifest?.dirs.length) dir = manifest.dirs[0]!;
  else if (isDir(join(target.workspace, definition.path))) dir = join(target.workspace, definition.path);
  else if (options.single && (options.explicitDir || looksLikeModule(target.base)) && hasProjectFiles(target.base) && !looksLikeWorkspace(target.base)) dir = target.base;
  else dir = join(target.workspace, definition.path);
  if (!isDir(dir)) return { error: 'missing-folder', path: dir };
  const python = findPython({ flag: options.pythonFlag, env, profile: options.profilePython, moduleDir: dir, workspace: target.workspace });
  return { definition, dir, python: python.path, pythonSource: python.source, manifestPath: target.manifestPath, manifest };
}

export const isPlanError = (value: unknown): value is PlanError => typeof value === 'object' && value !== null && 'error' in value;

