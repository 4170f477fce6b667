// The checker definitions and Python helpers ship in the package (checks/); they are read when a
// check runs, so other commands never pay for them. The build also writes them, validated and with the
// shared artefacts merged, to dist/check-definitions.json: parsing the YAML and validating it again took
// ~250 ms of every `check` (the yaml parser alone ~170 ms), more than some tool commands it runs.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { packageRoot } from '../package-root.js';
import { artefactCatalogueSchema, checkSchema, type ArtefactSpec, type CheckDefinition } from '../content/check-schema.js';
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
export function loadDefinitions(root: string = packageRoot()): Map<ModuleId, CheckDefinition> {
  if (cache && root === packageRoot()) return cache;
  // The bundle reads what its own build compiled; from source (tests, tsx) the YAML is the truth.
  const compiled = compiledDefinitionsPath(root);
  if (process.env.MLOPS_TUTOR_BUNDLED === '1' && root === packageRoot() && existsSync(compiled)) {
    // Pairs, not an object: "10" and "11" would come before "00" as object keys.
    cache = new Map(JSON.parse(readFileSync(compiled, 'utf8')) as [ModuleId, CheckDefinition][]);
    return cache;
  }
  return parseDefinitions(root);
}

/** The checker definitions read from checks/*.yaml and validated (what the build compiles). */
export function parseDefinitions(root: string): Map<ModuleId, CheckDefinition> {
  const found = new Map<ModuleId, CheckDefinition>();
  for (const name of readdirSync(checksDir(root)).filter((file) => /^\d\d-.*\.ya?ml$/.test(file)).sort()) {
    const parsed = checkSchema.safeParse(parseYaml(readFileSync(join(checksDir(root), name), 'utf8')));
    if (!parsed.success) throw new Error(`checks/${name}: ${parsed.error.issues[0]?.path.join('.')} ${parsed.error.issues[0]?.message}`);
    // The shared artefacts come first; the checker's own replace one of the same id.
    found.set(parsed.data.id, { ...parsed.data, artefacts: { ...loadArtefacts(root), ...parsed.data.artefacts } });
  }
  if (root === packageRoot()) cache = found;
  return found;
}

let catalogue: Record<string, ArtefactSpec> | undefined;

/** The artefacts every checker may refer to (checks/artefacts.yaml): README, requirements, cards, CI… */
export function loadArtefacts(root: string = packageRoot()): Record<string, ArtefactSpec> {
  if (catalogue && root === packageRoot()) return catalogue;
  const parsed = artefactCatalogueSchema.safeParse(parseYaml(readFileSync(join(checksDir(root), 'artefacts.yaml'), 'utf8')));
  if (!parsed.success) throw new Error(`checks/artefacts.yaml: ${parsed.error.issues[0]?.path.join('.')} ${parsed.error.issues[0]?.message}`);
  if (root === packageRoot()) catalogue = parsed.data;
  return parsed.data;
}
