// A throw-away copy of the project for behaviour that must fail: a validator fed broken data, a
// loader given a corrupt model. The learner's own files are never touched; the copy leaves out the
// folders a walk ignores (virtual environments, caches, stores) and is removed afterwards.
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import type { ProjectFiles } from './discovery/walk.js';

/**
 * Copies the project's files (as the discovery walk lists them: no environments, caches, links) into a
 * folder of `scratch` — which lives inside the project, so the copy is made file by file — replaces
 * some, runs `run` there, and removes the copy whatever happens.
 */
export async function inSandbox<T>(dir: string, listing: ProjectFiles, scratch: string, replace: readonly { file: string; content: string }[], run: (copy: string) => Promise<T>): Promise<T | undefined> {
  let copy: string | undefined;
  try {
    mkdirSync(scratch, { recursive: true });
    copy = mkdtempSync(join(scratch, 'sandbox-'));
    for (const folder of listing.dirs) mkdirSync(join(copy, folder), { recursive: true });
    for (const file of listing.files) copyFileSync(join(dir, file), join(copy, file));
    for (const { file, content } of replace) {
      const target = resolve(copy, file);
      const back = relative(copy, target);
      if (back.startsWith('..') || back.startsWith(sep)) continue; // only files inside the project are replaced
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, content);
    }
    return await run(copy);
  } catch {
    return undefined;
  } finally {
    if (copy) rmSync(copy, { recursive: true, force: true });
  }
}
