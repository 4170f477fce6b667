// PATH lookup without a shell, so "is mypy/dvc/git installed?" never runs anything.
import { accessSync, constants, statSync } from 'node:fs';
import { delimiter, isAbsolute, join } from 'node:path';

function executable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/** The full path of a program: a path is checked as is, a bare name is searched in `extraDirs` then PATH. */
export function which(name: string, extraDirs: string[] = [], env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (name.includes('/') || isAbsolute(name)) return executable(name) ? name : undefined;
  const dirs = [...extraDirs, ...(env.PATH ?? '').split(delimiter).filter(Boolean)];
  for (const dir of dirs) {
    const candidate = join(dir, name);
    if (executable(candidate)) return candidate;
  }
  return undefined;
}
