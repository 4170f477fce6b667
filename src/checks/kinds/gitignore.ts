// gitignore: the paths a project must not commit are ignored, whichever equivalent pattern says so.
import { isIgnored, parseGitignore } from '../parse/gitignore.js';
import { fail, pass, type KindContext, type Outcome } from '../types.js';
import { isOutcome, readOr, type Of } from './shared.js';

export function gitignore(item: Of<'gitignore'>, ctx: KindContext): Outcome {
  const read = readOr(ctx, item.file);
  if (isOutcome(read)) return read;
  const rules = parseGitignore(read.text);
  const missing = item.ignores.filter((entry) => !entry.paths.some((path) => isIgnored(rules, path))).map((entry) => entry.label);
  if (missing.length) return fail(ctx.t.msg.notIgnored(item.file, missing.join(', ')));
  return pass(`${item.file}: ${item.ignores.map((entry) => entry.label).join(', ')}`);
}
