// How a reviewer matches file names: case does not matter, nor does `-`, `_` or a space
// (MODEL_CARD.md, model-card.md and "Model Card.md" are the same file), and `*` is any run of
// characters within one path segment.
import { readFileSync } from 'node:fs';

/** The comparable form of one path segment. */
export const normalName = (name: string) => name.toLowerCase().replace(/[-_\s]+/g, '');

/** The comparable form of a relative path. */
export const normalPath = (path: string) => path.replace(/^\.\//, '').split('/').filter(Boolean).map(normalName).join('/');

const escape = (text: string) => text.replace(/[.+?^${}()|[\]\\]/g, '\\$&');

// A matcher for a pattern with `*` (within a segment) and a `**` segment (any folders), in normal form.
function compileMatcher(pattern: string): (path: string) => boolean {
  if (!pattern.includes('*')) {
    const wanted = normalPath(pattern);
    return (path) => normalPath(path) === wanted;
  }
  const source = pattern
    .replace(/^\.\//, '')
    .split('/')
    .map((segment) => (segment === '**' ? '(?:[^/]+/)*' : `${segment.split('*').map((part) => escape(normalName(part))).join('[^/]*')}/`))
    .join('')
    .replace(/\/$/, '');
  const regex = new RegExp(`^${source}$`);
  return (path) => regex.test(normalPath(path));
}

// The patterns are the checkers' artefact names and the manifest's overrides, a few hundred at most;
// discovery asks for the same ones for every file it ranks (a sort compiled a regex per comparison:
// 18 ms of `check 01`'s CPU, more in a large project).
const matchers = new Map<string, (path: string) => boolean>();

export function nameMatcher(pattern: string): (path: string) => boolean {
  let matcher = matchers.get(pattern);
  if (!matcher) {
    matcher = compileMatcher(pattern);
    matchers.set(pattern, matcher);
  }
  return matcher;
}

/** The last segment of a path. */
export const baseName = (path: string) => path.split('/').pop() ?? path;

/**
 * Whether a file holds what its artefact is (`containing`, a multi-line regex): pytest's settings are in
 * pyproject.toml, pytest.ini, tox.ini or setup.cfg, and only the file that has them is the one.
 */
export function fileContains(abs: string, pattern: string | undefined): boolean {
  if (!pattern) return true;
  try {
    return new RegExp(pattern, 'm').test(readFileSync(abs, 'utf8').slice(0, 256 * 1024));
  } catch {
    return false;
  }
}
