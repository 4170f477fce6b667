// The checker definitions as written: checks/*.yaml parsed and validated against the schemas. The build
// runs this once (scripts/build.ts writes the result to dist/check-definitions.json); tests and a
// source checkout use it directly; the bundle only when the compiled file is missing.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { packageRoot } from '../package-root.js';
import { artefactCatalogueSchema, checkSchema, type ArtefactSpec, type CheckDefinition } from '../content/check-schema.js';
import type { ModuleId } from '../core/types.js';
import { checksDir } from './definitions.js';

/** The checker definitions read from checks/*.yaml and validated (what the build compiles). */
export function parseDefinitions(root: string): Map<ModuleId, CheckDefinition> {
  const found = new Map<ModuleId, CheckDefinition>();
  for (const name of readdirSync(checksDir(root)).filter((file) => /^\d\d-.*\.ya?ml$/.test(file)).sort()) {
    const parsed = checkSchema.safeParse(parseYaml(readFileSync(join(checksDir(root), name), 'utf8')));
    if (!parsed.success) throw new Error(`checks/${name}: ${parsed.error.issues[0]?.path.join('.')} ${parsed.error.issues[0]?.message}`);
    // The shared artefacts come first; the checker's own replace one of the same id.
    found.set(parsed.data.id, { ...parsed.data, artefacts: { ...loadArtefacts(root), ...parsed.data.artefacts } });
  }
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
