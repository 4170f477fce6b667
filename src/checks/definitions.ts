// The checker definitions and Python helpers ship in the package (checks/); they are read when a
// check runs, so other commands never pay for them. The build also writes them, validated and with the
// shared artefacts merged, to dist/check-definitions.json: parsing the YAML and validating it again took
// ~250 ms of every `check` (the yaml parser alone ~170 ms), more than some tool commands it runs. The
// parser and the schemas live in definitions-source.ts, loaded only where the JSON is not used.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../package-root.js';
import type { CheckDefinition } from '../content/check-schema.js';
import type { ModuleId } from '../core/types.js';

export function checksDir(root: string = packageRoot()): string {
  return join(root, 'checks');
}

export function helperDir(root: string = packageRoot()): string {
  return join(checksDir(root), 'python');
}

let cache: Map<ModuleId, CheckDefinition> | undefined;

/** Where the build writes the compiled definitions (see scripts/build.ts). */
export const compiledDefinitionsPath = (root: string): string => join(root, 'dist', 'check-definitions.json');

/** Every checker, by module id. The files were validated at build time; a broken one still fails loudly. */
export async function loadDefinitions(root: string = packageRoot()): Promise<Map<ModuleId, CheckDefinition>> {
  if (cache && root === packageRoot()) return cache;
  // The bundle reads what its own build compiled; from source (tests, tsx) the YAML is the truth.
  const compiled = compiledDefinitionsPath(root);
  if (process.env.MLOPS_TUTOR_BUNDLED === '1' && root === packageRoot() && existsSync(compiled)) {
    // Pairs, not an object: "10" and "11" would come before "00" as object keys.
    cache = new Map(JSON.parse(readFileSync(compiled, 'utf8')) as [ModuleId, CheckDefinition][]);
    return cache;
  }
  const parsed = (await import('./definitions-source.js')).parseDefinitions(root);
  if (root === packageRoot()) cache = parsed;
  return parsed;
}
