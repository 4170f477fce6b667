// workflow: GitHub Actions workflows parsed as YAML, from the project's .github/workflows or, in a
// monorepo, the git root's: triggers, the Python matrix, the coverage gate, secret and dependency scans.
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { isDir, listDir } from '../files.js';
import { fail, pass, type KindContext, type Outcome } from '../types.js';
import { isOutcome, readOr, type Of } from './shared.js';

interface Workflow {
  file: string;
  data: Record<string, unknown>;
}

type Step = { uses?: unknown; run?: unknown; name?: unknown; with?: unknown };

function loadWorkflows(item: Of<'workflow'>, ctx: KindContext): Workflow[] | Outcome {
  const folder = join(ctx.dir, item.dir);
  if (!isDir(folder)) return fail(ctx.t.msg.noWorkflows(item.dir));
  const files = listDir(folder).filter((name) => /\.ya?ml$/.test(name));
  if (files.length === 0) return fail(ctx.t.msg.noWorkflows(item.dir));
  const workflows: Workflow[] = [];
  for (const name of files) {
    const rel = `${item.dir}/${name}`;
    const got = readOr(ctx, rel);
    if (isOutcome(got)) return got;
    let data: unknown;
    try {
      // GitHub reads YAML 1.2 for `on:`; the yaml package's default core schema keeps it a string key.
      data = parseYaml(got.text, { maxAliasCount: 100, prettyErrors: false });
    } catch (error) {
      return fail(ctx.t.msg.parseError(rel, String((error as Error).message).split('\n')[0]!));
    }
    if (data === null || typeof data !== 'object' || Array.isArray(data)) return fail(ctx.t.msg.workflowNotMapping(rel));
    workflows.push({ file: rel, data: data as Record<string, unknown> });
  }
  return workflows;
}

/** Trigger names of a workflow's `on` (a string, a list or a mapping). PyYAML would read `on` as True. */
function triggersOf(data: Record<string, unknown>): string[] {
  const on = data.on ?? data.true ?? data.True;
  if (typeof on === 'string') return [on];
  if (Array.isArray(on)) return on.map(String);
  if (on && typeof on === 'object') return Object.keys(on);
  return [];
}

function jobsOf(data: Record<string, unknown>): Record<string, unknown>[] {
  const jobs = data.jobs;
  return jobs && typeof jobs === 'object' ? Object.values(jobs as Record<string, unknown>).filter((job): job is Record<string, unknown> => Boolean(job) && typeof job === 'object') : [];
}

function stepsOf(workflows: Workflow[]): Step[] {
  return workflows.flatMap((w) => jobsOf(w.data)).flatMap((job) => (Array.isArray(job.steps) ? (job.steps as unknown[]).filter((s): s is Step => Boolean(s) && typeof s === 'object') : []));
}

const text = (value: unknown) => (typeof value === 'string' ? value : '');

export function workflow(item: Of<'workflow'>, ctx: KindContext): Outcome {
  const loaded = loadWorkflows(item, ctx);
  if (isOutcome(loaded)) return loaded;
  const steps = stepsOf(loaded);
  switch (item.rule) {
    case 'parses':
      return pass(ctx.t.msg.workflowsRead(loaded.map((w) => w.file).join(', ')));
    case 'triggers': {
      const found = new Set(loaded.flatMap((w) => triggersOf(w.data)));
      const missing = item.triggers.filter((trigger) => !found.has(trigger));
      return missing.length ? fail(ctx.t.msg.triggersMissing(missing.join(', '))) : pass(ctx.t.msg.triggers([...found].join(', ')));
    }
    case 'matrix': {
      let best: unknown[] = [];
      for (const job of loaded.flatMap((w) => jobsOf(w.data))) {
        const matrix = (job.strategy as { matrix?: unknown } | undefined)?.matrix;
        if (!matrix || typeof matrix !== 'object') continue;
        for (const [key, values] of Object.entries(matrix as Record<string, unknown>))
          if (/python/i.test(key) && Array.isArray(values) && values.length > best.length) best = values;
      }
      if (best.length === 0) return fail(ctx.t.msg.noMatrix);
      const numbers = best.filter((value) => typeof value === 'number');
      if (numbers.length) return fail(ctx.t.msg.matrixNumbers(numbers.map(String).join(', ')));
      const distinct = new Set(best.map(String));
      if (distinct.size < item.minVersions) return fail(ctx.t.msg.matrixSmall(distinct.size, item.minVersions));
      return pass(ctx.t.msg.matrix([...distinct].join(', ')));
    }
    case 'coverage-gate': {
      const runs = steps.map((step) => text(step.run)).filter((run) => /pytest/.test(run));
      if (runs.length === 0) return fail(ctx.t.msg.noPytestStep);
      const gates = runs.flatMap((run) => [...run.matchAll(/--cov-fail-under[=\s]+(\d+(?:\.\d+)?)/g)].map((match) => Number(match[1])));
      if (gates.length === 0) return fail(ctx.t.msg.noCoverageGate(item.minCoverage));
      const gate = Math.max(...gates);
      return gate >= item.minCoverage ? pass(ctx.t.msg.coverageGate(gate)) : fail(ctx.t.msg.coverageGateLow(gate, item.minCoverage));
    }
    case 'secret-scan': {
      const found = steps.some((step) => /gitleaks|trufflehog/i.test(`${text(step.uses)} ${text(step.run)}`));
      return found ? pass(ctx.t.msg.ok) : fail(ctx.t.msg.noStep('gitleaks'));
    }
    case 'dependency-audit': {
      const found = steps.some((step) => /pip-audit|gh-action-pip-audit|\bsafety\b/i.test(`${text(step.uses)} ${text(step.run)}`));
      return found ? pass(ctx.t.msg.ok) : fail(ctx.t.msg.noStep('pip-audit / safety'));
    }
  }
}

