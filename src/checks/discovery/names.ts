// How a reviewer matches file names: case does not matter, nor does `-`, `_` or a space
// (MODEL_CARD.md, model-card.md and "Model Card.md" are the same file), and `*` is any run of
// characters within one path segment.

/** The comparable form of one path segment. */
export const normalName = (name: string) => name.toLowerCase().replace(/[-_\s]+/g, '');

/** The comparable form of a relative path. */
export const normalPath = (path: string) => path.replace(/^\.\//, '').split('/').filter(Boolean).map(normalName).join('/');

const escape = (text: string) => text.replace(/[.+?^${}()|[\]\\]/g, '\\$&');

// A matcher for a pattern with `*` (within a segment) and a `**` segment (any folders), in normal form.
export function nameMatcher(pattern: string): (path: string) => boolean {
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

/** The last segment of a path. */
export const baseName = (path: string) => path.split('/').pop() ?? path;
