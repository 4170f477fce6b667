// Runs a checker's items in order against one mini-project folder: each item reads only what it
// needs (artefacts found by discovery), what this machine lacks makes an item "not run", each item gets
// its own time limit, and progress is reported through events so the CLI and the TUI show the same view.
import { monotonicMs } from './clock.js';
import { mkdirSync, rmSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import type { CheckDefinition, CheckItem } from '../content/check-schema.js';
import { levelIsMeaningful } from '../core/progress.js';
import { scoreItems, type Score } from '../core/scoring.js';
import type { Lang, ModuleId, Rubric, RubricCategory } from '../core/types.js';
import { messages } from '../i18n/index.js';
import { Project, type Located } from './discovery/project.js';
import { hintFor, skipHint } from './hints.js';
import { buildPythonIndex } from './discovery/python-index.js';
import { kindOf } from './kinds/index.js';
import { BATCHABLE_PROBES } from './kinds/python-probe.js';
import { evaluate, missingModules } from './evaluate.js';
import { learnerEnv } from './learner-env.js';
import { runScheduled } from './schedule.js';
import { ServerPool } from './kinds/server-pool.js';
import { killMarked, newTracking, reapLeftovers, removeRecordDir, unsupervised } from './supervision.js';
import type { ItemStatus, KindContext } from './types.js';
import { which } from './which.js';
import { visible, visibleLines } from '../visible.js';

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

/** `warning`: a warning item that follows item `index` (a known trap), not one of the definition's items. */
export type CheckEvent = { type: 'start'; index: number; item: CheckItem } | { type: 'done'; index: number; result: ItemResult } | { type: 'warning'; index: number; result: ItemResult };

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
  /**
   * Folder of the state home where the processes of a running item are recorded, so the next check
   * kills what a killed one left running; undefined: nothing is recorded (the supervisor still cleans up).
   */
  recordDir?: string | undefined;
  /** What mlops-tutor.json says about this module: artefact overrides, the app, extra folders. */
  manifest?:
    | {
        files?: Readonly<Record<string, string>>;
        app?: string | undefined;
        start?: readonly string[] | undefined;
        request?: { method: string; path: string; body: unknown } | undefined;
        extraDirs?: readonly string[];
      }
    | undefined;
}

/**
 * A folder name per project path: FNV-1a, twice (two offset bases), 16 hex digits. Only a cache key,
 * so no node:crypto, whose loading was 2–3 ms of every check's start.
 */
function pathKey(path: string): string {
  const fnv = (hash: number) => {
    for (let i = 0; i < path.length; i++) hash = Math.imul(hash ^ path.charCodeAt(i), 0x01000193);
    return (hash >>> 0).toString(16).padStart(8, '0');
  };
  return fnv(0x811c9dc5) + fnv(0x050c5d1f);
}

function mypyCacheDir(dir: string, env: NodeJS.ProcessEnv): string {
  const base = env.XDG_CACHE_HOME || join(homedir(), '.cache');
  return join(base, 'mlops-tutor', 'mypy', pathKey(dir));
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

/**
 * Each item gets its own temporary folder inside the scratch one: items may run at the same time
 * (schedule.ts), and a probe's fixed file names or two pytest runs must not meet in one folder.
 */
function itemEnv(env: NodeJS.ProcessEnv, scratch: string | undefined, index: number): NodeJS.ProcessEnv {
  if (!scratch) return env;
  const own = join(scratch, `item-${index}`);
  try {
    mkdirSync(own, { recursive: true });
  } catch {
    return env;
  }
  return { ...env, TMPDIR: own, TEMP: own, TMP: own };
}

/** The titles of the items `item` requires that did not pass: what a skipped item's hint says to fix. */
const requirementTitles = (item: CheckItem, byId: ReadonlyMap<string, ItemResult>): string[] =>
  (item.requires ?? []).flatMap((id) => {
    const required = byId.get(id);
    return required && required.status !== 'pass' ? [`«${required.title}»`] : [];
  });

export async function runCheck(options: RunCheckOptions): Promise<CheckResult> {
  const { definition, lang } = options;
  const t = messages(lang).check;
  const baseEnv = options.env ?? process.env;
  const scratch = scratchDir(options.dir);
  reapLeftovers(options.recordDir);
  const env: NodeJS.ProcessEnv = {
    // Only what the learner's tools need: our home and the shell's secrets stay out (learner-env.ts).
    ...learnerEnv(baseEnv),
    PYTHONDONTWRITEBYTECODE: '1',
    PYTHONUNBUFFERED: '1',
    PYTHONIOENCODING: 'utf-8',
    MPLBACKEND: 'Agg',
    // pytest would otherwise write .pytest_cache next to the learner's files on every check.
    PYTEST_ADDOPTS: [baseEnv.PYTEST_ADDOPTS, '-p no:cacheprovider'].filter(Boolean).join(' '),
    ...(scratch ? { TMPDIR: scratch, TEMP: scratch, TMP: scratch } : {}),
    // mypy's cache is kept between checks (a cold one makes `check 01` 15× slower than mypy by hand), in
    // our own cache folder rather than in the learner's project.
    MYPY_CACHE_DIR: mypyCacheDir(options.dir, baseEnv),
  };
  const wanted = [...new Set(definition.items.flatMap((item) => item.pythonModules ?? []))];
  // The supervisor needs POSIX signals and process groups; Windows keeps the direct spawn.
  const supervisorPython = process.platform === 'win32' ? undefined : (options.python ?? which('python3', [], baseEnv));
  const tracking = newTracking(options.recordDir, supervisorPython ? { python: supervisorPython, script: join(options.helperDir, 'supervise.py') } : undefined);
  // The scheduler grants the first programs their slots in the next turn (schedule.ts); the turn after
  // it, once they have started, the readers and the module lookup begin. Each of those starts a
  // Python or walks the project first, which delayed the long poles by ~20 ms.
  const programsStarted = new Promise<void>((next) => setImmediate(() => setImmediate(next)));
  // Asked while the first items run; only the items that name Python modules wait for the answer.
  const missing: Promise<ReadonlySet<string>> = options.python ? programsStarted.then(() => missingModules(options.python!, wanted, options.dir, env, tracking)) : Promise.resolve(new Set<string>());
  const project: Project = new Project({
    dir: options.dir,
    artefacts: definition.artefacts,
    overrides: options.manifest?.files ?? {},
    extraDirs: options.manifest?.extraDirs,
    lang,
    text: t.msg,
    pythonIndex:
      options.python && scratch
        ? (): ReturnType<typeof buildPythonIndex> => buildPythonIndex({ python: options.python!, helperDir: options.helperDir, dir: options.dir, files: project.files().files, scratch, env, signal: options.signal, tracking: unsupervised(tracking) })
        : undefined,
  });
  const hintContext = { artefacts: definition.artefacts, lessonFolder: definition.path, dir: options.dir, workspace: options.workspace, t };
  const boundary = project.gitRoot && options.dir.startsWith(project.gitRoot) ? project.gitRoot : options.dir;
  const results: ItemResult[] = [];
  const byId = new Map<string, ItemResult>();
  const position = new Map(definition.items.map((item, index) => [item.id, index]));
  /** What item `index` may know of the others: only the earlier ones, as when items ran in order. */
  const earlier = (index: number) => new Map([...byId].filter(([id]) => (position.get(id) ?? Infinity) < index));
  const servers = new ServerPool();
  // The shared servers stop once the last item that may use one is done, not at the end of the check.
  let serverItems = definition.items.filter((item) => item.kind === 'http-probe').length;
  const runItem = async (index: number): Promise<{ result: ItemResult; warnings: ItemResult[] }> => {
    const item = definition.items[index]!;
    try {
      return await evaluateItem(index, item);
    } finally {
      if (item.kind === 'http-probe' && --serverItems === 0) await servers.stopAll();
    }
  };
  const evaluateItem = async (index: number, item: CheckItem): Promise<{ result: ItemResult; warnings: ItemResult[] }> => {
    const started = monotonicMs();
    const limit = Math.min(item.timeoutSec ?? kindOf(item).timeoutSec, options.maxTimeoutSec ?? Infinity);
    const ctx: KindContext = { dir: options.dir, boundary, project, workspace: options.workspace, python: options.python, helperDir: options.helperDir, t, lang, timeoutMs: limit * 1000, signal: options.signal, env: itemEnv(env, scratch, index), tracking, servers, app: options.manifest?.app, start: options.manifest?.start, request: options.manifest?.request };
    const read: Located[] = [];
    const known = earlier(index);
    const outcome = await evaluate(item, ctx, known, missing, options, read);
    const earned = outcome.status === 'pass' ? item.points : 0;
    // Hints only for what was evaluated, about the files that were read.
    const own = outcome.status === 'skip' ? skipHint(requirementTitles(item, known), t) : hintFor(item.hint[lang], read, hintContext);
    const hint = earned === item.points ? '' : [outcome.skipHint, own].filter(Boolean).join(' ');
    const result: ItemResult = {
      id: item.id,
      title: item.title[lang],
      category: item.category,
      points: item.points,
      earned,
      status: outcome.status,
      // Messages quote the workspace (file names, test ids, a response body) and output is the
      // learner's: whatever shows them (terminal, TUI, --json, JUnit) gets no control characters.
      message: visible(outcome.message),
      hint: visible(hint),
      durationMs: Math.round(monotonicMs() - started),
      output: outcome.output === undefined ? undefined : visibleLines(outcome.output),
    };
    byId.set(item.id, result);
    const warnings = (outcome.warnings ?? []).map((warning): ItemResult => ({ id: warning.id, title: warning.title, category: item.category, points: 0, earned: 0, status: 'warn', message: warning.message, hint: warning.hint, durationMs: 0 }));
    return { result, warnings };
  };
  try {
    // Items overlap where that cannot change what they see (schedule.ts); events and results keep the
    // definition's order.
    await runScheduled({
      items: definition.items,
      run: runItem,
      readersAfter: programsStarted,
      sharesSlot: (item) => item.kind === 'python-probe' && BATCHABLE_PROBES.has(item.probe),
      stopped: () => Boolean(options.signal?.aborted),
      onStart: (index) => options.onEvent?.({ type: 'start', index, item: definition.items[index]! }),
      onDone: (index, { result, warnings }) => {
        results.push(result);
        options.onEvent?.({ type: 'done', index, result });
        for (const warned of warnings) {
          results.push(warned);
          options.onEvent?.({ type: 'warning', index, result: warned });
        }
      },
    });
  } finally {
    await servers.stopAll();
    // Belt and braces: nothing carrying this run's marker outlives the check.
    killMarked(tracking.run);
    removeRecordDir(tracking);
    if (scratch) rmSync(scratch, { recursive: true, force: true });
  }
  const score = scoreItems(
    definition.items.map((item) => ({ category: item.category, points: item.points, earned: byId.get(item.id)?.earned ?? 0, notRun: byId.get(item.id)?.status === 'not-run' })),
    options.rubric,
    definition.passScore,
  );
  // Foundation modules (00–04) get a neutral label: "Staff/Principal" for a working venv would mislead.
  const level = levelIsMeaningful(definition.id) ? score.level : { es: messages('es').module.neutralLevel(score.score), en: messages('en').module.neutralLevel(score.score) };
  return { ...score, level, module: definition.id, title: definition.title[lang], dir: options.dir, python: options.python, items: results };
}
