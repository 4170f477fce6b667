// The syllabus as compiled into the bundle by scripts/build.ts (validated there with syllabusSchema).
import type { Syllabus } from '../core/types.js';
import data from '../generated/syllabus.json' with { type: 'json' };

export const syllabus = data as Syllabus;
