// pitch/talking-points.yaml: the portfolio speech's parts, their share of the time and the talking
// points per interviewer level. Validated at build, in the tests and by `validate-content`.
import { z } from 'zod';
import { PITCH_PART_IDS, type PitchPart } from '../core/pitch.js';
import { LEVELS } from '../core/types.js';
import { localized } from './schemas.js';

export const PITCH_FILE = 'pitch/talking-points.yaml';
/** Enough points to rate a part on, few enough to keep in mind while speaking. */
export const POINTS_PER_LEVEL = { min: 2, max: 5 } as const;
/** A talking point is read during a countdown: one or two lines at 60 columns, not a paragraph. */
export const MAX_POINT_CHARS = 200;

const pointId = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be kebab-case');
const point = z.strictObject({
  id: pointId,
  text: localized.refine(
    (text) => text.es.length <= MAX_POINT_CHARS && text.en.length <= MAX_POINT_CHARS,
    `must be at most ${MAX_POINT_CHARS} characters in each language`,
  ),
});
const levelPoints = z.array(point).min(POINTS_PER_LEVEL.min).max(POINTS_PER_LEVEL.max);

const part = z.strictObject({
  id: z.enum(PITCH_PART_IDS, { error: `must be one of ${PITCH_PART_IDS.join(', ')}` }),
  share: z.number().int().min(5).max(50),
  title: localized,
  goal: localized,
  points: z.strictObject(
    Object.fromEntries(LEVELS.map((level) => [level, levelPoints])) as Record<
      (typeof LEVELS)[number],
      typeof levelPoints
    >,
  ),
});

export const pitchFileSchema = z
  .strictObject({
    projects: z.array(z.strictObject({ id: pointId, name: localized })).min(1),
    parts: z.array(part),
  })
  .superRefine((file, ctx) => {
    const order = file.parts.map((entry) => entry.id).join(', ');
    if (order !== PITCH_PART_IDS.join(', '))
      ctx.addIssue({
        code: 'custom',
        path: ['parts'],
        message: `must be the parts ${PITCH_PART_IDS.join(', ')} in that order (found ${order || 'none'})`,
      });
    const total = file.parts.reduce((sum, entry) => sum + entry.share, 0);
    if (total !== 100)
      ctx.addIssue({ code: 'custom', path: ['parts'], message: `shares add up to ${total}, expected 100` });
    const seen = new Set<string>();
    file.parts.forEach((entry, index) => {
      for (const level of LEVELS)
        entry.points[level].forEach((item, at) => {
          if (seen.has(item.id))
            ctx.addIssue({
              code: 'custom',
              path: ['parts', index, 'points', level, at, 'id'],
              message: `"${item.id}" is used by another talking point`,
            });
          seen.add(item.id);
        });
    });
    const projects = new Set<string>();
    file.projects.forEach((project, index) => {
      if (projects.has(project.id))
        ctx.addIssue({
          code: 'custom',
          path: ['projects', index, 'id'],
          message: `"${project.id}" is used by another project`,
        });
      projects.add(project.id);
    });
  });

export type PitchContent = z.infer<typeof pitchFileSchema>;
export type PitchContentPart = PitchContent['parts'][number];

// Compile-time guarantee that validated parts are what the core rules read.
export const checkPitchPartType = (value: PitchContentPart): PitchPart => value;
