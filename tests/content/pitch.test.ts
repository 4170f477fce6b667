// The pitch's talking points: the repository's file passes its schema, and broken copies are refused
// with a sentence that says what to fix.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parseYaml, stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/content/load.js';
import { MAX_POINT_CHARS, PITCH_FILE } from '../../src/content/pitch-schema.js';
import { validateContent } from '../../src/content/validate.js';
import { PITCH_PART_IDS } from '../../src/core/pitch.js';
import { LEVELS } from '../../src/core/types.js';
import { repoRoot } from '../helpers/syllabus.js';

/** The parts of the pitch file the tests edit, as YAML gives them. */
type RawPart = { share: number; points: Record<string, { id: string; text: Record<string, string> }[]> };

/** A content folder with the syllabus and a pitch file changed by `edit`. */
function withPitch(edit: (file: { projects: unknown[]; parts: RawPart[] }) => void): string {
  const dir = mkdtempSync(join(tmpdir(), 'mlops-pitch-'));
  cpSync(join(repoRoot, 'syllabus.yaml'), join(dir, 'syllabus.yaml'));
  const file = parseYaml(readFileSync(join(repoRoot, PITCH_FILE), 'utf8'));
  edit(file);
  mkdirSync(join(dir, 'pitch'));
  writeFileSync(join(dir, PITCH_FILE), stringify(file));
  return dir;
}

const pitchErrors = (dir: string) =>
  validateContent(loadContent(dir))
    .issues.filter((issue) => issue.file === PITCH_FILE && issue.severity === 'error')
    .map((issue) => `${issue.field}: ${issue.message}`);

describe('pitch/talking-points.yaml', () => {
  const content = loadContent(repoRoot);

  it('has the five parts in the syllabus order, shares adding up to 100, points for every level in both languages', () => {
    expect(content.issues.filter((issue) => issue.file === PITCH_FILE)).toEqual([]);
    const pitch = content.pitch!;
    expect(pitch.parts.map((part) => part.id)).toEqual([...PITCH_PART_IDS]);
    expect(pitch.parts.reduce((sum, part) => sum + part.share, 0)).toBe(100);
    for (const part of pitch.parts)
      for (const level of LEVELS)
        for (const point of part.points[level]) {
          expect(point.text.es.length, point.id).toBeLessThanOrEqual(MAX_POINT_CHARS);
          // Two different texts: the English is not a copy of the Spanish.
          expect(point.text.es, point.id).not.toBe(point.text.en);
        }
    expect(validateContent(content).counts.pitch).toEqual({ parts: 5, points: { junior: 15, mid: 16, senior: 16 } });
  });

  it('is shipped in the package', () => {
    expect(JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')).files).toContain('pitch/');
  });

  it('refuses parts out of order, shares that do not add up, a duplicated point and a missing translation', () => {
    const dir = withPitch((file) => {
      [file.parts[0], file.parts[1]] = [file.parts[1]!, file.parts[0]!];
      file.parts[2]!.share = 30;
      file.parts[3]!.points.mid![1]!.id = file.parts[3]!.points.mid![0]!.id;
      delete file.parts[4]!.points.senior![0]!.text.en;
    });
    const errors = pitchErrors(dir);
    expect(errors).toEqual(['parts[4].points.senior[0].text.en: Invalid input: expected string, received undefined']);
    // The file is refused as a whole at the first schema error; fix the translation and the rest shows.
    const fixed = withPitch((file) => {
      [file.parts[0], file.parts[1]] = [file.parts[1]!, file.parts[0]!];
      file.parts[2]!.share = 30;
      file.parts[3]!.points.mid![1]!.id = file.parts[3]!.points.mid![0]!.id;
    });
    const rest = pitchErrors(fixed).join('\n');
    expect(rest).toContain('must be the parts problem, data, model, mlops, next in that order');
    expect(rest).toContain('shares add up to 105, expected 100');
    expect(rest).toContain('is used by another talking point');
  });

  it('warns, without failing, when a content folder has no pitch file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mlops-pitch-'));
    cpSync(join(repoRoot, 'syllabus.yaml'), join(dir, 'syllabus.yaml'));
    const issues = validateContent(loadContent(dir)).issues.filter((issue) => issue.file === PITCH_FILE);
    expect(issues).toEqual([
      expect.objectContaining({ severity: 'warning', message: expect.stringContaining('is missing') }),
    ]);
  });
});
