// The checker definitions and Python helpers ship in the package (checks/); they are read when a
// check runs, so other commands never pay for them.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { packageRoot } from '../cli/package-root.js';
import { checkSchema, type CheckDefinition } from '../content/check-schema.js';
import type { ModuleId } from '../core/types.js';

export function checksDir(root: string = packageRoot()): string {
  return join(root, 'checks');
}

export function helperDir(root: string = packageRoot()): string {
  return join(checksDir(root), 'python');
}

let cache: Map<ModuleId, CheckDefinition> | undefined;

/** Every checker, by module id. The files were validated at build time; a broken one still fails loudly. */
export function loadDefinitions(root: string = packageRoot()): Map<ModuleId, CheckDefinition> {
  if (cache && root === packageRoot()) return cache;
  const found = new Map<ModuleId, CheckDefinition>();
  for (const name of readdirSync(checksDir(root)).filter((file) => /^\d\d-.*\.ya?ml$/.test(file)).sort()) {
    const parsed = checkSchema.safeParse(parseYaml(readFileSync(join(checksDir(root), name), 'utf8')));
    if (!parsed.success) throw new Error(`checks/${name}: ${parsed.error.issues[0]?.path.join('.')} ${parsed.error.issues[0]?.message}`);
    found.set(parsed.data.id, parsed.data);
  }
  if (root === packageRoot()) cache = found;
  return found;
}
