// `check NN|all [--dir D] [--json] [--junit FILE] [--python P]`: grade mini-projects on the rubric.
// Exit 0 when every graded module reaches the pass mark, 1 when one does not, 2 for bad input.
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { syllabus } from '../../content/syllabus.js';
import { helperDir, loadDefinitions } from '../../checks/definitions.js';
import {
  inferModule,
  isPlanError,
  locateTarget,
  planCheck,
  selectModules,
  type CheckPlan,
  type PlanError,
} from '../../checks/plan.js';
import { killAllGroups } from '../../checks/process.js';
import { itemLine, junitXml, resultJson, summaryLines } from '../../checks/report.js';
import { runCheck, type CheckEvent, type CheckResult } from '../../checks/runner.js';
import type { Messages } from '../../i18n/index.js';
import type { Context } from '../context.js';
import { isTerminal } from '../env.js';
import { saveResult, UsageError } from '../errors.js';
import { runningDir } from '../../state/paths.js';
import { EXIT_NOT_SAVED } from '../../state/problems.js';
import { visible } from '../../visible.js';
import { recordCheck } from '../../state/transitions/index.js';
import { LiveProgress } from './check-progress.js';
import { watchChecks } from './check-watch.js';

export interface CheckOptions {
  json?: boolean;
  junit?: string;
  python?: string;
  watch?: boolean;
}

export function planErrorMessage(error: PlanError, t: Messages['check'], known: string): string {
  switch (error.error) {
    case 'unknown-module':
      return t.unknownModule(error.value, known);
    case 'python-missing':
      return t.pythonMissing(error.value);
    case 'workspace-file':
      return t.workspaceFile(error.detail);
    case 'missing-folder':
      return t.missingFolder(error.path);
    case 'no-module':
      return t.noModule(error.path, known);
  }
}

/** Ctrl-C or a kill: stop every process tree we started, then leave with the conventional code. */
function installSignalHandlers(t: Messages['check'], err: (text: string) => void): () => void {
  const handlers = (['SIGINT', 'SIGTERM', 'SIGHUP'] as const).map((signal) => {
    const handler = () => {
      killAllGroups();
      err(t.interrupted);
      process.exit(signal === 'SIGINT' ? 130 : signal === 'SIGTERM' ? 143 : 129);
    };
    process.on(signal, handler);
    return () => process.off(signal, handler);
  });
  process.on('exit', killAllGroups);
  return () => {
    handlers.forEach((off) => off());
    process.off('exit', killAllGroups);
  };
}

/** Input errors under --json are JSON too, on stdout, so a script reads one format. */
class JsonUsageError extends UsageError {}

export async function runCheckCommand(
  ctx: Context,
  requested: string | undefined,
  options: CheckOptions,
): Promise<number> {
  try {
    if (options.watch) {
      // A loop has no single result for a script to read.
      if (options.json || options.junit) throw new UsageError(ctx.t.watch.alone);
      return await watchChecks(ctx, (collect) => runChecks(ctx, requested, options, collect));
    }
    return await runChecks(ctx, requested, options);
  } catch (error) {
    if (options.json && error instanceof UsageError && !(error instanceof JsonUsageError)) {
      ctx.out(JSON.stringify({ error: { message: error.message } }, null, 2));
      return 2;
    }
    throw error;
  }
}

function manifestOptions(plan: CheckPlan) {
  return (
    plan.manifest && {
      files: plan.manifest.files,
      app: plan.manifest.app,
      start: plan.manifest.start,
      request: plan.manifest.request,
      extraDirs: plan.manifest.dirs.slice(1),
    }
  );
}

async function runChecks(
  ctx: Context,
  requested: string | undefined,
  options: CheckOptions,
  collect?: CheckResult[],
): Promise<number> {
  const t = ctx.t.check;
  const definitions = await loadDefinitions();
  const known = [...definitions.keys()].join(', ');
  const store = ctx.store();
  const profile = store.read().profile;
  const target = await locateTarget({
    dirFlag: ctx.dir,
    cwd: process.cwd(),
    profileWorkspace: profile?.workspace ? resolve(profile.workspace) : undefined,
  });
  if (isPlanError(target)) throw new UsageError(planErrorMessage(target, t, known));
  const value = requested ?? inferModule(target, definitions);
  if (value === undefined) throw new UsageError(planErrorMessage({ error: 'no-module', path: target.base }, t, known));
  const selected = selectModules(value, definitions);
  if (isPlanError(selected)) throw new UsageError(planErrorMessage(selected, t, known));
  const plans: CheckPlan[] = [];
  for (const id of selected) {
    const plan = planCheck({
      definition: definitions.get(id)!,
      target,
      single: value !== 'all',
      explicitDir: ctx.dir !== undefined,
      pythonFlag: options.python,
      profilePython: profile?.python,
    });
    // With "all", modules the learner has not started yet are simply not graded.
    if (isPlanError(plan) && !(value === 'all' && plan.error === 'missing-folder'))
      throw new UsageError(planErrorMessage(plan, t, known));
    if (!isPlanError(plan)) plans.push(plan);
  }
  if (plans.length === 0) throw new UsageError(t.missingFolder(target.workspace));
  const workspace = target.workspace;

  // Asked of fd 1, not process.stdout: building that stream costs a check piped into a file or CI log
  // ~5 ms before its first tool command; the live progress builds it only in a terminal.
  const live = !options.json && isTerminal(1) && process.env.TERM !== 'dumb';
  const restore = installSignalHandlers(t, ctx.err);
  const results: CheckResult[] = [];
  const jsonExtras = new Map<CheckResult, { manifest: string | null; pythonSource: string }>();
  const json = (result: CheckResult) => ({ ...resultJson(result), ...jsonExtras.get(result) });
  let unsaved: string | undefined;
  const maxTimeoutSec = Number(process.env.MLOPS_TUTOR_TIMEOUT_SEC) || undefined;
  try {
    for (const plan of plans) {
      if (!options.json) {
        ctx.out(t.heading(plan.definition.id, plan.definition.title[ctx.lang]));
        // Folder names come from the workspace (mlops-tutor.json): shown, never obeyed.
        ctx.out(
          visible(
            `${t.folder(plan.dir)} · ${plan.python ? t.python(plan.python) : t.noPythonFound}${plan.manifestPath ? ` · ${t.manifest(plan.manifestPath)}` : ''}`,
          ),
        );
      }
      const progress = live ? new LiveProgress(process.stdout, t, ctx.terminal.color) : undefined;
      const onEvent = (event: CheckEvent) => {
        if (progress) progress.handle(event, ctx.lang);
        else if (!options.json && event.type !== 'start') ctx.out(itemLine(event.result, t));
      };
      const result = await runCheck({
        definition: plan.definition,
        rubric: syllabus.rubric,
        dir: plan.dir,
        workspace,
        python: plan.python,
        helperDir: helperDir(),
        lang: ctx.lang,
        onEvent,
        maxTimeoutSec,
        manifest: manifestOptions(plan),
        recordDir: runningDir(ctx.home),
      });
      jsonExtras.set(result, { manifest: plan.manifestPath ?? null, pythonSource: plan.pythonSource });
      progress?.stop();
      results.push(result);
      collect?.push(result);
      // A result that cannot be saved (disk full, lock held) is still shown; the exit code says so.
      const notSaved = saveResult(ctx, () => store.update((state) => recordCheck(state, result, new Date())));
      unsaved ||= notSaved;
      if (!options.json) ctx.out(summaryLines(result, syllabus.rubric, ctx.lang, t).join('\n') + '\n');
      if (notSaved) ctx.err(notSaved);
    }
  } finally {
    restore();
  }
  if (options.json) ctx.out(JSON.stringify(value === 'all' ? results.map(json) : json(results[0]!), null, 2));
  else if (results.length > 1) ctx.out(t.allSummary(results.filter((r) => r.passed).length, results.length));
  if (options.junit) {
    try {
      writeFileSync(options.junit, junitXml(results));
    } catch {
      throw new JsonUsageError(t.junitUnwritable(resolve(options.junit)));
    }
    if (!options.json) ctx.out(t.junitWritten(resolve(options.junit)));
  }
  if (unsaved) return EXIT_NOT_SAVED;
  return results.every((result) => result.passed) ? 0 : 1;
}
