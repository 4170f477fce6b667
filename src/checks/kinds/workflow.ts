// workflow: GitHub Actions workflows parsed as YAML, from the project's .github/workflows or, in a
// monorepo, the git root's: triggers, the Python matrix, the coverage gate, secret and dependency scans.
import { join, relative } from 'node:path';
import { parseYaml } from '../parse/yaml.js';
import { isDir, listDir } from '../files.js';
import { describeFinding } from '../parse/messages.js';
import { coverageGates, pythonMatrix, scanSteps, type ToolConfigTexts } from '../parse/workflow-analysis.js';
import { fail, pass, type KindContext, type Outcome } from '../types.js';
import { isOutcome, readOr, readProjectFile, type Of } from './shared.js';

interface Workflow {
  file: string;
  data: Record<string, unknown>;
  text: string;
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
    workflows.push({ file: rel, data: data as Record<string, unknown>, text: got.text });
  }
  return workflows;
}

/** The workflows as the analysis reads them. */
const inputs = (workflows: Workflow[]) => workflows.map((workflow) => ({ file: workflow.file, data: workflow.data, text: workflow.text }));

/** Config files that hold coverage or pytest options, beside the project (or at the git root). */
function toolConfigs(ctx: KindContext): ToolConfigTexts {
  const read = (name: string) => {
    for (const dir of ctx.project.upward()) {
      const got = readProjectFile(ctx, relative(ctx.dir, join(dir, name)));
      if (got.ok) return got.text;
    }
    return undefined;
  };
  return { pyproject: read('pyproject.toml'), coveragerc: read('.coveragerc'), setupCfg: read('setup.cfg'), toxIni: read('tox.ini'), pytestIni: read('pytest.ini'), makefile: read('Makefile') };
}

function yamlAt(ctx: KindContext, names: string[]): { file: string; data: unknown } | undefined {
  for (const dir of ctx.project.upward())
    for (const name of names) {
      const rel = relative(ctx.dir, join(dir, name));
      const got = readProjectFile(ctx, rel);
      if (!got.ok) continue;
      try {
        return { file: rel, data: parseYaml(got.text, { maxAliasCount: 100 }) };
      } catch {
        return undefined;
      }
    }
  return undefined;
}

const dependabotConfig = (ctx: KindContext) => yamlAt(ctx, ['.github/dependabot.yml', '.github/dependabot.yaml']);
const preCommitConfig = (ctx: KindContext) => yamlAt(ctx, ['.pre-commit-config.yaml', '.pre-commit-config.yml']);

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
  // A python-version-file is read from the repository root the workflow runs in.
  const root = relative(ctx.dir, ctx.boundary);
  const readRel = (path: string) => {
    const got = readProjectFile(ctx, join(root, path));
    return got.ok ? got.text : undefined;
  };
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
      const matrix = pythonMatrix(inputs(loaded), readRel);
      const float = matrix.problems.find((problem) => problem.code === 'python.float-version');
      if (float) return fail(describeFinding(ctx.lang, float));
      if (matrix.versions.length === 0) {
        const unresolved = matrix.problems[0];
        return fail(unresolved ? describeFinding(ctx.lang, unresolved) : ctx.t.msg.noMatrix);
      }
      if (matrix.versions.length < item.minVersions) return fail(ctx.t.msg.matrixSmall(matrix.versions.length, item.minVersions));
      return pass(ctx.t.msg.matrix(matrix.versions.join(', ')));
    }
    case 'coverage-gate': {
      // The threshold may be a flag, an env or matrix variable, coverage's fail_under, pytest's addopts or a make target.
      const analysis = coverageGates(inputs(loaded), toolConfigs(ctx));
      const resolved = analysis.gates.filter((gate) => gate.value !== undefined);
      const best = resolved.sort((a, b) => b.value! - a.value!)[0];
      if (best && best.value! >= item.minCoverage) return pass(describeFinding(ctx.lang, best));
      if (best) return fail(ctx.t.msg.coverageGateLow(best.value!, item.minCoverage));
      const other = analysis.gates[0] ?? analysis.notes[0];
      if (other) return fail(describeFinding(ctx.lang, other));
      const runsTests = steps.some((step) => /pytest|tox|nox|make\s+test/.test(text(step.run)));
      return fail(runsTests ? ctx.t.msg.noCoverageGate(item.minCoverage) : ctx.t.msg.noPytestStep);
    }
    case 'secret-scan':
    case 'dependency-audit': {
      // A scan that cannot fail the build (continue-on-error, `|| true`, exit code 0…) does not count.
      const found = scanSteps(inputs(loaded), item.rule, { dependabot: dependabotConfig(ctx), preCommit: preCommitConfig(ctx) });
      const blocking = found.find((step) => step.blocking);
      if (blocking) return pass(ctx.t.msg.scanBlocks(blocking.tool, `${blocking.file}${blocking.line ? `:${blocking.line}` : ''}`));
      const weak = found[0];
      if (weak) return fail(ctx.t.msg.scanNonBlocking(weak.tool, weak.reasons.map((reason) => describeFinding(ctx.lang, reason)).join(' ')));
      return fail(ctx.t.msg.noStep(item.rule === 'secret-scan' ? 'gitleaks / trufflehog' : 'pip-audit / safety / osv-scanner'));
    }
  }
}

