// python-ast: static questions about one of the learner's Python files (stdlib ast, nothing imported).
import { resolve } from 'node:path';
import { isFile } from '../files.js';
import { fail, type KindContext, type Outcome } from '../types.js';
import { ask, toOutcome } from './python-helper.js';
import type { Of } from './shared.js';

export async function pythonAst(item: Of<'python-ast'>, ctx: KindContext): Promise<Outcome> {
  const path = resolve(ctx.dir, item.file);
  if (!isFile(path)) return fail(ctx.t.msg.fileMissing(item.file));
  const outcome = toOutcome(await ask('inspect_ast.py', [path, JSON.stringify(item.assert)], ctx, false), ctx);
  // Say which file was read: discovery may have found it elsewhere than the lesson's name.
  return { ...outcome, message: `${item.file}: ${outcome.message}` };
}

