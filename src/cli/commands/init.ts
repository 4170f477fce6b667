// `init [DIR] [--force]`: scaffold a learner workspace from the checker definitions and templates/.
// It never overwrites a file: what is in the way is listed (exit 2) unless --force, which creates the
// rest and leaves those files as they are. Running it twice changes nothing.
import { mkdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadDefinitions } from '../../checks/definitions.js';
import { classify, planWorkspace, writeNew } from '../../checks/scaffold.js';
import type { Context } from '../context.js';
import { UsageError } from '../errors.js';
import { packageRoot } from '../../package-root.js';

const listed = (paths: string[]) =>
  paths.length > 6 ? `${paths.slice(0, 6).join(', ')} … (+${paths.length - 6})` : paths.join(', ');

export async function runInit(ctx: Context, dir: string | undefined, options: { force?: boolean }): Promise<number> {
  const t = ctx.t.check.scaffold;
  // The workspace chosen at setup is where `check` looks, so a bare `init` scaffolds that one (and says so).
  const saved = (dir ?? ctx.dir) ? undefined : ctx.store().read().profile?.workspace;
  const target = resolve(dir ?? ctx.dir ?? saved ?? process.cwd());
  if (!dir && !ctx.dir) ctx.out(saved ? ctx.t.cli.initSaved(target) : ctx.t.cli.initHere(target));
  try {
    if (!statSync(target).isDirectory()) throw new UsageError(t.notADir(target));
  } catch (error) {
    if (error instanceof UsageError) throw error;
    try {
      mkdirSync(target, { recursive: true });
    } catch (inner) {
      throw new UsageError(t.unwritable(target, (inner as NodeJS.ErrnoException).code ?? 'EIO'));
    }
  }
  const root = packageRoot();
  const planned = planWorkspace(root, ctx.lang, await loadDefinitions(root), {
    launcher: join(root, 'bin', 'mlops-tutor.js'),
    version: ctx.version,
  });
  const report = classify(target, planned);
  if (report.inTheWay.length && !options.force) throw new UsageError(t.inTheWay(listed(report.inTheWay)));
  if (report.created.length === 0) {
    ctx.out(t.nothingToDo(target));
    if (report.inTheWay.length) ctx.out(t.kept(listed(report.inTheWay)));
    return 0;
  }
  try {
    writeNew(target, planned, report.created);
  } catch (error) {
    throw new UsageError(t.unwritable(target, (error as NodeJS.ErrnoException).code ?? 'EIO'));
  }
  ctx.out(t.created(report.created.length, target));
  if (report.inTheWay.length) ctx.out(t.kept(listed(report.inTheWay)));
  ctx.out(t.next);
  return 0;
}
