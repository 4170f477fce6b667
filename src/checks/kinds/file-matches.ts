// file-matches: patterns that must (or must not) appear in a file, and a rule every line must follow.
import { fail, pass, type KindContext, type Outcome } from '../types.js';
import { isOutcome, readOr, type Of } from './shared.js';

const compile = (p: { regex: string; flags?: string | undefined }) => new RegExp(p.regex, `m${p.flags ?? ''}`);
const labelOf = (p: { regex: string; label?: string | undefined }) => p.label ?? `/${p.regex}/`;

export function fileMatches(item: Of<'file-matches'>, ctx: KindContext): Outcome {
  const read = readOr(ctx, item.file);
  if (isOutcome(read)) return read;
  const missing = item.patterns.filter((p) => !compile(p).test(read.text)).map(labelOf);
  if (missing.length) return fail(ctx.t.msg.patternMissing(missing.join(', '), item.file));
  const found = item.forbid.filter((p) => compile(p).test(read.text)).map(labelOf);
  if (found.length) return fail(ctx.t.msg.forbidden(found.join(', '), item.file));
  if (item.eachLine) {
    const rule = compile(item.eachLine);
    const lines = read.text.split(/\r?\n/).map((line) => line.trim()).filter((line) => line && !line.startsWith('#') && !line.startsWith('-'));
    if (lines.length === 0) return fail(ctx.t.msg.patternMissing(labelOf(item.eachLine), item.file));
    const bad = lines.find((line) => !rule.test(line));
    if (bad !== undefined) return fail(ctx.t.msg.lineNotMatching(item.file, bad.slice(0, 60), labelOf(item.eachLine)));
  }
  return pass(`${item.file}: ${ctx.t.msg.ok}`);
}
