// dependencies-pinned: the project's dependencies are reproducible the way a reviewer judges it — a
// requirements file of exact versions (pip-compile output with hashes and `-r`/`-c` includes
// understood), a committed lock file (uv, Poetry, PDM, Pipenv…) beside pyproject ranges, or exact
// versions in pyproject — and the packages the module is about are among them.
import { dirname, join, posix } from 'node:path';
import { baseName } from '../discovery/names.js';
import { describeFinding } from '../parse/messages.js';
import { lockFileKind, normaliseName, parsePyprojectDependencies, parseRequirements, pinnedVerdict, type RequirementsResult } from '../parse/requirements.js';
import { fail, pass, type KindContext, type Outcome } from '../types.js';
import { readProjectFile, type Of } from './shared.js';

const REQUIREMENTS = /(^|\/)(requirements[^/]*\.(txt|in)|requirements\/[^/]+\.(txt|in))$/i;

export function dependenciesPinned(item: Of<'dependencies-pinned'>, ctx: KindContext): Outcome {
  const files = ctx.project.files().files;
  const read = (rel: string) => {
    const got = readProjectFile(ctx, rel);
    return got.ok ? got.text : undefined;
  };
  // Top-level requirement files: shallow ones (a file included by another is read through it).
  const candidates = files.filter((file) => REQUIREMENTS.test(file) && file.split('/').length <= 3);
  const parsed = candidates.map((file) => parseRequirements(read(file) ?? '', file, (include) => read(posix.normalize(join(dirname(file), include)))));
  const included = new Set(parsed.flatMap((result) => result.files.slice(1)));
  const requirementFiles: RequirementsResult[] = parsed.filter((result) => !included.has(result.files[0]!));
  const pyprojectFile = files.find((file) => file === 'pyproject.toml') ?? ctx.project.upward().slice(1).map((dir) => posix.relative(ctx.dir, join(dir, 'pyproject.toml'))).find((rel) => read(rel) !== undefined);
  const pyprojectText = pyprojectFile ? read(pyprojectFile) : undefined;
  const pyproject = pyprojectText !== undefined ? parsePyprojectDependencies(pyprojectText, pyprojectFile) : undefined;
  const lockFiles = files.flatMap((file) => {
    const kind = lockFileKind(file, REQUIREMENTS.test(file) ? read(file) : undefined);
    return kind && !REQUIREMENTS.test(file) ? [{ file, kind }] : [];
  });
  const verdict = pinnedVerdict({ requirementFiles, pyproject, lockFiles });
  const sentence = describeFinding(ctx.lang, verdict);
  if (!verdict.pinned) return fail(sentence);
  // The packages this module is about must be declared (and so pinned with the rest).
  const declared = new Set([...requirementFiles.flatMap((result) => result.requirements), ...(pyproject?.requirements ?? [])].map((requirement) => requirement.name));
  const lockText = lockFiles.map((lock) => read(lock.file) ?? '').join('\n').toLowerCase();
  const missing = item.packages.filter((name) => !declared.has(normaliseName(name)) && !lockText.includes(`"${normaliseName(name)}"`) && !lockText.includes(`name = "${normaliseName(name)}"`));
  if (missing.length) return fail(ctx.t.msg.packagesUndeclared(missing.join(', '), verdict.where.map(baseName).join(', ') || '?'));
  return pass(sentence);
}
