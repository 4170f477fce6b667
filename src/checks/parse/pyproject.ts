// Dependencies declared in pyproject.toml: PEP 621 `[project]`, PEP 735 `[dependency-groups]` and
// Poetry's `[tool.poetry.*dependencies]` (whose bare "1.2.3" is exact and "^1.2" is a range).
import { parse, TomlError } from 'smol-toml';
import { finding, type Finding } from './finding.js';
import { normaliseName, parseRequirementString, type Requirement } from './pep508.js';

/**
 * Problem codes of pyproject.toml (args in braces):
 * - `pyproject.invalid-toml` {message}: not valid TOML (line set when the parser knows it).
 * - `pyproject.bad-dependency` {text, section}: an entry that is not a PEP 508 requirement
 *   (or a Poetry table without version, git, path or url).
 * - `pyproject.not-a-list` {section}: `dependencies` (or an extra/group) that is not a list of strings.
 */
export type PyprojectProblemCode = 'pyproject.invalid-toml' | 'pyproject.bad-dependency' | 'pyproject.not-a-list';

export interface PyprojectRequirement extends Requirement {
  /** Where it was declared: "project.dependencies", "project.optional-dependencies.dev",
   * "dependency-groups.test", "tool.poetry.dependencies", "tool.poetry.group.dev.dependencies". */
  section: string;
  /** Installed when the package is: `[project].dependencies` or Poetry's main dependencies. */
  runtime: boolean;
}

export interface PyprojectDependencies {
  file: string;
  name?: string | undefined;
  /** `[project].requires-python`, else Poetry's `python = "…"` dependency. */
  requiresPython?: { specifier: string; source: 'project' | 'poetry'; line?: number | undefined } | undefined;
  requirements: PyprojectRequirement[];
  /** `[project].dynamic`: e.g. ["dependencies"] when they come from a file. */
  dynamic: string[];
  /** `[tool.setuptools.dynamic].dependencies.file`: requirement files that are the real dependencies. */
  dependencyFiles: string[];
  /** Which tool's tables are present (a lock file of that tool is expected beside). */
  tools: Array<'poetry' | 'uv' | 'pdm' | 'hatch' | 'setuptools' | 'rye'>;
  problems: Finding<PyprojectProblemCode>[];
}

type Table = Record<string, unknown>;
const isTable = (value: unknown): value is Table => typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);

/** First line that contains `needle` after the line of `[header]` (1-based), to say where a value is. */
function lineOf(lines: string[], needle: RegExp, header?: string): number | undefined {
  let from = 0;
  if (header !== undefined) {
    const headerRe = new RegExp(`^\\s*\\[\\s*${header.replace(/[.]/g, '\\s*\\.\\s*').replace(/-/g, '\\-')}\\s*\\]`);
    const at = lines.findIndex((line) => headerRe.test(line));
    if (at >= 0) from = at;
  }
  for (let i = from; i < lines.length; i++) if (needle.test(lines[i]!)) return i + 1;
  return undefined;
}

const escape = (text: string): RegExp => new RegExp(`["']${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}["']`);

/** Poetry constraint syntax: "1.2.3", "==1.2.3" and "=1.2.3" are exact; ^, ~, *, ranges are not. */
export function poetryExactVersion(constraint: string): string | undefined {
  const match = /^\s*(?:={1,2})?\s*(\d[A-Za-z0-9.+!-]*)\s*$/.exec(constraint);
  return match && !match[1]!.includes('*') ? match[1] : undefined;
}

function poetryRequirement(rawName: string, spec: unknown, section: string, runtime: boolean, file: string, line: number | undefined): PyprojectRequirement | undefined {
  const base = { name: normaliseName(rawName), rawName, hashes: [], editable: false, file, line, section, runtime };
  // Several constraints by python version: pinned only if every alternative is exact.
  const alternatives = Array.isArray(spec) ? spec : [spec];
  const parts = alternatives.map((alt): Omit<PyprojectRequirement, keyof typeof base> | undefined => {
    if (typeof alt === 'string') {
      const version = poetryExactVersion(alt);
      return { extras: [], specifier: alt.trim(), pinned: version !== undefined, version, local: false };
    }
    if (!isTable(alt)) return undefined;
    const extras = Array.isArray(alt.extras) ? alt.extras.filter((e): e is string => typeof e === 'string').map(normaliseName) : [];
    const marker = typeof alt.markers === 'string' ? alt.markers : undefined;
    if (typeof alt.version === 'string') {
      const version = poetryExactVersion(alt.version);
      return { extras, specifier: alt.version.trim(), pinned: version !== undefined, version, marker, local: false };
    }
    if (typeof alt.git === 'string') {
      const ref = [alt.rev, alt.tag, alt.branch].find((value): value is string => typeof value === 'string');
      const pinned = typeof alt.rev === 'string' || typeof alt.tag === 'string';
      return { extras, specifier: '', pinned, url: alt.git, vcsRef: ref, marker, local: false };
    }
    if (typeof alt.path === 'string') return { extras, specifier: '', pinned: false, url: alt.path, marker, local: true };
    if (typeof alt.url === 'string') return { extras, specifier: '', pinned: true, url: alt.url, marker, local: false };
    return undefined;
  });
  if (parts.some((part) => part === undefined)) return undefined;
  const first = parts[0]!;
  return { ...base, ...first, pinned: parts.every((part) => part!.pinned), specifier: parts.map((part) => part!.specifier).filter(Boolean).join(' | ') };
}

/** Parses pyproject.toml's dependency tables. Never throws: invalid TOML is a problem. */
export function parsePyprojectDependencies(tomlText: string, file = 'pyproject.toml'): PyprojectDependencies {
  const result: PyprojectDependencies = { file, requirements: [], dynamic: [], dependencyFiles: [], tools: [], problems: [] };
  let doc: Table;
  try {
    doc = parse(tomlText) as Table;
  } catch (error) {
    const message = error instanceof Error ? error.message.split('\n')[0]!.replace(/^Invalid TOML document:\s*/, '') : String(error);
    result.problems.push(finding('pyproject.invalid-toml', { message }, file, error instanceof TomlError ? error.line : undefined));
    return result;
  }
  const lines = tomlText.split(/\r?\n/);
  const project = isTable(doc.project) ? doc.project : undefined;
  const tool = isTable(doc.tool) ? doc.tool : {};

  const readList = (value: unknown, section: string, runtime: boolean, header: string): void => {
    if (value === undefined) return;
    if (!Array.isArray(value) || value.some((entry) => typeof entry !== 'string' && !isTable(entry))) {
      result.problems.push(finding('pyproject.not-a-list', { section }, file, lineOf(lines, /./, header)));
      return;
    }
    for (const entry of value) {
      // PEP 735 allows {include-group = "…"} inside a group; it adds nothing new to read here.
      if (isTable(entry)) continue;
      const text = entry as string;
      const line = lineOf(lines, escape(text), header);
      const parsed = parseRequirementString(text);
      if (!parsed) result.problems.push(finding('pyproject.bad-dependency', { text, section }, file, line));
      else result.requirements.push({ ...parsed, hashes: [], editable: false, file, line, section, runtime });
    }
  };

  if (project) {
    if (typeof project.name === 'string') result.name = project.name;
    if (typeof project['requires-python'] === 'string')
      result.requiresPython = { specifier: project['requires-python'], source: 'project', line: lineOf(lines, /^\s*requires-python\s*=/, 'project') };
    if (Array.isArray(project.dynamic)) result.dynamic = project.dynamic.filter((d): d is string => typeof d === 'string');
    readList(project.dependencies, 'project.dependencies', true, 'project');
    const optional = project['optional-dependencies'];
    if (isTable(optional)) for (const [extra, list] of Object.entries(optional)) readList(list, `project.optional-dependencies.${extra}`, false, 'project.optional-dependencies');
  }
  if (isTable(doc['dependency-groups'])) for (const [group, list] of Object.entries(doc['dependency-groups'])) readList(list, `dependency-groups.${group}`, false, 'dependency-groups');

  const setuptools = isTable(tool.setuptools) ? tool.setuptools : undefined;
  const dynamicDeps = setuptools && isTable(setuptools.dynamic) && isTable(setuptools.dynamic.dependencies) ? setuptools.dynamic.dependencies : undefined;
  if (dynamicDeps) {
    const files = dynamicDeps.file;
    result.dependencyFiles = (Array.isArray(files) ? files : [files]).filter((f): f is string => typeof f === 'string');
  }

  const poetry = isTable(tool.poetry) ? tool.poetry : undefined;
  if (poetry) {
    if (!result.name && typeof poetry.name === 'string') result.name = poetry.name;
    const readPoetry = (table: unknown, section: string, runtime: boolean): void => {
      if (!isTable(table)) return;
      for (const [rawName, spec] of Object.entries(table)) {
        const line = lineOf(lines, new RegExp(`^\\s*["']?${rawName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}["']?\\s*=`), section);
        if (rawName.toLowerCase() === 'python') {
          if (!result.requiresPython && typeof spec === 'string') result.requiresPython = { specifier: spec, source: 'poetry', line };
          continue;
        }
        const req = poetryRequirement(rawName, spec, section, runtime, file, line);
        if (req) result.requirements.push(req);
        else result.problems.push(finding('pyproject.bad-dependency', { text: `${rawName} = ${JSON.stringify(spec)}`.slice(0, 80), section }, file, line));
      }
    };
    readPoetry(poetry.dependencies, 'tool.poetry.dependencies', true);
    readPoetry(poetry['dev-dependencies'], 'tool.poetry.dev-dependencies', false);
    if (isTable(poetry.group)) for (const [group, body] of Object.entries(poetry.group)) if (isTable(body)) readPoetry(body.dependencies, `tool.poetry.group.${group}.dependencies`, false);
  }

  for (const name of ['poetry', 'uv', 'pdm', 'hatch', 'setuptools', 'rye'] as const) if (isTable(tool[name])) result.tools.push(name);
  return result;
}
