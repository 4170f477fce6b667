// The artefact references of the checker format: "@id" or "@id.field" as a whole string, "{@id}" or
// "{@id.field}" inside a longer one. The check engine resolves them; validation checks they exist.
// A whole-string reference ending in "?" is optional: it becomes "" when the project has no such artefact
// (the probe then uses its own fallback, e.g. the lesson's synthetic data).
export const WHOLE_REF = /^@([a-z0-9]+(?:-[a-z0-9]+)*)(?:\.(module|name|app|root|package|rel))?(\?)?$/;
export const EMBEDDED_REF = /\{@([a-z0-9]+(?:-[a-z0-9]+)*)(?:\.(module|name|app|root|package|rel))?\}/g;

/** The item's own text fields are never references. */
export const TEXT_KEYS = new Set(['id', 'title', 'hint', 'category', 'label']);

/** Files a command writes: resolved after it ran (the kind does it), since they may not exist before. */
export const LATE_KEYS = new Set(['creates', 'outputs']);

/** Every artefact id an item refers to (for validation and for "what was read"). */
export function referencedIds(value: unknown, into = new Set<string>()): Set<string> {
  if (typeof value === 'string') {
    const whole = WHOLE_REF.exec(value);
    if (whole) into.add(whole[1]!);
    for (const match of value.matchAll(EMBEDDED_REF)) into.add(match[1]!);
  } else if (Array.isArray(value)) value.forEach((entry) => referencedIds(entry, into));
  else if (value && typeof value === 'object')
    for (const [key, entry] of Object.entries(value)) if (!TEXT_KEYS.has(key)) referencedIds(entry, into);
  return into;
}

/**
 * The lesson's name for an entry of a files list: "@id" becomes the first name its artefact lists
 * (what the lesson teaches and `init` scaffolds), a plain path stays as it is.
 */
export function lessonPath(
  entry: string,
  artefacts: Readonly<Record<string, { names: string[]; dir: boolean }>>,
): { path: string; dir: boolean } {
  const whole = WHOLE_REF.exec(entry);
  const spec = whole ? artefacts[whole[1]!] : undefined;
  if (!spec) return { path: entry, dir: false };
  return { path: spec.names[0] ?? entry, dir: spec.dir };
}
