// mlflow-store: runs in MLflow's local file store, read from disk so MLflow need not be installed.
import { join, resolve } from 'node:path';
import { isDir, isFile, listDir, readLearnerFile } from '../files.js';
import { fail, pass, type KindContext, type Outcome } from '../types.js';
import type { Of } from './shared.js';

/**
 * MLflow's local file store: mlruns/<experiment>/<run>/{meta.yaml, params/, metrics/}. Reading the
 * layout directly means the check works without MLflow installed.
 */
export function mlflowStore(item: Of<'mlflow-store'>, ctx: KindContext): Outcome {
  const root = resolve(ctx.dir, item.dir);
  if (!isDir(root)) return fail(ctx.t.msg.noStore(item.dir));
  let good = 0;
  for (const experiment of listDir(root)) {
    const experimentDir = join(root, experiment);
    if (experiment.startsWith('.') || !isFile(join(experimentDir, 'meta.yaml'))) continue;
    for (const run of listDir(experimentDir)) {
      const runDir = join(experimentDir, run);
      if (!isFile(join(runDir, 'meta.yaml'))) continue;
      const meta = readLearnerFile(runDir, 'meta.yaml');
      if (meta.ok && /lifecycle_stage:\s*deleted/.test(meta.text)) continue;
      const hasParams = listDir(join(runDir, 'params')).length > 0;
      const hasMetrics = listDir(join(runDir, 'metrics')).length > 0;
      if ((!item.params || hasParams) && (!item.metrics || hasMetrics)) good++;
    }
  }
  return good >= item.minRuns ? pass(ctx.t.msg.runs(good)) : fail(ctx.t.msg.noRuns(item.dir, item.minRuns));
}
