// A mini-project as a reviewer reads it: artefacts are located by what they are (a model card, the
// FastAPI app, a TransformerMixin class, the CI workflows) wherever the project keeps them, the
// lesson's names being the first place to look. Items refer to artefacts as `@id` (the file) or
// `@id.module`, `@id.name`, `@id.app`, `@id.root`, `@id.package` (what the Python index found), and
// every reference is resolved here, once per check run.
import { existsSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import type { ArtefactSpec } from '../../content/check-schema.js';
import type { Lang } from '../../core/types.js';
import { baseName, fileContains, nameMatcher, normalName, normalPath } from './names.js';
import type { PythonIndex, PythonFileFacts } from './python-index.js';
import { runProcess } from '../process.js';
import { unsupervised, type Tracking } from '../supervision.js';
import { walkProject, type ProjectFiles } from './walk.js';
import { describeConstruct, matchConstruct, modulePathOf, orderCandidates } from './python-constructs.js';

export { describeConstruct, matchConstruct } from './python-constructs.js';

export interface Located {
  id: string;
  /** Absolute path of the file (or folder). */
  abs: string;
  /** The path as the learner reads it: relative to the project folder (may start with ../ up to the git root). */
  rel: string;
  /** Python artefacts: the dotted module, the object's name, the import root and the top package folder. */
  module?: string;
  name?: string;
  root?: string;
  package?: string;
}

export interface NotFound {
  id: string;
  /** One sentence: what was looked for, and where. */
  message: string;
}

export interface ProjectOptions {
  dir: string;
  artefacts: Readonly<Record<string, ArtefactSpec>>;
  /** mlops-tutor.json overrides: artefact id → path (or `module:Name` for Python artefacts). */
  overrides: Readonly<Record<string, string>>;
  /** Extra folders of the module (mlops-tutor.json), searched after the project folder. */
  extraDirs?: readonly string[];
  lang: Lang;
  /** Builds the Python index on first use; undefined when no Python is available. */
  pythonIndex?: (() => Promise<PythonIndex | undefined>) | undefined;
  text: {
    notFound: (what: string, names: string, where: string) => string;
    overrideMissing: (what: string, path: string) => string;
    pythonNotFound: (what: string, construct: string, where: string) => string;
    unknownArtefact: (id: string) => string;
    anywhere: string;
  };
}

/** The nearest folder at or above `dir` that holds `.git` (a folder, or a file in a worktree). */
export function gitRootOf(dir: string): string | undefined {
  for (let current = resolve(dir); ; current = dirname(current)) {
    if (existsSync(join(current, '.git'))) return current;
    if (dirname(current) === current) return undefined;
  }
}

/** A symlink loop or an unreadable path is simply not the artefact. */
function statOrUndefined(path: string) {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}

const isDirectory = (path: string) => {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
};


export class Project {
  readonly dir: string;
  readonly gitRoot: string | undefined;
  #files: ProjectFiles | undefined;
  #found = new Map<string, Located | NotFound>();
  #index: Promise<PythonIndex | undefined> | undefined;

  constructor(readonly options: ProjectOptions) {
    this.dir = resolve(options.dir);
    this.gitRoot = gitRootOf(this.dir);
  }

  files(): ProjectFiles {
    return (this.#files ??= walkProject(this.dir));
  }

  /** The folders from the project up to its git root (the project itself first), for CI and DVC config. */
  upward(): string[] {
    const folders = [this.dir];
    if (!this.gitRoot || this.gitRoot === this.dir || !this.dir.startsWith(this.gitRoot)) return folders;
    for (let current = dirname(this.dir); current.startsWith(this.gitRoot); current = dirname(current)) {
      folders.push(current);
      if (current === this.gitRoot) break;
    }
    return folders;
  }

  #display(abs: string): string {
    return relative(this.dir, abs).split('\\').join('/') || '.';
  }

  #what(spec: ArtefactSpec): string {
    return spec.what[this.options.lang];
  }

  async locate(id: string): Promise<Located | NotFound> {
    const cached = this.#found.get(id);
    if (cached && 'abs' in cached) return cached;
    const spec = this.options.artefacts[id];
    if (!spec) return { id, message: this.options.text.unknownArtefact(id) };
    const found = spec.python && !spec.names.some((name) => !name.endsWith('.py')) ? await this.#locatePython(id, spec) : this.#locateFile(id, spec) ?? (spec.python ? await this.#locatePython(id, spec) : undefined);
    const result = found ?? this.#notFound(id, spec);
    // A file a command produces may appear later in the run: only a hit is remembered.
    if ('abs' in result || spec.produced.length === 0) this.#found.set(id, result);
    return result;
  }

  #notFound(id: string, spec: ArtefactSpec): NotFound {
    const override = this.options.overrides[id];
    if (override) return { id, message: this.options.text.overrideMissing(this.#what(spec), override) };
    const where = [...spec.folders.map((folder) => (folder === '.' ? './' : `${folder.replace(/\/$/, '')}/`)), ...(spec.anywhere ? [this.options.text.anywhere] : [])];
    if (spec.upToGitRoot && this.gitRoot && this.gitRoot !== this.dir) where.push(`${this.#display(this.gitRoot)}/`);
    if (spec.python && spec.names.every((name) => name.endsWith('.py')))
      return { id, message: this.options.text.pythonNotFound(this.#what(spec), describeConstruct(spec.python), spec.names.join(', ')) };
    return { id, message: this.options.text.notFound(this.#what(spec), [...spec.names, ...spec.produced].join(', '), where.join(', ')) };
  }

  #locateFile(id: string, spec: ArtefactSpec): Located | undefined {
    const override = this.options.overrides[id];
    if (override && !/^[\w.]+:[\w.]+$/.test(override)) {
      const abs = resolve(this.dir, override);
      return existsSync(abs) ? { id, abs, rel: this.#display(abs) } : undefined;
    }
    // The lesson's exact names first, even in folders the walk leaves out (mlruns/, .dvc/).
    for (const root of spec.upToGitRoot ? this.upward() : [this.dir])
      for (const name of spec.names) {
        if (name.includes('*')) continue;
        const abs = join(root, name);
        const stat = statOrUndefined(abs);
        if (stat && (spec.dir ? stat.isDirectory() : stat.isFile() && fileContains(abs, spec.containing))) return { id, abs, rel: this.#display(abs) };
      }
    const roots = spec.upToGitRoot ? this.upward() : [this.dir, ...(this.options.extraDirs ?? []).map((extra) => resolve(this.dir, extra))];
    for (const root of roots) {
      const listing = root === this.dir ? this.files() : walkProject(root, { maxFiles: 2000, maxDepth: 3 });
      const all = spec.dir ? listing.dirs : listing.files;
      // Content is read only for files that already have one of the artefact's names.
      const named = (entry: string) => spec.names.some((name) => nameMatcher(name)(name.includes('/') ? entry : baseName(entry)));
      const entries = spec.containing ? all.filter((entry) => named(entry) && fileContains(join(root, entry), spec.containing)) : all;
      const hit = this.#matchIn(entries, spec, root === this.dir || !spec.upToGitRoot);
      if (hit) return { id, abs: join(root, hit), rel: this.#display(join(root, hit)) };
    }
    if (spec.produced.length) {
      // The newest file a command left that looks like the artefact (a model saved under another name).
      const matchers = spec.produced.map(nameMatcher);
      let best: { rel: string; mtime: number } | undefined;
      for (const rel of this.#freshFiles()) {
        if (!matchers.some((match) => match(rel))) continue;
        const mtime = statOrUndefined(join(this.dir, rel))?.mtimeMs ?? 0;
        if (!best || mtime > best.mtime) best = { rel, mtime };
      }
      if (best) return { id, abs: join(this.dir, best.rel), rel: best.rel };
    }
    return undefined;
  }

  /** Files now in the project (walked again: a command may just have written them). */
  #freshFiles(): string[] {
    this.#files = undefined;
    return this.files().files;
  }

  #matchIn(entries: readonly string[], spec: ArtefactSpec, anywhereAllowed: boolean): string | undefined {
    // 1. A name with a folder (the lesson's exact path), case-insensitively.
    for (const name of spec.names) {
      if (!name.includes('/') && !name.includes('*')) continue;
      const match = nameMatcher(name);
      const hit = entries.find((entry) => match(entry));
      if (hit) return hit;
    }
    // 2. Each folder in order, each name in order.
    const bare = spec.names.filter((name) => !name.includes('/'));
    for (const folder of spec.folders) {
      const prefix = folder === '.' ? '' : `${normalPath(folder)}/`;
      for (const name of bare) {
        const match = nameMatcher(name);
        const hit = entries.find((entry) => {
          const normal = normalPath(entry);
          return normal.startsWith(prefix) && !normal.slice(prefix.length).includes('/') && match(baseName(entry));
        });
        if (hit) return hit;
      }
    }
    // 3. Anywhere in the project, the shallowest first (entries are breadth-first).
    if (spec.anywhere && anywhereAllowed)
      for (const name of bare) {
        const match = nameMatcher(name);
        const hit = entries.find((entry) => match(baseName(entry)));
        if (hit) return hit;
      }
    return undefined;
  }

  async #locatePython(id: string, spec: ArtefactSpec): Promise<Located | undefined> {
    const construct = spec.python!;
    const override = this.options.overrides[id];
    const index = await this.pythonIndex();
    if (!index) {
      // Without a Python there is no index: the lesson's file stands in (the items that need Python are not run).
      const file = this.#locateFile(id, { ...spec, python: undefined });
      return file ? { ...file, name: construct.prefer[0], ...modulePathOf(file.rel, this.dir) } : undefined;
    }
    const candidates = orderCandidates(index.files, spec, override);
    const named = (facts: PythonFileFacts) => spec.names.some((name) => nameMatcher(name.includes('/') ? name : `**/${name}`)(facts.path));
    // "Any script" says little: a file under one of the artefact's names that is not a script yet is still
    // that artefact (its items say what it lacks), and an unrelated script elsewhere must not stand in.
    const onlyScript = construct.script && !construct.functions?.length && !construct.calls?.length && !construct.imports?.length && !construct.class && !construct.pydanticModel && !construct.fastapiApp && !construct.jsonLogging;
    for (const facts of candidates) {
      if (onlyScript && !override && !named(facts) && candidates.some(named)) break;
      const name = matchConstruct(facts, construct, override);
      if (name !== undefined) {
        const abs = join(this.dir, facts.path);
        return { id, abs, rel: facts.path, module: facts.module, root: facts.root, package: facts.package, ...(name ? { name } : {}) };
      }
    }
    // No file has the construct, but the lesson's file is there: it is the artefact, and the items
    // that read it say what it lacks (a metrics.py without prometheus_client fails the metrics item,
    // not "the module's files").
    const namedFile = override || !onlyScript ? undefined : candidates.find(named);
    const file = override ? undefined : namedFile ? { id, abs: join(this.dir, namedFile.path), rel: namedFile.path } : this.#locateFile(id, { ...spec, python: undefined });
    if (!file) return undefined;
    const facts = index.files.find((entry) => entry.path === file.rel);
    return { ...file, name: construct.prefer[0], ...(facts ? { module: facts.module, root: facts.root, package: facts.package } : modulePathOf(file.rel, this.dir)) };
  }

  pythonIndex(): Promise<PythonIndex | undefined> {
    return (this.#index ??= this.options.pythonIndex ? this.options.pythonIndex() : Promise.resolve(undefined));
  }

  #versions = new Map<string, Promise<string | undefined>>();

  /** The installed version of a Python package in the checked interpreter (asked once per check). */
  packageVersion(python: string, name: string, env: NodeJS.ProcessEnv, tracking?: Tracking): Promise<string | undefined> {
    let known = this.#versions.get(name);
    if (!known) {
      const code = 'import importlib.metadata as m,sys\ntry:\n    print(m.version(sys.argv[1]))\nexcept Exception:\n    print("")';
      known = runProcess([python, '-c', code, name], { cwd: this.dir, timeoutMs: 20_000, env, tracking: tracking && unsupervised(tracking) }).then((result) => result.stdout.text(() => '').trim().split('\n').pop() || undefined);
      this.#versions.set(name, known);
    }
    return known;
  }

  #warnings = new Set<string>();

  /** True the first time a warning id is raised in this check run: a trap is said once, not per item. */
  firstWarning(id: string): boolean {
    if (this.#warnings.has(id)) return false;
    this.#warnings.add(id);
    return true;
  }

  /** Is there a folder at `rel`? */
  hasDir(rel: string): boolean {
    return isDirectory(resolve(this.dir, rel));
  }
}
export { normalName };
