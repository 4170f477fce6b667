// reproducible: run the same command twice and compare the bytes of what it wrote.
import { fail, pass, type KindContext, type Outcome } from '../types.js';
import { locateOutputs } from '../discovery/refs.js';
import { abnormal, run } from './command.js';
import { combinedOutput, expandArgv, readProjectFile, tail, type Of } from './shared.js';

/** sha256 of each output; node:crypto loads here, not at every check's start (2–3 ms). */
async function hashOutputs(outputs: readonly string[], ctx: KindContext): Promise<Map<string, string | undefined>> {
  const { createHash } = await import('node:crypto');
  const hashes = new Map<string, string | undefined>();
  for (const file of outputs) {
    const read = readProjectFile(ctx, file);
    hashes.set(file, read.ok ? createHash('sha256').update(read.bytes).digest('hex') : undefined);
  }
  return hashes;
}

export async function reproducible(item: Of<'reproducible'>, ctx: KindContext): Promise<Outcome> {
  const argv = expandArgv(item.argv, ctx);
  let first: Map<string, string | undefined> | undefined;
  let output = '';
  let outputs: string[] = [];
  for (let runIndex = 0; runIndex < item.runs; runIndex++) {
    const result = await run(argv, item.cwd, ctx);
    const early = abnormal(result, argv, ctx);
    if (early) return early;
    output = combinedOutput(result, ctx);
    if (result.exitCode !== 0) return fail(`${ctx.t.msg.exitCode('0', String(result.exitCode))}${tail(output)}`, output);
    const located = await locateOutputs(item.outputs, ctx.project);
    if (located.missing.length) return fail(located.missing.join('; '), output);
    outputs = located.paths;
    const hashes = await hashOutputs(outputs, ctx);
    const missing = outputs.filter((file) => hashes.get(file) === undefined);
    if (missing.length) return fail(ctx.t.msg.notCreated(missing.join(', ')), output);
    if (!first) first = hashes;
    else {
      const differs = outputs.filter((file) => first!.get(file) !== hashes.get(file));
      if (differs.length) return fail(ctx.t.msg.differs(differs.join(', ')), output);
    }
  }
  return pass(ctx.t.msg.identical(item.runs, outputs.join(', ')), output);
}
