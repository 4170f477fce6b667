// The modules that have a checker (checks/NN-slug.yaml), as listed by scripts/build.ts.
import type { ModuleId } from '../core/types.js';
import ids from '../generated/checkers.json' with { type: 'json' };

export const checkedModules: ReadonlySet<ModuleId> = new Set(ids as ModuleId[]);
