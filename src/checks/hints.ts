// Hints speak about the project that was read, not the lesson's: where an item read an artefact the
// project keeps under another name or folder, the lesson's path in the hint becomes the real one (or
// the real file is named), and a skipped item says what to fix first instead of a hint about what was
// never evaluated.
import { relative } from 'node:path';
import type { ArtefactSpec } from '../content/check-schema.js';
import type { Messages } from '../i18n/index.js';
import type { Located } from './discovery/project.js';

export interface HintContext {
  artefacts: Readonly<Record<string, ArtefactSpec>>;
  /** The module's folder in the lesson's workspace (`10-observability`) and where the project really is. */
  lessonFolder: string;
  dir: string;
  workspace: string;
  t: Messages['check'];
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The folder as the learner knows it: relative to the workspace when inside it, else as given. */
function folderLabel(dir: string, workspace: string): string {
  const rel = relative(workspace, dir).split('\\').join('/');
  return rel && !rel.startsWith('..') ? rel : dir;
}

/** `hint` with the lesson's file names replaced by the files this run read, and the folder by the real one. */
export function hintFor(hint: string, read: readonly Located[], ctx: HintContext): string {
  let text = hint;
  const unnamed: string[] = [];
  for (const located of read) {
    const lesson = ctx.artefacts[located.id]?.names[0];
    if (!lesson || lesson.includes('*') || located.rel === lesson || located.rel.startsWith('../')) continue;
    // Whole path only: "observability/metrics.py" and "metrics.py" alike, never part of a longer word.
    const pattern = new RegExp(`(?<![\\w/.-])${escape(lesson)}(?![\\w/-])`, 'g');
    if (pattern.test(text)) text = text.replace(pattern, located.rel);
    else unnamed.push(located.rel);
  }
  const folder = folderLabel(ctx.dir, ctx.workspace);
  if (folder !== ctx.lessonFolder) text = text.replace(new RegExp(`(?<![\\w/.-])${escape(ctx.lessonFolder)}/?(?![\\w-])`, 'g'), `${folder}/`);
  const files = [...new Set(unnamed)];
  return files.length ? `${ctx.t.hintRead(files.join(', '))} ${text}` : text;
}

/** A skipped item was never evaluated: its hint is what to fix first. */
export const skipHint = (requirements: readonly string[], t: Messages['check']): string => t.hintFixFirst(requirements.join(', '));
