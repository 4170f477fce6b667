// PEP 508 requirement strings ("name[extras] (specifiers) ; marker", "name @ url") and the bare URLs
// and paths that pip also accepts in requirement files. Shared by requirement files and pyproject.toml.

export interface Requirement {
  /** PEP 503 normalised: lower case, runs of `-_.` become one `-`. */
  name: string;
  /** The name as written. */
  rawName: string;
  extras: string[];
  /** Version specifiers as written, without spaces ("==1.2.3", ">=1,<2"); empty for none or a URL. */
  specifier: string;
  /** Exactly one version: `==X` without a wildcard, or `===X` (or an exact Poetry version). */
  pinned: boolean;
  /** The pinned version, when pinned by a specifier or found in a wheel/sdist file name or VCS tag. */
  version?: string | undefined;
  /** Direct reference: `name @ url`, a bare URL/VCS line, or a local path. */
  url?: string | undefined;
  /** A VCS reference (`@ref` of `git+…`): a commit id pins, a version tag pins, a branch does not. */
  vcsRef?: string | undefined;
  /** A path or `file:` URL of the project itself or a sibling package: not a third-party dependency. */
  local: boolean;
  editable: boolean;
  marker?: string | undefined;
  hashes: string[];
  file: string;
  line?: number | undefined;
}

export const normaliseName = (name: string): string => name.toLowerCase().replace(/[-_.]+/g, '-');

const NAME = /^([A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?)/;
const CLAUSE = /^(~=|===|==|!=|<=|>=|<|>)\s*([A-Za-z0-9_.*+!-]+)$/;
const SCHEME = /^[A-Za-z][A-Za-z0-9+.-]*:\/\//;
const VCS = /^(git|hg|svn|bzr)\+/i;

export type ParsedRequirement = Omit<Requirement, 'file' | 'line' | 'hashes' | 'editable'>;

/** `==1.2.3`, `===1.2.3`: one exact version. A wildcard (`==1.2.*`) is a range. */
export function pinnedVersionOf(specifier: string): string | undefined {
  for (const clause of specifier.split(',')) {
    const match = CLAUSE.exec(clause.trim());
    if (!match) continue;
    const [, op, version] = match;
    if ((op === '==' && !version!.includes('*')) || op === '===') return version;
  }
  return undefined;
}

/** Splits and validates "(>=1, <2)" or ">=1,<2"; undefined when a clause is not a specifier. */
export function parseSpecifier(text: string): string | undefined {
  let body = text.trim();
  if (body.startsWith('(') && body.endsWith(')')) body = body.slice(1, -1).trim();
  if (body === '') return '';
  const clauses = body.split(',').map((clause) => clause.trim());
  if (clauses.some((clause) => !CLAUSE.test(clause))) return undefined;
  return clauses.map((clause) => clause.replace(/\s+/g, '')).join(',');
}

export const looksLikeUrlOrPath = (text: string): boolean =>
  SCHEME.test(text) || VCS.test(text) || /^file:/i.test(text) || /^[^\s;]*[/\\]/.test(text) || text === '.' || text === '..' || /\.(whl|tar\.gz|tar\.bz2|zip)$/i.test(text.split('#')[0]!);

const isLocalTarget = (url: string): boolean => /^file:/i.test(url) || !(SCHEME.test(url) || VCS.test(url));

/** The `@ref` at the end of a VCS URL's path (not the `git@` of an ssh user). */
function vcsRefOf(url: string): string | undefined {
  const noFragment = url.split('#')[0]!;
  const afterScheme = noFragment.replace(/^[^:]+:\/\//, '');
  const slash = afterScheme.indexOf('/');
  if (slash < 0) return undefined;
  const path = afterScheme.slice(slash);
  const at = path.lastIndexOf('@');
  return at < 0 ? undefined : path.slice(at + 1) || undefined;
}

const COMMIT = /^[0-9a-f]{7,40}$/i;
const VERSION_TAG = /^v?\d+(\.\d+)*([.-]?(a|b|rc|post|dev)\d*)?$/i;

/** Name and version from a wheel or sdist file name: `pkg_name-1.2.3-py3-none-any.whl`. */
function archiveNameVersion(url: string): { name: string; version: string } | undefined {
  const base = url.split('#')[0]!.split('?')[0]!.split('/').pop() ?? '';
  const wheel = /^([A-Za-z0-9_.]+)-([0-9][^-]*)-.+\.whl$/i.exec(base);
  if (wheel) return { name: wheel[1]!, version: wheel[2]! };
  const sdist = /^([A-Za-z0-9_.-]+?)-([0-9][A-Za-z0-9_.+!]*)\.(tar\.gz|tar\.bz2|zip)$/i.exec(base);
  return sdist ? { name: sdist[1]!, version: sdist[2]! } : undefined;
}

/** What a direct reference pins: a file with a version, or a VCS commit/tag; a branch pins nothing. */
function urlFacts(url: string): Pick<ParsedRequirement, 'pinned' | 'version' | 'vcsRef' | 'local'> {
  if (VCS.test(url)) {
    const ref = vcsRefOf(url);
    const pinned = ref !== undefined && (COMMIT.test(ref) || VERSION_TAG.test(ref));
    return { pinned, vcsRef: ref, version: ref && VERSION_TAG.test(ref) ? ref.replace(/^v/i, '') : undefined, local: false };
  }
  const local = isLocalTarget(url);
  const archive = archiveNameVersion(url);
  return { pinned: !local && archive !== undefined, version: archive?.version, local };
}

const eggName = (url: string): string | undefined => /[#&]egg=([A-Za-z0-9][A-Za-z0-9._-]*)/.exec(url)?.[1];

/**
 * A bare URL or path line (`git+https://…@v1#egg=x`, `./libs/core`, `https://…/x-1.0-py3-none-any.whl`).
 * The name is the `#egg=` fragment or the archive's name; a local folder without either gets its last
 * path segment (or "." for the project itself).
 */
export function parseUrlRequirement(text: string): ParsedRequirement {
  const [target, marker] = splitMarker(text, true);
  const facts = urlFacts(target);
  const raw = eggName(target) ?? archiveNameVersion(target)?.name ?? (facts.local ? target.replace(/[/\\]+$/, '').split(/[/\\]/).pop() || '.' : target);
  // "." and ".." (the project itself, its parent) have no name to normalise.
  const name = /^\.{1,2}$/.test(raw) ? raw : normaliseName(raw);
  return { name, rawName: raw, extras: [], specifier: '', url: target, marker, ...facts };
}

/** A URL's marker needs a space before `;` (a `;` may be part of the URL); a named requirement does not. */
function splitMarker(text: string, url: boolean): [string, string | undefined] {
  const at = url ? text.search(/\s;/) : text.indexOf(';');
  if (at < 0) return [text.trim(), undefined];
  const marker = text.slice(at).replace(/^\s*;/, '').trim();
  return [text.slice(0, at).trim(), marker || undefined];
}

/** A PEP 508 string; undefined when it is not one. */
export function parseRequirementString(input: string): ParsedRequirement | undefined {
  const text = input.trim();
  const nameMatch = NAME.exec(text);
  if (!nameMatch) return looksLikeUrlOrPath(text) ? parseUrlRequirement(text) : undefined;
  const rawName = nameMatch[1]!;
  let rest = text.slice(rawName.length).trimStart();
  let extras: string[] = [];
  if (rest.startsWith('[')) {
    const close = rest.indexOf(']');
    if (close < 0) return undefined;
    extras = rest.slice(1, close).split(',').map((extra) => extra.trim()).filter(Boolean);
    if (extras.some((extra) => !NAME.test(extra) || NAME.exec(extra)![1] !== extra)) return undefined;
    extras = extras.map(normaliseName);
    rest = rest.slice(close + 1).trimStart();
  }
  if (rest.startsWith('@')) {
    const [url, marker] = splitMarker(rest.slice(1), true);
    if (url === '' || /\s/.test(url)) return undefined;
    return { name: normaliseName(rawName), rawName, extras, specifier: '', url, marker, ...urlFacts(url) };
  }
  // A name followed by something that is neither extras, specifiers nor a marker: maybe a path like "src/pkg".
  const [specText, marker] = splitMarker(rest, false);
  const specifier = parseSpecifier(specText);
  if (specifier === undefined) return looksLikeUrlOrPath(text) ? parseUrlRequirement(text) : undefined;
  const version = pinnedVersionOf(specifier);
  return { name: normaliseName(rawName), rawName, extras, specifier, pinned: version !== undefined, version, marker, local: false };
}
