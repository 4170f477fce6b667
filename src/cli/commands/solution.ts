// `solution NN [--copy DIR]`: list the reference solution's files, or copy them into DIR without
// overwriting the learner's files (an untouched `init` starter is not the learner's and is replaced).
import { copyFileSync, existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { loadDefinitions } from '../../checks/definitions.js';
import { isPlanError, locateTarget, selectModules } from '../../checks/plan.js';
import { isUntouchedStarter, solutionFiles } from '../../checks/scaffold.js';
import { moduleManifest } from '../../checks/workspace.js';
import type { ModuleId } from '../../core/types.js';
import type { Context } from '../context.js';
import { UsageError } from '../errors.js';
import { packageRoot } from '../../package-root.js';

const listed = (paths: string[]) =>
  paths.length > 8 ? `${paths.slice(0, 8).join(', ')} … (+${paths.length - 8})` : paths.join(', ');

/** The module's own folder, found the way `check` finds it (--dir, the manifest above, the saved workspace). */
async function moduleDestination(ctx: Context, id: ModuleId, path: string): Promise<string> {
  const profile = ctx.store().read().profile;
  const target = await locateTarget({
    dirFlag: ctx.dir,
    cwd: process.cwd(),
    profileWorkspace: profile?.workspace ? resolve(profile.workspace) : undefined,
  });
  // A broken mlops-tutor.json is `check`'s to report; the default folder is still the right guess.
  if (isPlanError(target)) return join(ctx.dir ?? process.cwd(), path);
  return moduleManifest(target.manifest, target.workspace, id)?.dirs[0] ?? join(target.workspace, path);
}

export async function runSolution(
  ctx: Context,
  target: string,
  options: { copy?: string | boolean; json?: boolean },
): Promise<number> {
  const t = ctx.t.check;
  const root = packageRoot();
  const definitions = await loadDefinitions(root);
  const selected = selectModules(target, definitions);
  if (isPlanError(selected) || target === 'all')
    throw new UsageError(t.scaffold.unknownSolution(target, [...definitions.keys()].join(', ')));
  const definition = definitions.get(selected[0]!)!;
  const folder = join(root, 'solutions', definition.path);
  if (!existsSync(folder)) throw new UsageError(t.scaffold.noSolution(definition.id));
  const files = solutionFiles(folder);
  if (!options.copy) {
    if (options.json)
      ctx.out(
        JSON.stringify(
          { module: definition.id, path: definition.path, files: files.map((file) => file.path) },
          null,
          2,
        ),
      );
    else {
      ctx.out(t.scaffold.solutionHeading(definition.id, definition.title[ctx.lang], files.length));
      for (const file of files) ctx.out(`  ${file.path}`);
      ctx.out('');
      ctx.out(
        t.scaffold.howToCopy(
          definition.id,
          relative(process.cwd(), await moduleDestination(ctx, definition.id, definition.path)) || '.',
        ),
      );
    }
    return 0;
  }
  const dest =
    options.copy === true ? await moduleDestination(ctx, definition.id, definition.path) : resolve(options.copy);
  if (existsSync(dest) && !statSync(dest).isDirectory()) throw new UsageError(t.scaffold.notADir(dest));
  const copied: string[] = [];
  const skipped: string[] = [];
  try {
    for (const file of files) {
      const to = join(dest, file.path);
      if (existsSync(to)) {
        let replace = false;
        try {
          replace =
            statSync(to).isFile() &&
            isUntouchedStarter(root, definitions, definition, file.path, readFileSync(to, 'utf8'));
        } catch {
          replace = false;
        }
        if (!replace) {
          skipped.push(file.path);
          continue;
        }
      }
      mkdirSync(dirname(to), { recursive: true });
      copyFileSync(file.source, to);
      copied.push(file.path);
    }
  } catch (error) {
    throw new UsageError(t.scaffold.unwritable(dest, (error as NodeJS.ErrnoException).code ?? 'EIO'));
  }
  if (options.json) ctx.out(JSON.stringify({ module: definition.id, dir: dest, copied, skipped }, null, 2));
  else {
    ctx.out(t.scaffold.copied(copied.length, dest));
    if (skipped.length) ctx.out(t.scaffold.skipped(listed(skipped)));
  }
  return 0;
}
