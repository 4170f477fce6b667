// Which Python runs the learner's code (DESIGN §6): an explicit choice wins, then the virtual
// environments the lessons create, then whatever python3/python the PATH offers.
import { join, resolve } from 'node:path';
import { which } from './which.js';

export interface PythonChoice {
  /** Full path of the interpreter, or undefined when none was found. */
  path: string | undefined;
  /** Where it came from, for the report ("--python", "MLOPS_TUTOR_PYTHON", "module .venv"…). */
  source: 'flag' | 'env' | 'profile' | 'module-venv' | 'workspace-venv' | 'path' | 'none';
}

export interface PythonSources {
  flag?: string | undefined;
  env?: NodeJS.ProcessEnv;
  profile?: string | undefined;
  moduleDir: string;
  workspace: string;
}

/**
 * Candidates in order; the first that exists wins. An explicit `--python` that does not exist is the
 * caller's error (exit 2), reported by `explicitPythonMissing`; the others just fall through.
 */
export function findPython(sources: PythonSources): PythonChoice {
  const env = sources.env ?? process.env;
  const candidates: [PythonChoice['source'], string | undefined][] = [
    ['flag', sources.flag],
    ['env', env.MLOPS_TUTOR_PYTHON || undefined],
    ['profile', sources.profile],
    ['module-venv', join(sources.moduleDir, '.venv', 'bin', 'python')],
    ['workspace-venv', join(sources.workspace, '.venv', 'bin', 'python')],
    ['path', 'python3'],
    ['path', 'python'],
  ];
  for (const [source, candidate] of candidates) {
    if (!candidate) continue;
    const found = which(candidate.includes('/') ? resolve(candidate) : candidate, [], env);
    if (found) return { path: found, source };
  }
  return { path: undefined, source: 'none' };
}

export function explicitPythonMissing(flag: string | undefined, env: NodeJS.ProcessEnv = process.env): boolean {
  return flag !== undefined && !which(flag.includes('/') ? resolve(flag) : flag, [], env);
}
