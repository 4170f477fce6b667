// gitignore: the paths a project must not commit are ignored, whichever equivalent pattern says so.
import { dirname, relative, resolve } from 'node:path';
import { isIgnored, parseGitignore } from '../parse/gitignore.js';
import { fail, pass, type KindContext, type Outcome } from '../types.js';
import { isOutcome, readOr, type Of } from './shared.js';

export function gitignore(item: Of<'gitignore'>, ctx: KindContext): Outcome {
  const read = readOr(ctx, item.file);
  if (isOutcome(read)) return read;
  const rules = parseGitignore(read.text);
  // A .gitignore at a monorepo's root sees the project's paths under the project's folder.
  const prefix = relative(dirname(resolve(ctx.dir, item.file)), ctx.dir).split('\\').join('/');
  const under = (path: string) => (prefix ? `${prefix}/${path}` : path);
  const missing = item.ignores.filter((entry) => !entry.paths.some((path) => isIgnored(rules, under(path)))).map((entry) => entry.label);
  if (missing.length) return fail(ctx.t.msg.notIgnored(item.file, missing.join(', ')));
  return pass(`${item.file}: ${item.ignores.map((entry) => entry.label).join(', ')}`);
}
