// The saved language, needed by every command before it knows whether it needs the store at all.
// The store writes `schemaVersion` then `profile` first, so the language is in the file's first bytes:
// reading those spares commands that never open the store (validate-content, init --dir…) a parse of a
// file that may be megabytes. Any other layout falls back to the full parse, which the store reuses.
import { join } from 'node:path';
import { LANGS, type Lang } from '../core/types.js';
import { readFileText, readJson } from './file.js';
import { STATE_FILE } from './paths.js';

const HEAD_BYTES = 64 * 1024;
const TOP = /^\s*\{\s*"schemaVersion"\s*:\s*[\d."]+\s*,\s*"profile"\s*:\s*/;

/** The text of the JSON object starting at `start`, or undefined when it does not end within `text`. */
function objectAt(text: string, start: number): string | undefined {
  let depth = 0;
  let inString = false;
  for (let i = start; i < text.length; i++) {
    const char = text[i];
    if (inString) {
      if (char === '\\') i++;
      else if (char === '"') inString = false;
    } else if (char === '"') inString = true;
    else if (char === '{') depth++;
    else if (char === '}' && --depth === 0) return text.slice(start, i + 1);
  }
  return undefined;
}

/** The profile read from the file's head: null when there is none, undefined when the head cannot say. */
function profileFromHead(text: string): { language?: unknown } | null | undefined {
  const top = TOP.exec(text);
  if (!top) return undefined;
  const rest = top[0].length;
  if (text.startsWith('null', rest)) return null;
  if (text[rest] !== '{') return undefined;
  const object = objectAt(text, rest);
  try {
    return object === undefined ? undefined : (JSON.parse(object) as { language?: unknown });
  } catch {
    return undefined;
  }
}

export function savedLanguage(home: string): Lang | undefined {
  const path = join(home, STATE_FILE);
  try {
    const head = readFileText(path, HEAD_BYTES);
    // A small file read whole is parsed whole, once: the store reuses that parse.
    let profile = head?.complete
      ? (readJson(path, head)?.value as { profile?: { language?: unknown } } | undefined)?.profile
      : head && profileFromHead(head.text);
    // Through the store's reader: never blocks on a FIFO, and the store reuses this parse.
    if (profile === undefined)
      profile = (readJson(path)?.value as { profile?: { language?: unknown } } | undefined)?.profile;
    const saved = profile?.language;
    return typeof saved === 'string' && (LANGS as readonly string[]).includes(saved) ? (saved as Lang) : undefined;
  } catch {
    return undefined;
  }
}
