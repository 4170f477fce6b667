// files-exist: the artefacts a module needs are there. Entries are artefact references ("@readme",
// already resolved by the runner to wherever the project keeps them, or failed with where it looked)
// or plain paths (a `*` in the last segment matches any name); a folder counts as present too.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileExists } from '../files.js';
import { fail, pass, type KindContext, type Outcome } from '../types.js';
import type { Of } from './shared.js';

export function filesExist(item: Of<'files-exist'>, ctx: KindContext): Outcome {
  const entries = [...item.files, ...item.dirs];
  const missing = entries.filter((entry) => (entry.includes('*') ? !fileExists(ctx.dir, entry) : !existsSync(resolve(ctx.dir, entry))));
  return missing.length ? fail(ctx.t.msg.filesMissing(missing.join(', '))) : pass(`${ctx.t.msg.allPresent(entries.length)}: ${entries.join(', ')}`.slice(0, 300));
}
