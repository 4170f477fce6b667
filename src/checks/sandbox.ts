// A throw-away copy of the project for behaviour that must fail: a validator fed broken data, a
// loader given a corrupt model. The learner's own files are never touched; the copy leaves out the
// folders a walk ignores (virtual environments, caches, stores) and is removed afterwards.
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { IGNORED_DIRS } from './discovery/walk.js';

export async function inSandbox<T>(dir: string, scratch: string, replace: readonly { file: string; content: string }[], run: (copy: string) => Promise<T>): Promise<T | undefined> {
  let copy: string | undefined;
  try {
    mkdirSync(scratch, { recursive: true });
    copy = mkdtempSync(join(scratch, 'sandbox-'));
    const root = resolve(dir);
    cpSync(root, copy, {
      recursive: true,
      dereference: false,
      // Not the scratch folder itself (it lives inside the project), nor what no artefact lives in.
      filter: (source) => source === root || (!IGNORED_DIRS.has(basename(source)) && !resolve(source).startsWith(resolve(scratch))),
    });
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
