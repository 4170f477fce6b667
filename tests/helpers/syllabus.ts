// The real syllabus, loaded and validated from the repository (no build needed).
import { fileURLToPath } from 'node:url';
import { loadSyllabus } from '../../src/content/load.js';
import type { Syllabus } from '../../src/core/types.js';

export const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

let cached: Syllabus | undefined;
export function realSyllabus(): Syllabus {
  if (!cached) {
    const issues: unknown[] = [];
    cached = loadSyllabus(repoRoot, issues as never);
    if (!cached) throw new Error(`syllabus.yaml did not load: ${JSON.stringify(issues)}`);
  }
  return cached;
}
