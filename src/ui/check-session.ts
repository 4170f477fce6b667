// The real check engine behind the check screen (check-engine.ts), imported on demand so the TUI
// starts without it.
import { resolve } from 'node:path';
import { helperDir, loadDefinitions } from '../checks/definitions.js';
import { isPlanError, locateTarget, planCheck } from '../checks/plan.js';
import { killAllGroups } from '../checks/process.js';
import { runCheck } from '../checks/runner.js';
import type { Lang, Rubric } from '../core/types.js';
import type { CheckEngine, CheckTarget, PlanError, PreparedCheck } from './check-engine.js';
import { withOptimisingCompilers } from './compilers.js';

import { waitForChange } from '../checks/watch.js';

export async function prepareCheck(
  target: CheckTarget,
  rubric: Rubric,
  lang: Lang,
): Promise<PreparedCheck | PlanError> {
  const definition = (await loadDefinitions()).get(target.id);
  if (!definition) return { error: 'unknown-module', value: target.id };
  const located = await locateTarget({ dirFlag: resolve(target.workspace), cwd: resolve(target.workspace) });
  if (isPlanError(located)) return located;
  const workspace = located.workspace;
  const plan = planCheck({ definition, target: located, single: true, profilePython: target.python });
  if (isPlanError(plan)) return plan;
  const manifest = plan.manifest && { ...plan.manifest, extraDirs: plan.manifest.dirs.slice(1) };
  return {
    title: definition.title,
    dir: plan.dir,
    python: plan.python,
    items: definition.items.map((item) => ({ id: item.id, title: item.title[lang], points: item.points })),
    run: (onEvent, signal) =>
      withOptimisingCompilers(async () => {
        // Leaving the screen aborts the run; quitting the app (q, Ctrl-C) may not wait for that, so
        // the process trees also die with this process.
        process.on('exit', killAllGroups);
        try {
          return await runCheck({
            definition,
            rubric,
            dir: plan.dir,
            workspace,
            python: plan.python,
            helperDir: helperDir(),
            lang,
            onEvent,
            signal,
            manifest,
            recordDir: target.recordDir,
          });
        } finally {
          process.off('exit', killAllGroups);
        }
      }),
  };
}

export const engine: CheckEngine = { prepareCheck, waitForChange };
