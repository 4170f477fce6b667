// From "check 03 --dir D --python P" to what the runner needs: the definition, the module folder,
// the interpreter — or the input error that makes the command exit 2.
import type { CheckDefinition } from '../content/check-schema.js';
import type { ModuleId } from '../core/types.js';
import type { State } from '../state/schema.js';
import { isDir } from './files.js';
import { explicitPythonMissing, findPython } from './python.js';
import { moduleFolder, readWorkspaceMap, WorkspaceFileError } from './workspace.js';

export interface CheckPlan {
  definition: CheckDefinition;
  dir: string;
  python: string | undefined;
}

export type PlanError =
  | { error: 'unknown-module'; value: string }
  | { error: 'python-missing'; value: string }
  | { error: 'workspace-file'; detail: string }
  | { error: 'missing-folder'; path: string };

/** "3", "03" and "all" are accepted; anything else is unknown. */
export function selectModules(value: string, available: ReadonlyMap<ModuleId, CheckDefinition>): ModuleId[] | PlanError {
  if (value === 'all') return [...available.keys()];
  const id = /^\d{1,2}$/.test(value) ? value.padStart(2, '0') : value;
  return available.has(id as ModuleId) ? [id as ModuleId] : { error: 'unknown-module', value };
}

export function planCheck(options: {
  definition: CheckDefinition;
  workspace: string;
  pythonFlag?: string | undefined;
  profilePython?: string | undefined;
  env?: NodeJS.ProcessEnv;
}): CheckPlan | PlanError {
  const env = options.env ?? process.env;
  if (explicitPythonMissing(options.pythonFlag, env)) return { error: 'python-missing', value: options.pythonFlag! };
  let map;
  try {
    map = readWorkspaceMap(options.workspace);
  } catch (error) {
    if (error instanceof WorkspaceFileError) return { error: 'workspace-file', detail: error.message };
    throw error;
  }
  const dir = moduleFolder(options.workspace, options.definition.id, options.definition.path, map);
  if (!isDir(dir)) return { error: 'missing-folder', path: dir };
  const python = findPython({ flag: options.pythonFlag, env, profile: options.profilePython, moduleDir: dir, workspace: options.workspace });
  return { definition: options.definition, dir, python: python.path };
}

export const isPlanError = (value: unknown): value is PlanError => typeof value === 'object' && value !== null && 'error' in value;

const HISTORY_LIMIT = 50;

/** The store after a check: best score kept, passed once the best passes, the run appended to history. */
export function recordCheck(state: State, module: ModuleId, score: number, passScore: number, at: string): State {
  const progress = state.modules[module] ?? {};
  const best = Math.max(progress.check?.best ?? 0, score);
  const history = [...(progress.check?.history ?? []), { at, score }].slice(-HISTORY_LIMIT);
  return {
    ...state,
    modules: { ...state.modules, [module]: { ...progress, startedAt: progress.startedAt ?? at, check: { best, passed: best >= passScore, history } } },
  };
}
