// Runs a checker's items in order against one mini-project folder: requirements, missing tools and
// packages become skips with a reason, each item gets its own time limit, and progress is reported
// through events so the CLI and the TUI show the same live view.
import { mkdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { CheckDefinition, CheckItem } from '../content/check-schema.js';
import { scoreItems, type Score } from '../core/scoring.js';
import type { Lang, ModuleId, Rubric, RubricCategory } from '../core/types.js';
import { messages } from '../i18n/index.js';
import { installHint, toolHint } from './install-hints.js';
import { command, reproducible } from './kinds/command.js';
import { httpProbe } from './kinds/http.js';
import { coverage, dockerfile, markdownSections, workflow } from './kinds/project.js';
import { pythonAst, pythonProbe } from './kinds/python.js';
import { csvShape, dataShape, fileMatches, filesExist, markdown, mlflowStore } from './kinds/static.js';
import { runProcess } from './process.js';
import { fail, type ItemStatus, type KindContext, type Outcome } from './types.js';
import { which } from './which.js';
import { readWorkspaceFile } from './workspace.js';

export interface ItemResult {
  id: string;
  title: string;
  category: RubricCategory;
  points: number;
  earned: number;
  status: ItemStatus;
  message: string;
  /** What to do to win the points back; empty when nothing was lost. */
  hint: string;
  durationMs: number;
  output?: string | undefined;
}

export interface CheckResult extends Score {
  module: ModuleId;
  title: string;
  dir: string;
  python: string | undefined;
  items: ItemResult[];
}

export type CheckEvent = { type: 'start'; index: number; item: CheckItem } | { type: 'done'; index: number; result: ItemResult };

export interface RunCheckOptions {
  definition: CheckDefinition;
  rubric: Rubric;
  dir: string;
  workspace: string;
  python: string | undefined;
  helperDir: string;
  lang: Lang;
  onEvent?: (event: CheckEvent) => void;
  signal?: AbortSignal | undefined;
  /** Caps every item's time limit (MLOPS_TUTOR_TIMEOUT_SEC): mentors grading a cohort, and the tests. */
  maxTimeoutSec?: number | undefined;
  env?: NodeJS.ProcessEnv;
}

const DEFAULT_TIMEOUT_SEC: Record<CheckItem['kind'], number> = {
  'files-exist': 10,
  'file-matches': 10,
  markdown: 10,
  'data-shape': 10,
  'csv-shape': 10,
  'mlflow-store': 10,
  'python-ast': 30,
  'python-probe': 120,
  command: 300,
  reproducible: 600,
  'http-probe': 90,
  dockerfile: 10,
  workflow: 10,
  coverage: 300,
  'markdown-sections': 10,
};

function needsPython(item: CheckItem): boolean {
  if (item.kind === 'python-ast' || item.kind === 'python-probe' || item.kind === 'coverage') return true;
  if (item.kind === 'http-probe') return item.start.some((arg) => arg.includes('{python}'));
  if (item.kind === 'command' || item.kind === 'reproducible') return item.argv.some((arg) => arg.includes('{python}'));
  return Boolean(item.pythonModules?.length);
}

/** Which of `modules` the interpreter cannot import (one process for the whole checker). */
async function missingModules(python: string, modules: string[], dir: string, env: NodeJS.ProcessEnv): Promise<Set<string>> {
  if (modules.length === 0) return new Set();
  const code = 'import importlib.util,json,sys\nprint(json.dumps([m for m in sys.argv[1:] if importlib.util.find_spec(m) is None]))';
  const result = await runProcess([python, '-c', code, ...modules], { cwd: dir, timeoutMs: 30_000, env });
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

async function runKind(item: CheckItem, ctx: KindContext): Promise<Outcome> {
  switch (item.kind) {
    case 'files-exist':
      return filesExist(item, ctx);
    case 'file-matches':
      return fileMatches(item, ctx);
    case 'markdown':
      return markdown(item, ctx);
    case 'data-shape':
      return dataShape(item, ctx);
    case 'csv-shape':
      return csvShape(item, ctx);
    case 'mlflow-store':
      return mlflowStore(item, ctx);
    case 'python-ast':
      return pythonAst(item, ctx);
    case 'python-probe':
      return pythonProbe(item, ctx);
    case 'command':
      return command(item, ctx);
    case 'reproducible':
      return reproducible(item, ctx);
    case 'http-probe':
      return httpProbe(item, ctx);
    case 'dockerfile':
      return dockerfile(item, ctx);
    case 'workflow':
      return workflow(item, ctx);
    case 'coverage':
      return coverage(item, ctx);
    case 'markdown-sections':
      return markdownSections(item, ctx);
  }
}

/**
 * Temporary files of the learner's code (pytest's tmp_path, the probes) go to a folder inside the
 * mini-project that is removed afterwards: a check writes nothing outside the workspace.
 */
function scratchDir(dir: string): string | undefined {
  const path = join(dir, '.mlops-tutor-tmp');
  try {
    mkdirSync(path, { recursive: true });
    return path;
  } catch {
    return undefined;
  }
}

export async function runCheck(options: RunCheckOptions): Promise<CheckResult> {
  const { definition, lang } = options;
  const t = messages(lang).check;
  const baseEnv = options.env ?? process.env;
  const scratch = scratchDir(options.dir);
  const env: NodeJS.ProcessEnv = {
    ...baseEnv,
    PYTHONDONTWRITEBYTECODE: '1',
    PYTHONUNBUFFERED: '1',
    PYTHONIOENCODING: 'utf-8',
    MPLBACKEND: 'Agg',
    // pytest would otherwise write .pytest_cache next to the learner's files on every check.
    PYTEST_ADDOPTS: [baseEnv.PYTEST_ADDOPTS, '-p no:cacheprovider'].filter(Boolean).join(' '),
    ...(scratch ? { TMPDIR: scratch, TEMP: scratch, TMP: scratch, MYPY_CACHE_DIR: join(scratch, 'mypy') } : {}),
  };
  const wanted = [...new Set(definition.items.flatMap((item) => item.pythonModules ?? []))];
  const missing = options.python ? await missingModules(options.python, wanted, options.dir, env) : new Set<string>();
  let app: string | undefined;
  try {
    app = readWorkspaceFile(options.workspace).apps[definition.id];
  } catch {
    app = undefined; // `check` already reported an invalid workspace file before getting here
  }
  const results: ItemResult[] = [];
  const byId = new Map<string, ItemResult>();
  try {
    for (const [index, item] of definition.items.entries()) {
      if (options.signal?.aborted) break;
      options.onEvent?.({ type: 'start', index, item });
      const started = performance.now();
      const limit = Math.min(item.timeoutSec ?? DEFAULT_TIMEOUT_SEC[item.kind], options.maxTimeoutSec ?? Infinity);
      const ctx: KindContext = { dir: options.dir, workspace: options.workspace, python: options.python, helperDir: options.helperDir, t, timeoutMs: limit * 1000, signal: options.signal, env, app };
      let outcome: Outcome;
      const failedRequirements = (item.requires ?? []).filter((id) => byId.get(id)?.status !== 'pass');
      const missingHere = (item.pythonModules ?? []).filter((name) => missing.has(name));
      let toolPath: string | undefined;
      if (failedRequirements.length) outcome = { status: 'skip', message: t.skip.requires(failedRequirements.join(', ')) };
      else if (needsPython(item) && !options.python) outcome = { status: 'skip', message: t.skip.noPython, skipHint: t.install.python };
      else if (missingHere.length) outcome = { status: 'skip', message: t.skip.modules(missingHere.join(', ')), skipHint: installHint(missingHere, t) };
      else if (item.tool && !(toolPath = locateTool(item.tool, options))) outcome = { status: 'skip', message: t.skip.tool(item.tool), skipHint: toolHint(item.tool, t) };
      else {
        const effective = toolPath && (item.kind === 'command' || item.kind === 'reproducible') ? { ...item, argv: item.argv.map((arg, i) => (i === 0 && arg === item.tool ? toolPath! : arg)) } : item;
        try {
          outcome = await runKind(effective, ctx);
        } catch (error) {
          outcome = { ...fail(String((error as Error)?.message ?? error)), status: 'error' };
        }
      }
      const earned = outcome.status === 'pass' ? item.points : 0;
      const hint = earned === item.points ? '' : [outcome.skipHint, item.hint[lang]].filter(Boolean).join(' ');
      const result: ItemResult = {
        id: item.id,
        title: item.title[lang],
        category: item.category,
        points: item.points,
        earned,
        status: outcome.status,
        message: outcome.message,
        hint,
        durationMs: Math.round(performance.now() - started),
        output: outcome.output,
      };
      results.push(result);
      byId.set(item.id, result);
      options.onEvent?.({ type: 'done', index, result });
    }
  } finally {
    if (scratch) rmSync(scratch, { recursive: true, force: true });
  }
  const score = scoreItems(
    definition.items.map((item) => ({ category: item.category, points: item.points, earned: byId.get(item.id)?.earned ?? 0 })),
    options.rubric,
    definition.passScore,
  );
  return { ...score, module: definition.id, title: definition.title[lang], dir: options.dir, python: options.python, items: results };
}
