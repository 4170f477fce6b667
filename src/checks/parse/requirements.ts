// pip requirement files parsed the way pip reads them (pip/_internal/req/req_file.py): lines joined on a
// trailing backslash, comments stripped, options split from the requirement at the first "-" token,
// `-r`/`-c` followed relative to the including file. Nothing here touches the disk: includes are read
// through the caller's callback.
import { posix } from 'node:path';
import { finding, type Finding } from './finding.js';
import { looksLikeUrlOrPath, parseRequirementString, parseUrlRequirement, type Requirement } from './pep508.js';

export { normaliseName, parseRequirementString, type Requirement } from './pep508.js';
export { parsePyprojectDependencies, type PyprojectDependencies, type PyprojectProblemCode } from './pyproject.js';
export { condaPinned, parseCondaEnvironment } from './conda-environment.js';
export { lockFileKind, pinnedVerdict, type LockKind, type PinnedVerdict, type PinnedVerdictCode, type DependencySources } from './pinned.js';

/**
 * Problem codes of a requirement file (args in braces):
 * - `req.unparseable` {text}: a line that is neither a requirement nor a pip option.
 * - `req.unpinned` {name, specifier}: not `==`/`===` one version (specifier "" means none at all),
 *   and no constraint file pins it.
 * - `req.hash-missing` {name}: hash-checking mode is on (another requirement has `--hash`, or
 *   `--require-hashes`) and this one has none: `pip install` refuses the whole file.
 * - `req.include-missing` {path}: `-r`/`-c` names a file that does not exist (readInclude gave nothing).
 * - `req.include-cycle` {path}: a file includes itself through `-r`/`-c`; the loop is not followed.
 * - `req.include-remote` {path}: `-r https://…`; not fetched (no network), its requirements are unknown.
 * - `req.unknown-option` {option}: an option pip does not accept in a requirement file.
 * - `req.option-value-missing` {option}: `-r`, `-e`, `--index-url`… without its value.
 */
export type RequirementsProblemCode =
  | 'req.unparseable'
  | 'req.unpinned'
  | 'req.hash-missing'
  | 'req.include-missing'
  | 'req.include-cycle'
  | 'req.include-remote'
  | 'req.unknown-option'
  | 'req.option-value-missing';

export interface PipRequirement extends Requirement {
  /** Came from a `-c` constraints file: it limits versions, it installs nothing. */
  constraint: boolean;
  /** `file:line` of the constraint that pins this otherwise unpinned requirement. */
  pinnedByConstraint?: string | undefined;
}

export interface RequirementOption {
  option: string;
  value?: string | undefined;
  file: string;
  line: number;
}

export interface RequirementsResult {
  /** Installable requirements of the file and of its `-r` includes, in reading order. */
  requirements: PipRequirement[];
  /** Requirements read from `-c` constraint files. */
  constraints: PipRequirement[];
  /** Global options (`--index-url`, `--extra-index-url`, `--find-links`, `--require-hashes`…). */
  options: RequirementOption[];
  problems: Finding<RequirementsProblemCode>[];
  /** Every file read, the top one first. */
  files: string[];
  /** Tool whose header the top file carries: pip-compile (pip-tools) or `uv pip compile`. */
  generator?: 'pip-compile' | 'uv' | undefined;
  /** pip will run in hash-checking mode for this file. */
  hashMode: boolean;
}

export type ReadInclude = (path: string) => string | undefined;

// Options that take a value, as pip's requirement-file parser knows them (short and long spelling).
const VALUE_OPTIONS: Record<string, string> = {
  '-r': '--requirement', '--requirement': '--requirement', '-c': '--constraint', '--constraint': '--constraint',
  '-e': '--editable', '--editable': '--editable', '-i': '--index-url', '--index-url': '--index-url',
  '--extra-index-url': '--extra-index-url', '-f': '--find-links', '--find-links': '--find-links',
  '--no-binary': '--no-binary', '--only-binary': '--only-binary', '--trusted-host': '--trusted-host',
  '--use-feature': '--use-feature', '--hash': '--hash', '--config-settings': '--config-settings',
  '--global-option': '--global-option', '--install-option': '--install-option',
};
const FLAG_OPTIONS = new Set(['--pre', '--no-index', '--prefer-binary', '--require-hashes', '--no-deps']);
const PER_REQUIREMENT = new Set(['--hash', '--config-settings', '--global-option', '--install-option']);

interface LogicalLine {
  text: string;
  line: number;
}

/** Joins backslash continuations and strips comments; the line number is the first physical line's. */
function logicalLines(text: string): LogicalLine[] {
  const out: LogicalLine[] = [];
  let buffer = '';
  let start = 0;
  const physical = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  physical.forEach((raw, index) => {
    const isComment = /^\s*#/.test(raw);
    if (buffer === '') start = index + 1;
    // A comment line ending in "\" does not continue (pip treats it as a comment, not a join).
    if (!isComment && /\\$/.test(raw)) {
      buffer += `${raw.slice(0, -1)} `;
      return;
    }
    buffer += isComment && buffer !== '' ? '' : raw;
    out.push({ text: buffer.replace(/(^|\s+)#.*$/, '').trim(), line: start });
    buffer = '';
  });
  if (buffer.trim()) out.push({ text: buffer.replace(/(^|\s+)#.*$/, '').trim(), line: start });
  return out.filter((entry) => entry.text !== '');
}

/** Whitespace tokens with `--opt=value` split in two, so both spellings read the same. */
function tokens(text: string): string[] {
  return text.split(/\s+/).filter(Boolean).flatMap((token) => {
    const eq = /^(--[a-z-]+)=(.*)$/.exec(token);
    if (eq) return [eq[1]!, eq[2]!];
    const short = /^(-[rceif])(\S+)$/.exec(token);
    return short ? [short[1]!, short[2]!] : [token];
  });
}

function generatorOf(text: string): RequirementsResult['generator'] {
  const head = text.split(/\r?\n/).slice(0, 12).join('\n');
  if (/autogenerated by uv\b|^#\s+uv pip compile/im.test(head)) return 'uv';
  if (/autogenerated by pip-compile|^#\s+pip-compile\b/im.test(head)) return 'pip-compile';
  return undefined;
}

const isRemote = (path: string): boolean => /^[a-z][a-z0-9+.-]*:\/\//i.test(path);

interface State {
  result: RequirementsResult;
  readInclude: ReadInclude;
  seen: Set<string>;
}

function readFile(state: State, text: string, file: string, asConstraint: boolean, stack: string[]): void {
  const { result } = state;
  for (const { text: lineText, line } of logicalLines(text)) {
    const parts = tokens(lineText);
    const firstOption = parts.findIndex((part) => part.startsWith('-'));
    const head = (firstOption < 0 ? parts : parts.slice(0, firstOption)).join(' ');
    const opts = firstOption < 0 ? [] : parts.slice(firstOption);
    const hashes: string[] = [];
    let editable: string | undefined;
    for (let i = 0; i < opts.length; i++) {
      const raw = opts[i]!;
      const option = VALUE_OPTIONS[raw] ?? (FLAG_OPTIONS.has(raw) ? raw : undefined);
      if (option === undefined) {
        if (!raw.startsWith('-')) continue;
        result.problems.push(finding('req.unknown-option', { option: raw }, file, line));
        continue;
      }
      if (FLAG_OPTIONS.has(option)) {
        result.options.push({ option, file, line });
        continue;
      }
      const value = opts[i + 1];
      if (value === undefined || (value.startsWith('-') && value !== '-')) {
        result.problems.push(finding('req.option-value-missing', { option }, file, line));
        continue;
      }
      i++;
      if (option === '--hash') hashes.push(value);
      else if (option === '--editable') editable = value;
      else if (option === '--requirement' || option === '--constraint') include(state, value, file, line, asConstraint || option === '--constraint', stack);
      else if (!PER_REQUIREMENT.has(option)) result.options.push({ option, value, file, line });
    }
    const target = editable ?? head;
    if (target === '') continue;
    const parsed = editable !== undefined || looksLikeUrlOrPath(target) && !/^[A-Za-z0-9][\w.-]*\s*(\[|@)/.test(target) ? parseUrlRequirement(target) : parseRequirementString(target);
    if (!parsed) {
      result.problems.push(finding('req.unparseable', { text: lineText.slice(0, 80) }, file, line));
      continue;
    }
    const requirement: PipRequirement = { ...parsed, hashes, editable: editable !== undefined, file, line, constraint: asConstraint };
    (asConstraint ? result.constraints : result.requirements).push(requirement);
  }
}

function include(state: State, path: string, from: string, line: number, asConstraint: boolean, stack: string[]): void {
  const { result } = state;
  if (isRemote(path)) {
    result.problems.push(finding('req.include-remote', { path }, from, line));
    return;
  }
  const resolved = posix.normalize(posix.join(posix.dirname(from), path.replace(/\\/g, '/')));
  if (stack.includes(resolved)) {
    result.problems.push(finding('req.include-cycle', { path: resolved }, from, line));
    return;
  }
  // A file included twice along different branches (diamond) is read once, as pip's result would be the same.
  if (state.seen.has(resolved)) return;
  const text = state.readInclude(resolved);
  if (text === undefined) {
    result.problems.push(finding('req.include-missing', { path: resolved }, from, line));
    return;
  }
  state.seen.add(resolved);
  result.files.push(resolved);
  readFile(state, text, resolved, asConstraint, [...stack, resolved]);
}

/**
 * Parses a requirement file and everything it includes. `file` is the project-relative path used in
 * problems and to resolve includes; `readInclude` returns an included file's text, or undefined.
 */
export function parseRequirements(text: string, file: string, readInclude: ReadInclude = () => undefined): RequirementsResult {
  const result: RequirementsResult = { requirements: [], constraints: [], options: [], problems: [], files: [file], generator: generatorOf(text), hashMode: false };
  const top = posix.normalize(file.replace(/\\/g, '/'));
  readFile({ result, readInclude, seen: new Set([top]) }, text, file, false, [top]);

  result.hashMode = result.options.some((option) => option.option === '--require-hashes') || result.requirements.some((req) => req.hashes.length > 0);
  const pinningConstraints = new Map(result.constraints.filter((c) => c.pinned).map((c) => [c.name, c]));
  for (const req of result.requirements) {
    if (req.local) continue;
    if (!req.pinned) {
      const constraint = pinningConstraints.get(req.name);
      if (constraint) req.pinnedByConstraint = `${constraint.file}:${constraint.line}`;
      else result.problems.push(finding('req.unpinned', { name: req.name, specifier: req.specifier }, req.file, req.line));
    }
    if (result.hashMode && req.hashes.length === 0) result.problems.push(finding('req.hash-missing', { name: req.name }, req.file, req.line));
  }
  result.problems.sort((a, b) => (a.file === b.file ? (a.line ?? 0) - (b.line ?? 0) : result.files.indexOf(a.file!) - result.files.indexOf(b.file!)));
  return result;
}
