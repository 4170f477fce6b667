// What `init` writes into a learner's workspace and what `solution --copy` may replace: both come from
// the checker definitions (the files-exist lists, DESIGN §6's one source of truth) and templates/.
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { CheckDefinition } from '../content/check-schema.js';
import type { Lang, ModuleId } from '../core/types.js';
import { lessonPath } from '../content/artefact-refs.js';
import { WORKSPACE_FILE } from './workspace.js';

export interface PlannedFile {
  /** Relative to the target folder, with forward slashes. */
  path: string;
  content: string;
}

/** Files npm never packs; the package ships them without the dot and they get it back when written. */
const DOTLESS: Record<string, string> = { gitignore: '.gitignore' };

export function templatesDir(root: string): string {
  return join(root, 'templates');
}

const fill = (template: string, values: Record<string, string>) => template.replace(/\{\{(\w+)\}\}/g, (_, key: string) => values[key] ?? '');

/** Which starter template a required file gets; undefined for data and artefacts the learner produces. */
function starterKind(path: string): 'py' | 'md' | 'hash' | undefined {
  const name = path.split('/').pop()!;
  if (name.includes('*')) return undefined;
  if (name.endsWith('.py')) return 'py';
  if (name.endsWith('.md')) return 'md';
  if (/\.(txt|toml|ya?ml|cfg|ini)$/.test(name) || ['Makefile', 'Dockerfile', '.gitignore', '.dockerignore'].includes(name)) return 'hash';
  return undefined;
}

/** The starter content of one required file (the same in both languages), or undefined. */
export function starterContent(root: string, id: ModuleId, path: string): string | undefined {
  const kind = starterKind(path);
  if (!kind) return undefined;
  return fill(readFileSync(join(templatesDir(root), 'starters', kind), 'utf8'), { file: path, id });
}

/** The files and folders a checker's files-exist items name. */
export function requiredPaths(definition: CheckDefinition): { files: string[]; dirs: string[] } {
  const files = new Set<string>();
  const dirs = new Set<string>();
  for (const item of definition.items)
    if (item.kind === 'files-exist') {
      // Artefact references scaffold under the lesson's name: the first name the artefact lists.
      for (const entry of item.files) {
        const { path, dir } = lessonPath(entry, definition.artefacts);
        (dir ? dirs : files).add(path);
      }
      item.dirs.forEach((dir) => dirs.add(dir));
    }
  return { files: [...files], dirs: [...dirs] };
}

interface LessonMeta {
  title?: string;
  miniProject?: string;
  deliverables?: string[];
}

function lessonMeta(root: string, lang: Lang, definition: CheckDefinition): LessonMeta {
  try {
    const text = readFileSync(join(root, 'lessons', lang, `${definition.id}-${definition.slug}.md`), 'utf8');
    const front = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1];
    return front ? (parseYaml(front) as LessonMeta) : {};
  } catch {
    return {};
  }
}

function moduleReadme(root: string, lang: Lang, definition: CheckDefinition): string {
  const meta = lessonMeta(root, lang, definition);
  const { files, dirs } = requiredPaths(definition);
  return fill(readFileSync(join(templatesDir(root), 'module', `README.${lang}.md`), 'utf8'), {
    id: definition.id,
    title: meta.title ?? definition.title[lang],
    task: meta.miniProject ?? definition.title[lang],
    deliverables: (meta.deliverables ?? []).map((line) => `- ${line}`).join('\n'),
    files: [...files.map((file) => `- \`${file}\``), ...dirs.map((dir) => `- \`${dir}/\``)].join('\n'),
  });
}

/**
 * The Makefile's default MLOPS_TUTOR: `node` running this installation's launcher by absolute path, so
 * `make check-NN` never asks a registry for a package by name (npx would, and could run someone else's).
 * Quoted for the shell and with `$` doubled for make; `#` would start a make comment.
 */
export function makeRunner(launcher: string): string {
  const shellQuoted = `'${launcher.replace(/'/g, `'\\''`)}'`;
  return `node ${shellQuoted.replace(/\$/g, '$$$$').replace(/#/g, '\\#')}`;
}

export interface WorkspaceOptions {
  /** The absolute path of the launcher (bin/mlops-tutor.js) the Makefile runs. */
  launcher: string;
  /** The version the CI workflow installs. */
  version: string;
}

/** Everything `init` writes, in a stable order; folders are implied by the paths (and `.gitkeep` for empty ones). */
export function planWorkspace(root: string, lang: Lang, definitions: ReadonlyMap<ModuleId, CheckDefinition>, options: WorkspaceOptions): PlannedFile[] {
  const templates = templatesDir(root);
  const read = (name: string) => fill(readFileSync(join(templates, 'workspace', name), 'utf8'), { runner: makeRunner(options.launcher), version: options.version });
  const sorted = [...definitions.values()].sort((a, b) => a.id.localeCompare(b.id));
  const planned: PlannedFile[] = [
    { path: 'README.md', content: read(`README.${lang}.md`) },
    { path: 'Makefile', content: read('Makefile') },
    { path: DOTLESS.gitignore!, content: read('gitignore') },
    { path: '.github/workflows/mlops-tutor.yml', content: read('mlops-tutor.yml') },
    { path: WORKSPACE_FILE, content: `${JSON.stringify({ modules: Object.fromEntries(sorted.map((d) => [d.id, d.path])), apps: {} }, null, 2)}\n` },
  ];
  for (const definition of sorted) {
    const { files, dirs } = requiredPaths(definition);
    planned.push({ path: `${definition.path}/README.md`, content: moduleReadme(root, lang, definition) });
    for (const file of files) {
      if (file === 'README.md') continue;
      const content = starterContent(root, definition.id, file);
      if (content !== undefined) planned.push({ path: `${definition.path}/${file}`, content });
    }
    // Tool folders (.dvc/) are made by their tool (`dvc init` refuses an existing one).
    for (const dir of dirs) if (!dir.startsWith('.') && !files.some((file) => file.startsWith(`${dir}/`))) planned.push({ path: `${definition.path}/${dir}/.gitkeep`, content: '' });
  }
  return planned;
}

/** Is `content` what init wrote there (an untouched starter, in either language)? Then it is not the learner's work. */
export function isUntouchedStarter(root: string, definitions: ReadonlyMap<ModuleId, CheckDefinition>, definition: CheckDefinition, file: string, content: string): boolean {
  if (!content.includes('mlops-tutor starter')) return false;
  if (file === 'README.md') return (['es', 'en'] as const).some((lang) => moduleReadme(root, lang, definition) === content);
  return starterContent(root, definition.id, file) === content || (file.endsWith('.gitkeep') && content === '');
}

export type WriteReport = { created: string[]; unchanged: string[]; inTheWay: string[] };

/** What writing `planned` into `target` would do: nothing is touched here. */
function sameContent(path: string, content: string): boolean {
  try {
    return statSync(path).isFile() && readFileSync(path, 'utf8') === content;
  } catch {
    return false;
  }
}

export function classify(target: string, planned: PlannedFile[]): WriteReport {
  const report: WriteReport = { created: [], unchanged: [], inTheWay: [] };
  for (const file of planned) {
    const path = join(target, file.path);
    if (!existsSync(path)) report.created.push(file.path);
    else {
      (sameContent(path, file.content) ? report.unchanged : report.inTheWay).push(file.path);
    }
  }
  return report;
}

export function writeNew(target: string, planned: PlannedFile[], paths: readonly string[]): void {
  const wanted = new Set(paths);
  for (const file of planned) {
    if (!wanted.has(file.path)) continue;
    const path = join(target, file.path);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, file.content, { flag: 'wx' });
  }
}

// ----------------------------------------------------------------------------- solutions

const SKIP = new Set(['__pycache__', '.mlops-tutor-tmp', '.pytest_cache', '.mypy_cache', '.venv', 'node_modules']);

/** The reference solution's files, as `{ source, path }` where `path` is where a learner gets it. */
export function solutionFiles(folder: string): { source: string; path: string }[] {
  const out: { source: string; path: string }[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      if (SKIP.has(entry.name)) continue;
      const full = join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.isFile()) out.push({ source: full, path: relative(folder, full).split('\\').join('/') });
    }
  };
  walk(folder);
  // In the npm package `.gitignore` travels as `gitignore`; in a checkout both may exist (prepack copy).
  const paths = new Set(out.map((file) => file.path));
  return out
    .filter((file) => {
      const name = file.path.split('/').pop()!;
      const dotted = DOTLESS[name];
      return !(dotted && paths.has(file.path.replace(/[^/]+$/, dotted)));
    })
    .map((file) => {
      const name = file.path.split('/').pop()!;
      const dotted = DOTLESS[name];
      return dotted ? { ...file, path: file.path.replace(/[^/]+$/, dotted) } : file;
    })
    .sort((a, b) => a.path.localeCompare(b.path));
}
