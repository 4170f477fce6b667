// Conda's environment.yml (cookiecutter-data-science projects often have one): conda packages as
// MatchSpecs ("pandas=2.2.3", "numpy>=1.26", "scikit-learn==1.6.0=py312h…") plus a `pip:` list.
// Returned in the shape of a requirements file so pinnedVerdict can judge it like one.
import { finding } from './finding.js';
import { normaliseName, parseRequirementString } from './pep508.js';
import type { PipRequirement, RequirementsResult } from './requirements.js';

/**
 * Conda's `=1.2.3` matches 1.2.3 and 1.2.3.* builds: counted as pinned when it names a full version
 * (three parts or a build string); `=3.11` (two parts) is a range. `==` is exact. The interpreter itself
 * (`python`, `pip`) is not a dependency to pin.
 */
export function condaPinned(spec: string): { pinned: boolean; version?: string } {
  if (spec === '' || /[<>~!,|]/.test(spec)) return { pinned: false };
  const match = /^(==?)?([^=]+)(=(.+))?$/.exec(spec);
  if (!match || match[2]!.includes('*')) return { pinned: false };
  const [, op, version, , build] = match;
  if (op === '==') return { pinned: true, version };
  return version!.split('.').length >= 3 || build !== undefined ? { pinned: true, version } : { pinned: false };
}

const NOT_DEPENDENCIES = new Set(['python', 'pip']);

/** Parses a YAML-parsed environment.yml; unparseable entries are `req.unparseable` problems. */
export function parseCondaEnvironment(data: unknown, file = 'environment.yml', text?: string): RequirementsResult {
  const result: RequirementsResult = { requirements: [], constraints: [], options: [], problems: [], files: [file], hashMode: false };
  const lines = text?.split(/\r?\n/) ?? [];
  const lineOf = (entry: string): number | undefined => {
    const at = lines.findIndex((line) => line.includes(entry));
    return at < 0 ? undefined : at + 1;
  };
  const deps = typeof data === 'object' && data !== null && Array.isArray((data as { dependencies?: unknown }).dependencies) ? (data as { dependencies: unknown[] }).dependencies : [];
  for (const entry of deps) {
    if (typeof entry === 'string') {
      // "conda-forge::pandas=2.2.3" names the channel first.
      const match = /^(?:[\w.-]+::)?([A-Za-z0-9_.-]+)\s*(.*)$/.exec(entry.trim());
      if (!match) {
        result.problems.push(finding('req.unparseable', { text: entry }, file, lineOf(entry)));
        continue;
      }
      const [, rawName, spec] = match;
      if (NOT_DEPENDENCIES.has(rawName!.toLowerCase())) continue;
      const { pinned, version } = condaPinned(spec!.replace(/\s+/g, ''));
      const req: PipRequirement = { name: normaliseName(rawName!), rawName: rawName!, extras: [], specifier: spec!.trim(), pinned, version, local: false, editable: false, hashes: [], file, line: lineOf(entry), constraint: false };
      result.requirements.push(req);
      if (!pinned) result.problems.push(finding('req.unpinned', { name: req.name, specifier: req.specifier }, file, req.line));
    } else if (typeof entry === 'object' && entry !== null && Array.isArray((entry as { pip?: unknown }).pip)) {
      for (const pipEntry of (entry as { pip: unknown[] }).pip) {
        const text = String(pipEntry);
        if (/^-/.test(text.trim())) continue;
        const parsed = parseRequirementString(text);
        if (!parsed) {
          result.problems.push(finding('req.unparseable', { text }, file, lineOf(text)));
          continue;
        }
        const req: PipRequirement = { ...parsed, hashes: [], editable: false, file, line: lineOf(text), constraint: false };
        result.requirements.push(req);
        if (!req.pinned && !req.local) result.problems.push(finding('req.unpinned', { name: req.name, specifier: req.specifier }, file, req.line));
      }
    }
  }
  return result;
}
