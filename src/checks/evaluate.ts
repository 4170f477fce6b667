// One item of a check, from its definition to its outcome: what it requires, the artefacts it names,
// the Python, modules and tools it needs here, then its kind (runner.ts schedules the items and scores
// them).
import { dirname, join } from 'node:path';
import type { CheckItem } from '../content/check-schema.js';
import type { Located } from './discovery/project.js';
import { resolveItem } from './discovery/refs.js';
import { installHint, toolHint } from './install-hints.js';
import { needsPython, runKind } from './kinds/index.js';
import { runProcess } from './process.js';
import type { ItemResult, RunCheckOptions } from './runner.js';
import { laneOf } from './schedule.js';
import { unsupervised, type Tracking } from './supervision.js';
import { fail, type KindContext, type Outcome } from './types.js';
import { which } from './which.js';

/** Which of `modules` the interpreter cannot import (one process for the whole checker). */
export async function missingModules(python: string, modules: string[], dir: string, env: NodeJS.ProcessEnv, tracking: Tracking): Promise<Set<string>> {
  if (modules.length === 0) return new Set();
  const code = 'import importlib.util,json,sys\nprint(json.dumps([m for m in sys.argv[1:] if importlib.util.find_spec(m) is None]))';
  const result = await runProcess([python, '-c', code, ...modules], { cwd: dir, timeoutMs: 30_000, env, tracking: unsupervised(tracking) });
  try {
    return new Set(JSON.parse(result.stdout.text(() => '').trim().split('\n').pop() ?? '[]') as string[]);
  } catch {
    return new Set(modules);
  }
}

function locateTool(tool: string, options: RunCheckOptions): string | undefined {
  const venvs = [join(options.dir, '.venv', 'bin'), join(options.workspace, '.venv', 'bin'), ...(options.python ? [dirname(options.python)] : [])];
  return which(tool, venvs, options.env ?? process.env);
}

/**
 * One item's outcome: a dependency that did not pass is a skip (it costs the points); an artefact that
 * cannot be found fails the item and says where it was looked for; what this machine lacks (Python, a
 * package, a tool) makes it "not run" (left out of the total); otherwise the kind runs.
 */
export async function evaluate(item: CheckItem, ctx: KindContext, byId: ReadonlyMap<string, ItemResult>, missingModules: Promise<ReadonlySet<string>>, options: RunCheckOptions, read: Located[]): Promise<Outcome> {
  const t = ctx.t;
  const failedRequirements = (item.requires ?? []).filter((id) => byId.get(id)?.status !== 'pass');
  if (failedRequirements.length) {
    // A dependency that could not run here makes this one not run either: neither is the learner's fault.
    const notRun = failedRequirements.every((id) => byId.get(id)?.status === 'not-run');
    return notRun ? { status: 'not-run', message: t.skip.notRun(t.skip.requires(failedRequirements.join(', '))) } : { status: 'skip', message: t.skip.requires(failedRequirements.join(', ')) };
  }
  const resolved = await resolveItem(item, ctx.project);
  if ('missing' in resolved) return fail(resolved.missing.map((m) => m.message).join('; '));
  read.push(...resolved.read);
  let effective = resolved.item;
  if (needsPython(effective) && !ctx.python) return { status: 'not-run', message: t.skip.noPython, skipHint: t.install.python };
  if (effective.tool) {
    const toolPath = locateTool(effective.tool, options);
    if (!toolPath) return { status: 'not-run', message: t.skip.tool(effective.tool), skipHint: toolHint(effective.tool, t) };
    if (effective.kind === 'command' || effective.kind === 'reproducible') effective = { ...effective, argv: effective.argv.map((arg, i) => (i === 0 && arg === effective.tool ? toolPath : arg)) };
  }
  const modules = effective.pythonModules ?? [];
  if (modules.length === 0) return attempt(effective, ctx);
  const absent = async () => {
    const missing = await missingModules;
    return modules.filter((name) => missing.has(name));
  };
  const notHere = (names: string[]): Outcome => ({ status: 'not-run', message: t.skip.modules(names.join(', ')), skipHint: installHint(names, t) });
  if (laneOf(effective) !== 'program') {
    const names = await absent();
    return names.length ? notHere(names) : attempt(effective, ctx);
  }
  // A tool command or probe that writes nothing into the project starts while its modules are still
  // being looked up (a Python start that every such item would otherwise wait for): if one turns out
  // to be missing, the run is stopped and thrown away, and the item is "not run" as before.
  const early = new AbortController();
  const stop = () => early.abort();
  if (ctx.signal?.aborted) early.abort();
  ctx.signal?.addEventListener('abort', stop, { once: true });
  try {
    const running = attempt(effective, { ...ctx, signal: early.signal });
    const names = await absent();
    if (names.length === 0) return await running;
    early.abort();
    await running;
    return notHere(names);
  } finally {
    ctx.signal?.removeEventListener('abort', stop);
  }
}

/** Runs the item's kind; an exception is a bug of ours or of a helper, reported as the item's error. */
async function attempt(item: CheckItem, ctx: KindContext): Promise<Outcome> {
  try {
    return await runKind(item, ctx);
  } catch (error) {
    return { ...fail(String((error as Error)?.message ?? error)), status: 'error' };
  }
}

