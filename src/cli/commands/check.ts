// `check NN|all [--dir D] [--json] [--junit FILE] [--python P]`: grade mini-projects on the rubric.
// Exit 0 when every graded module reaches the pass mark, 1 when one does not, 2 for bad input.
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { syllabus } from '../../content/syllabus.js';
import { helperDir, loadDefinitions } from '../../checks/definitions.js';
import { isPlanError, planCheck, recordCheck, selectModules, type PlanError } from '../../checks/plan.js';
import { killAllGroups } from '../../checks/process.js';
import { itemLine, junitXml, resultJson, summaryLines } from '../../checks/report.js';
import { runCheck, type CheckEvent, type CheckResult } from '../../checks/runner.js';
import type { Messages } from '../../i18n/index.js';
import type { Context } from '../context.js';
import { saveResult, UsageError } from '../errors.js';
import { EXIT_NOT_SAVED } from '../../state/problems.js';
import { LiveProgress } from './check-progress.js';

export interface CheckOptions {
  json?: boolean;
  junit?: string;
  python?: string;
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

export async function runCheckCommand(ctx: Context, target: string, options: CheckOptions): Promise<number> {
  const t = ctx.t.check;
  const definitions = loadDefinitions();
  const known = [...definitions.keys()].join(', ');
  const selected = selectModules(target, definitions);
  if (isPlanError(selected)) throw new UsageError(planErrorMessage(selected, t, known));
  const store = ctx.store();
  const profile = store.read().profile;
  const workspace = ctx.dir ?? (profile?.workspace ? resolve(profile.workspace) : process.cwd());
  const plans = [];
  for (const id of selected) {
    const plan = planCheck({ definition: definitions.get(id)!, workspace, pythonFlag: options.python, profilePython: profile?.python });
    // With "all", modules the learner has not started yet are simply not graded.
    if (isPlanError(plan) && !(target === 'all' && plan.error === 'missing-folder')) throw new UsageError(planErrorMessage(plan, t, known));
    if (!isPlanError(plan)) plans.push(plan);
  }
  if (plans.length === 0) throw new UsageError(t.missingFolder(workspace));

  const live = !options.json && Boolean(process.stdout.isTTY) && process.env.TERM !== 'dumb';
  const restore = installSignalHandlers(t, ctx.err);
  const results: CheckResult[] = [];
  let unsaved: string | undefined;
  const maxTimeoutSec = Number(process.env.MLOPS_TUTOR_TIMEOUT_SEC) || undefined;
  try {
    for (const plan of plans) {
      if (!options.json) {
        ctx.out(t.heading(plan.definition.id, plan.definition.title[ctx.lang]));
        ctx.out(`${t.folder(plan.dir)} · ${plan.python ? t.python(plan.python) : t.noPythonFound}`);
      }
      const progress = live ? new LiveProgress(process.stdout, t, ctx.terminal.color) : undefined;
      const onEvent = (event: CheckEvent) => {
        if (progress) progress.handle(event, ctx.lang);
        else if (!options.json && event.type === 'done') ctx.out(itemLine(event.result, t));
      };
      const result = await runCheck({ definition: plan.definition, rubric: syllabus.rubric, dir: plan.dir, workspace, python: plan.python, helperDir: helperDir(), lang: ctx.lang, onEvent, maxTimeoutSec });
      progress?.stop();
      results.push(result);
      // A result that cannot be saved (disk full, lock held) is still shown; the exit code says so.
      const notSaved = saveResult(ctx, () => store.update((state) => recordCheck(state, result.module, result.score, result.passScore, new Date().toISOString())));
      unsaved ||= notSaved;
      if (!options.json) ctx.out(summaryLines(result, syllabus.rubric, ctx.lang, t).join('\n') + '\n');
      if (notSaved) ctx.err(notSaved);
    }
  } finally {
    restore();
  }
  if (options.json) ctx.out(JSON.stringify(target === 'all' ? results.map(resultJson) : resultJson(results[0]!), null, 2));
  else if (results.length > 1) ctx.out(t.allSummary(results.filter((r) => r.passed).length, results.length));
  if (options.junit) {
    try {
      writeFileSync(options.junit, junitXml(results));
    } catch {
      throw new UsageError(t.junitUnwritable(resolve(options.junit)));
    }
    if (!options.json) ctx.out(t.junitWritten(resolve(options.junit)));
  }
  if (unsaved) return EXIT_NOT_SAVED;
  return results.every((result) => result.passed) ? 0 : 1;
}
