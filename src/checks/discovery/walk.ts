// The files of a project as a reviewer would skim them: every file under the folder, without virtual
// environments, caches, tool stores and build output, never following a symlink (a link may point out
// of the project, or in a loop). Bounded, so a home folder passed by mistake cannot hang a check.
import { lstatSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** Folders no project artefact lives in: environments, caches, stores of tools, build output. */
export const IGNORED_DIRS = new Set([
  '.git', '.hg', '.svn', '.venv', 'venv', '.env', 'env', '.tox', '.nox', 'node_modules', '__pycache__',
  '.mypy_cache', '.pytest_cache', '.ruff_cache', '.ipynb_checkpoints', '.mlops-tutor-tmp', 'mlruns',
  'mlartifacts', 'site-packages', 'build', 'dist', '.eggs', 'htmlcov', '.idea', '.vscode', '.cache',
]);

const ignoredDir = (name: string) => IGNORED_DIRS.has(name) || name.endsWith('.egg-info');

export interface ProjectFiles {
  /** Paths relative to the root, with "/" separators, shallow ones first. */
  files: string[];
  dirs: string[];
  /** True when the limits stopped the walk early. */
  truncated: boolean;
}

export function walkProject(root: string, limits = { maxFiles: 5000, maxDepth: 8 }): ProjectFiles {
  const files: string[] = [];
  const dirs: string[] = [];
  let truncated = false;
  // Breadth first, so the shallowest match of a name is found first.
  let level: string[] = [''];
  for (let depth = 0; depth <= limits.maxDepth && level.length && !truncated; depth++) {
    const next: string[] = [];
    for (const rel of level) {
      let names: string[];
      try {
        names = readdirSync(join(root, rel)).sort();
      } catch {
        continue;
      }
      for (const name of names) {
        const child = rel ? `${rel}/${name}` : name;
        let stat;
        try {
          stat = lstatSync(join(root, child));
        } catch {
          continue;
        }
        if (stat.isDirectory()) {
          if (ignoredDir(name)) continue;
          dirs.push(child);
          next.push(child);
        } else if (stat.isFile()) {
          files.push(child);
          if (files.length >= limits.maxFiles) {
            truncated = true;
            break;
          }
        }
      }
      if (truncated) break;
    }
    level = next;
  }
  return { files, dirs, truncated };
}
