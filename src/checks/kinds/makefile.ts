// makefile: the targets a project offers (under any of their usual names) and what they run,
// read from the parsed Makefile (prerequisites and variables included), not grepped.
import { commandsOf, parseMakefile } from '../parse/makefile.js';
import { fail, pass, type KindContext, type Outcome } from '../types.js';
import { isOutcome, readOr, type Of } from './shared.js';

export function makefileTargets(item: Of<'makefile'>, ctx: KindContext): Outcome {
  const read = readOr(ctx, item.file);
  if (isOutcome(read)) return read;
  const parsed = parseMakefile(read.text);
  const found: string[] = [];
  for (const wanted of item.targets) {
    const target = wanted.names.find((name) => parsed.rules.has(name));
    if (!target) return fail(ctx.t.msg.targetMissing(item.file, wanted.names.join(' / '), [...parsed.rules.keys()].join(', ')));
    const commands = commandsOf(parsed, target).join('\n');
    const absent = wanted.runs.filter((p) => !new RegExp(p.regex, `m${p.flags ?? ''}`).test(commands)).map((p) => p.label ?? `/${p.regex}/`);
    if (absent.length) return fail(ctx.t.msg.targetLacks(item.file, target, absent.join(', ')));
    found.push(target);
  }
  return pass(`${item.file}: ${found.map((target) => `make ${target}`).join(', ')}`);
}
