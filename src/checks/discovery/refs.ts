// Artefact references inside an item: a whole string "@id" or "@id.field", or "{@id}" / "{@id.field}"
// embedded in a longer string (an argv element such as "--cov={@package.package}"). Resolving an item
// replaces them all; an artefact that cannot be found fails only the items that refer to it.
import { EMBEDDED_REF, LATE_KEYS, TEXT_KEYS, WHOLE_REF, referencedIds } from '../../content/artefact-refs.js';
import type { Located, NotFound, Project } from './project.js';

type Field = 'module' | 'name' | 'app' | 'root' | 'package' | 'rel';

function valueOf(found: Located, field: Field | undefined): string {
  switch (field) {
    case undefined:
    case 'rel':
      return found.rel;
    case 'app':
      return `${found.module ?? ''}:${found.name ?? 'app'}`;
    default:
      return found[field] ?? '';
  }
}

function substitute(value: unknown, found: ReadonlyMap<string, Located>): unknown {
  if (typeof value === 'string') {
    const whole = WHOLE_REF.exec(value);
    if (whole) {
      const located = found.get(whole[1]!);
      return located ? valueOf(located, whole[2] as Field | undefined) : '';
    }
    return value.replace(EMBEDDED_REF, (_, id: string, field: Field | undefined) => valueOf(found.get(id)!, field));
  }
  if (Array.isArray(value)) return value.map((entry) => substitute(entry, found));
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([key, entry]) => [key, TEXT_KEYS.has(key) ? entry : substitute(entry, found)]));
  return value;
}

/** Ids referred to only optionally ("@id?"): a missing one is no failure. */
function optionalIds(value: unknown, into = new Set<string>(), required = new Set<string>()): Set<string> {
  const visit = (v: unknown) => {
    if (typeof v === 'string') {
      const whole = WHOLE_REF.exec(v);
      if (whole) (whole[3] ? into : required).add(whole[1]!);
      for (const match of v.matchAll(EMBEDDED_REF)) required.add(match[1]!);
    } else if (Array.isArray(v)) v.forEach(visit);
    else if (v && typeof v === 'object') for (const [key, entry] of Object.entries(v)) if (!TEXT_KEYS.has(key)) visit(entry);
  };
  visit(value);
  for (const id of required) into.delete(id);
  return into;
}

export type Resolved<T> = { item: T; read: Located[] } | { missing: NotFound[] };

/** The item with every reference replaced by what the project holds, or the artefacts not found. */
export async function resolveItem<T extends object>(item: T, project: Project): Promise<Resolved<T>> {
  const early = Object.fromEntries(Object.entries(item).filter(([key]) => !LATE_KEYS.has(key)));
  const ids = referencedIds(early);
  const found = new Map<string, Located>();
  const missing: NotFound[] = [];
  const optional = optionalIds(early);
  for (const id of ids) {
    const result = await project.locate(id);
    if ('abs' in result) found.set(id, result);
    else if (!optional.has(id)) missing.push(result);
  }
  if (missing.length) return { missing };
  const late = Object.fromEntries(Object.entries(item).filter(([key]) => LATE_KEYS.has(key)));
  return { item: { ...(substitute(early, found) as T), ...late }, read: [...found.values()] };
}

/** Files a command was to leave behind, looked up after it ran: paths found, and what is missing. */
export async function locateOutputs(entries: readonly string[], project: Project): Promise<{ paths: string[]; missing: string[] }> {
  const paths: string[] = [];
  const missing: string[] = [];
  for (const entry of entries) {
    const whole = WHOLE_REF.exec(entry);
    if (!whole) {
      paths.push(entry);
      continue;
    }
    const found = await project.locate(whole[1]!);
    if ('abs' in found) paths.push(found.rel);
    else missing.push(found.message);
  }
  return { paths, missing };
}
