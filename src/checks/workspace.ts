// Where a module's mini-project lives: `<workspace>/NN-slug/` unless the workspace's mlops-tutor.json
// maps the module elsewhere (learners keep projects where they like; mentors grade a cohort's layout).
import { readFileSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';
import { z } from 'zod';
import { MODULE_IDS, type ModuleId } from '../core/types.js';

export const WORKSPACE_FILE = 'mlops-tutor.json';

const workspaceFileSchema = z.object({
  modules: z.partialRecord(z.enum(MODULE_IDS), z.string().min(1)).default({}),
  /** The web app a module's http-probe items start, as `module:attribute` (e.g. "service.api:app"). */
  apps: z.partialRecord(z.enum(MODULE_IDS), z.string().regex(/^[\w.]+:[\w.]+$/, 'must be module:attribute')).default({}),
});

export class WorkspaceFileError extends Error {}

export type WorkspaceFile = z.infer<typeof workspaceFileSchema>;

/** The module → folder map from mlops-tutor.json (empty when there is no such file). */
export function readWorkspaceMap(workspace: string): Partial<Record<ModuleId, string>> {
  return readWorkspaceFile(workspace).modules;
}

/** The whole mlops-tutor.json (empty maps when there is no such file). */
export function readWorkspaceFile(workspace: string): WorkspaceFile {
  let text: string;
  try {
    text = readFileSync(join(workspace, WORKSPACE_FILE), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { modules: {}, apps: {} };
    throw new WorkspaceFileError(`${join(workspace, WORKSPACE_FILE)}: ${(error as NodeJS.ErrnoException).code ?? 'unreadable'}`);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw new WorkspaceFileError(`${join(workspace, WORKSPACE_FILE)}: not valid JSON`);
  }
  const parsed = workspaceFileSchema.safeParse(raw);
  if (!parsed.success) throw new WorkspaceFileError(`${join(workspace, WORKSPACE_FILE)}: ${parsed.error.issues[0]?.path.join('.') || 'modules'} ${parsed.error.issues[0]?.message ?? ''}`.trim());
  return parsed.data;
}

export function moduleFolder(workspace: string, id: ModuleId, defaultPath: string, map: Partial<Record<ModuleId, string>>): string {
  const mapped = map[id];
  if (!mapped) return join(workspace, defaultPath);
  return isAbsolute(mapped) ? mapped : resolve(workspace, mapped);
}
