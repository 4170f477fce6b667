// Runs every lesson's code the way a learner would: concept blocks in order, mini-project files written
// where the lesson puts them, then the commands the lesson tells you to run (lesson-runs.ts), all in a
// scratch workspace with the Python the checker tests use. Blocks that need what that Python lacks carry
// `needs=` in their fence (docs/content-format.md) and are reported, never skipped silently.
//
//   npx tsx tests/content/lesson-harness.ts [NN ...]               the report for those modules (all by default)
//   npx tsx tests/content/lesson-harness.ts --mutations [NN ...]   each mutation and the output line that fails it
import { execFile, execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { loadContent, type Lesson } from '../../src/content/load.js';
import { outline } from '../../src/content/markdown.js';
import { MODULE_IDS, type ModuleId } from '../../src/core/types.js';
import { testPython } from '../checks/helpers.js';
import { repoRoot } from '../helpers/syllabus.js';
import { RUNS, type Command, type Mutation } from './lesson-runs.js';

export interface MarkedBlock {
  lang: string;
  /** Everything after the language on the opening fence, as written. */
  attributes: string;
  code: string;
  line: number;
  file?: string;
  /** A file the lesson's commands must produce with exactly this content. */
  output?: string;
  needs: string[];
  expect?: string;
  run: boolean;
  /** Shares the names of the lesson's earlier `continues` blocks (and of the module's `given` data). */
  continues: boolean;
}

const KEYS = new Set(['file', 'output', 'needs', 'expect', 'run', 'continues']);
const REQUIREMENT = /^([A-Za-z_][\w.-]*)(?:(>=|<)(\d+(?:\.\d+)*))?$/;

/** The fenced blocks of a lesson body with their markers; throws on a marker it does not know. */
export function markedBlocks(body: string, file: string): MarkedBlock[] {
  const blocks: MarkedBlock[] = [];
  const lines = body.split('\n');
  let open: { marker: string; info: string; start: number; lines: string[] } | undefined;
  lines.forEach((line, index) => {
    if (open) {
      if (line.trim().startsWith(open.marker) && line.trim().replace(/[`~]/g, '') === '') {
        blocks.push(parseBlock(open.info, open.lines.join('\n'), open.start, file));
        open = undefined;
      } else open.lines.push(line);
      return;
    }
    const fence = /^(\s*)(`{3,}|~{3,})\s*(.*)$/.exec(line);
    if (fence) open = { marker: fence[2]!, info: fence[3]!.trim(), start: index + 1, lines: [] };
  });
  // Same blocks as the validators see (src/content/markdown.ts), so the two readings cannot drift apart.
  const reference = outline(body).codeBlocks;
  if (
    reference.length !== blocks.length ||
    reference.some((block, i) => block.code !== blocks[i]!.code || block.lang !== blocks[i]!.lang)
  )
    throw new Error(`${file}: the harness and the validators read different code blocks`);
  return blocks;
}

function parseBlock(info: string, code: string, line: number, file: string): MarkedBlock {
  const [lang = '', ...rest] = info.split(/\s+/);
  const block: MarkedBlock = { lang, attributes: rest.join(' '), code, line, needs: [], run: false, continues: false };
  for (const token of rest) {
    const [key, value] = token.includes('=')
      ? [token.slice(0, token.indexOf('=')), token.slice(token.indexOf('=') + 1)]
      : [token, ''];
    const where = `${file} (body line ${line})`;
    if (!KEYS.has(key)) throw new Error(`${where}: unknown marker "${key}" (known: ${[...KEYS].join(', ')})`);
    if (key === 'run') {
      if (value || lang !== 'bash') throw new Error(`${where}: "run" takes no value and marks a bash block`);
      block.run = true;
    } else if (key === 'continues') {
      if (value || lang !== 'python') throw new Error(`${where}: "continues" takes no value and marks a python block`);
      block.continues = true;
    } else if (!value) throw new Error(`${where}: "${key}=" needs a value`);
    else if (key === 'file') block.file = value;
    else if (key === 'output') block.output = value;
    else if (key === 'expect') block.expect = value;
    else {
      block.needs = value.split(',');
      for (const need of block.needs)
        if (!REQUIREMENT.test(need))
          throw new Error(`${where}: "${need}" is not a requirement like mlflow or pydantic>=2`);
    }
  }
  if (block.expect && (lang !== 'python' || block.file))
    throw new Error(`${file} (body line ${line}): "expect" marks a concept python block`);
  return block;
}

export interface LessonPair {
  id: ModuleId;
  es: Lesson;
  en: Lesson;
  /** Read from the English file; lesson-harness tests check the Spanish one carries the same markers. */
  blocks: MarkedBlock[];
  /** Lines before the body in the English file, so reports name the line an editor shows. */
  offset: number;
}

export function lessonPairs(): LessonPair[] {
  const content = loadContent(repoRoot);
  return MODULE_IDS.map((id) => {
    const es = content.lessons.find((lesson) => lesson.meta.id === id && lesson.meta.lang === 'es')!;
    const en = content.lessons.find((lesson) => lesson.meta.id === id && lesson.meta.lang === 'en')!;
    const lines = readFileSync(join(repoRoot, en.file), 'utf8').split('\n').length;
    return { id, es, en, blocks: markedBlocks(en.body, en.file), offset: lines - en.body.split('\n').length };
  });
}

/** Which requirements the test Python does not meet, asked in one process. */
export function unmetRequirements(python: string, needs: string[]): Set<string> {
  const script = `
import importlib.metadata, importlib.util, json, re, sys
DIST = {"sklearn": "scikit-learn", "yaml": "PyYAML"}
def version(name):
    try:
        return tuple(int(p) for p in re.findall(r"\\d+", importlib.metadata.version(DIST.get(name, name)))[:3])
    except importlib.metadata.PackageNotFoundError:
        return None
unmet = []
for need in json.loads(sys.argv[1]):
    m = re.fullmatch(r"([\\w.-]+)(?:(>=|<)([\\d.]+))?", need)
    name, op, wanted = m.group(1), m.group(2), m.group(3)
    have = version(name) if importlib.util.find_spec(name.replace("-", "_")) else None
    if have is None:
        unmet.append(need)
    elif op:
        target = tuple(int(p) for p in wanted.split("."))
        if (have < target) if op == ">=" else (have >= target):
            unmet.append(need)
print(json.dumps(unmet))`;
  return new Set(
    JSON.parse(
      execFileSync(python, ['-c', script, JSON.stringify([...new Set(needs)])], { encoding: 'utf8' }),
    ) as string[],
  );
}

type Action =
  | { kind: 'write'; path: string; content: string; where: string }
  | { kind: 'exec'; code: string; where: string; expect?: string; continues?: boolean; given?: string }
  | ({ kind: 'shell'; code: string; where: string } & Omit<Command, 'run'>);

export interface ActionResult {
  where: string;
  ok: boolean;
  detail: string;
}

export interface Skipped {
  where: string;
  needs: string[];
}

export interface LessonReport {
  id: ModuleId;
  results: ActionResult[];
  skipped: Skipped[];
  failures: ActionResult[];
}

const driver = fileURLToPath(new URL('./lesson_driver.py', import.meta.url));

/** A folder holding a `python` and `python3` that are the test Python, so lesson commands use it. */
function shimPath(workspace: string, python: string): string {
  const bin = join(workspace, '.bin');
  mkdirSync(bin, { recursive: true });
  execFileSync('ln', [
    '-sf',
    python.includes('/') ? python : execFileSync('which', [python], { encoding: 'utf8' }).trim(),
    join(bin, 'python'),
  ]);
  execFileSync('ln', ['-sf', 'python', join(bin, 'python3')]);
  return `${bin}:${process.env.PATH ?? ''}`;
}

// n_jobs=-1 in a lesson would start a worker per core for every search; on a shared 2-core CI machine that
// is slower than running in-process, and the results are the same.
const ONE_CORE = { JOBLIB_MULTIPROCESSING: '0', OMP_NUM_THREADS: '1', OPENBLAS_NUM_THREADS: '1', MKL_NUM_THREADS: '1' };

export async function runActions(
  python: string,
  workspace: string,
  dir: string,
  actions: Action[],
): Promise<ActionResult[]> {
  mkdirSync(dir, { recursive: true });
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PATH: shimPath(workspace, python),
    PYTHONDONTWRITEBYTECODE: '1',
    MPLBACKEND: 'Agg',
    PYTHONHASHSEED: '0',
    NO_COLOR: '1',
    ...ONE_CORE,
  };
  // vitest sets FORCE_COLOR, and pytest colours its summary whenever the variable exists.
  delete env.FORCE_COLOR;
  delete env.PY_COLORS;
  const child = promisify(execFile)(python, [driver], { encoding: 'utf8', env, cwd: dir, maxBuffer: 64 * 1024 * 1024 });
  child.child.stdin!.end(JSON.stringify({ dir, actions }));
  return JSON.parse((await child).stdout) as ActionResult[];
}

function folderOf(pair: LessonPair): string {
  return `${pair.id}-${pair.en.meta.slug}`;
}

/**
 * The actions for one module in lesson order: concept blocks run, file blocks written, `run` bash blocks
 * run; then the module's commands. `mutate` rewrites one file first (for the mutation tests).
 */
export function moduleActions(
  pair: LessonPair,
  unmet: Set<string>,
  options: { concepts?: boolean; commands?: Command[]; mutate?: Mutation } = {},
): { actions: Action[]; skipped: Skipped[] } {
  const run = RUNS[pair.id];
  const actions: Action[] = [];
  const skipped: Skipped[] = [];
  const outputs: { path: string; content: string; where: string }[] = [];
  let miniProjectRunnable = true;
  for (const command of RUNS[pair.id]?.setup ?? [])
    actions.push({ kind: 'shell', where: `${pair.id} setup: ${command}`, code: command });
  for (const block of pair.blocks) {
    if (options.concepts === false && block.lang === 'python' && !block.file) continue;
    const where = `${pair.en.file}:${block.line + pair.offset}`;
    const missing = block.needs.filter((need) => unmet.has(need));
    if (missing.length) {
      skipped.push({ where, needs: missing });
      if (block.file) miniProjectRunnable = false;
      continue;
    }
    if (block.output) {
      outputs.push({ path: block.output, content: block.code.endsWith('\n') ? block.code : `${block.code}\n`, where });
      continue;
    }
    if (block.file) {
      let content = block.code.endsWith('\n') ? block.code : `${block.code}\n`;
      if (options.mutate?.file === block.file) content = applyMutation(content, options.mutate);
      actions.push({ kind: 'write', path: block.file, content, where });
    } else if (block.lang === 'python' && options.concepts !== false)
      actions.push({
        kind: 'exec',
        code: block.code,
        where,
        ...(block.expect ? { expect: block.expect } : {}),
        ...(block.continues ? { continues: true, given: run?.given ?? '' } : {}),
      });
    else if (block.run) actions.push({ kind: 'shell', code: block.code, where });
  }
  const commands = options.commands ?? [
    ...(run?.build ?? []),
    ...(options.concepts === false ? [] : (run?.commands ?? [])),
  ];
  for (const command of commands) {
    const where = `${pair.id} command: ${command.run}`;
    if (!miniProjectRunnable) skipped.push({ where, needs: [...new Set(skipped.flatMap((s) => s.needs))] });
    else actions.push({ kind: 'shell', where, ...command, code: command.run });
  }
  if (!options.commands && miniProjectRunnable)
    for (const output of outputs) {
      const expected = `../.expected/${pair.id}/${output.path}`;
      actions.push({ kind: 'write', path: expected, content: output.content, where: output.where });
      actions.push({
        kind: 'shell',
        where: `${output.where}: ${output.path} is what the lesson shows`,
        code: `diff -u '${expected}' '${output.path}'`,
      });
    }
  return { actions, skipped };
}

function applyMutation(content: string, mutation: Mutation): string {
  if (mutation.from === undefined || mutation.to === undefined)
    throw new Error(`mutation "${mutation.name}" names a file but no from/to`);
  const count = content.split(mutation.from).length - 1;
  if (count !== 1)
    throw new Error(
      `mutation "${mutation.name}": "${mutation.from}" occurs ${count} times in ${mutation.file}, expected once`,
    );
  return content.replace(mutation.from, mutation.to);
}

// Modules others build on (04's model, 02's data) are built once per process and copied.
const builds = new Map<ModuleId, Promise<{ dir: string; results: ActionResult[]; skipped: Skipped[] }>>();

function built(
  other: LessonPair,
  python: string,
  unmet: Set<string>,
): Promise<{ dir: string; results: ActionResult[]; skipped: Skipped[] }> {
  let build = builds.get(other.id);
  if (!build) {
    const workspace = mkdtempSync(join(tmpdir(), `mlops-lesson-build-${other.id}-`));
    const dir = join(workspace, folderOf(other));
    const { actions, skipped } = moduleActions(other, unmet, { concepts: false });
    build = runActions(python, workspace, dir, actions).then((results) => ({ dir, results, skipped }));
    builds.set(other.id, build);
  }
  return build;
}

/** A scratch workspace holding the module's folder, next to the modules it builds on. */
export async function runModule(
  pair: LessonPair,
  pairs: LessonPair[],
  python: string,
  unmet: Set<string>,
  options: { mutate?: Mutation; commands?: Command[]; concepts?: boolean } = {},
): Promise<LessonReport> {
  const workspace = mkdtempSync(join(tmpdir(), `mlops-lesson-${pair.id}-`));
  const results: ActionResult[] = [];
  const skipped: Skipped[] = [];
  for (const dependency of RUNS[pair.id]?.after ?? []) {
    const other = pairs.find((candidate) => candidate.id === dependency)!;
    const build = await built(other, python, unmet);
    skipped.push(...build.skipped);
    results.push(...build.results.filter((result) => !result.ok));
    cpSync(build.dir, join(workspace, folderOf(other)), { recursive: true });
  }
  const own = moduleActions(pair, unmet, options);
  skipped.push(...own.skipped);
  results.push(...(await runActions(python, workspace, join(workspace, folderOf(pair)), own.actions)));
  return { id: pair.id, results, skipped, failures: results.filter((result) => !result.ok) };
}

export function harnessPython(): string {
  return testPython();
}

export function allNeeds(pairs: LessonPair[]): string[] {
  return pairs.flatMap((pair) => pair.blocks.flatMap((block) => block.needs));
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const pairs = lessonPairs();
  const python = harnessPython();
  const unmet = unmetRequirements(python, allNeeds(pairs));
  const mutations = process.argv.includes('--mutations');
  const wanted = process.argv.slice(2).filter((arg) => arg !== '--mutations');
  let failed = 0;
  if (mutations) {
    // Each mutated copy must fail the lesson's check; print the line of output that shows it did.
    const { MUTATIONS } = await import('./lesson-runs.js');
    for (const mutation of MUTATIONS.filter((candidate) => !wanted.length || wanted.includes(candidate.module))) {
      const pair = pairs.find((candidate) => candidate.id === mutation.module)!;
      const failing = {
        run: mutation.shell ? `${mutation.shell}\n${mutation.check}` : mutation.check,
        exit: 'nonzero' as const,
        stdout: mutation.fails,
      };
      const report = await runModule(pair, pairs, python, unmet, {
        concepts: false,
        commands: [...(mutation.build === false ? [] : (RUNS[pair.id]?.build ?? [])), failing],
        ...(mutation.file ? { mutate: mutation } : {}),
      });
      const last = report.results.at(-1);
      const shown = last?.detail.split('\n').find((line) => new RegExp(mutation.fails).test(line)) ?? '';
      console.log(
        `${report.failures.length || report.skipped.length ? 'FAIL' : 'caught'} ${mutation.module} ${mutation.name}: ${mutation.check}\n     ${shown}`,
      );
      failed += report.failures.length;
    }
  }
  for (const pair of pairs.filter((candidate) => !mutations && (!wanted.length || wanted.includes(candidate.id)))) {
    const report = await runModule(pair, pairs, python, unmet);
    for (const result of report.results)
      console.log(
        `${result.ok ? 'ok  ' : 'FAIL'} ${result.where}${result.ok ? '' : `\n${result.detail.replace(/^/gm, '     ')}`}`,
      );
    for (const skip of report.skipped) console.log(`skip ${skip.where} (needs ${skip.needs.join(', ')})`);
    failed += report.failures.length;
  }
  console.log(`${failed} failing, python ${python}`);
  process.exitCode = failed ? 1 : 0;
}
