// Shared by the checker tests: a real Python with the packages the solutions need (missing ones make
// the tests FAIL with the install command, never skip), copies of the reference solutions, and the
// engine wired as the CLI wires it.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseDefinitions } from '../../src/checks/definitions-source.js';
import { helperDir } from '../../src/checks/definitions.js';
import { runCheck, type CheckResult } from '../../src/checks/runner.js';
import { moduleManifest, readWorkspaceFile } from '../../src/checks/workspace.js';
import type { CheckDefinition } from '../../src/content/check-schema.js';
import type { ModuleId } from '../../src/core/types.js';
import { realSyllabus, repoRoot } from '../helpers/syllabus.js';

export const NEEDED = ['pytest', 'pytest_cov', 'pydantic', 'sklearn', 'pandas', 'numpy', 'joblib', 'yaml', 'mypy', 'fastapi', 'uvicorn', 'httpx', 'requests', 'prometheus_client', 'scipy'];

function missingIn(python: string): string[] | undefined {
  try {
    const code = 'import importlib.util,json,sys\nprint(json.dumps([m for m in sys.argv[1:] if importlib.util.find_spec(m) is None]))';
    return JSON.parse(execFileSync(python, ['-c', code, ...NEEDED], { encoding: 'utf8' }).trim());
  } catch {
    return undefined;
  }
}

let chosen: string | undefined;
/** MLOPS_TUTOR_TEST_PYTHON, else Debian's /usr/bin/python3, else python3 on PATH: the first with every package. */
export function testPython(): string {
  if (chosen) return chosen;
  const candidates = [process.env.MLOPS_TUTOR_TEST_PYTHON, '/usr/bin/python3', 'python3'].filter((c): c is string => Boolean(c));
  const report: string[] = [];
  for (const candidate of candidates) {
    const missing = missingIn(candidate);
    if (missing && missing.length === 0) return (chosen = candidate);
    report.push(`${candidate}: ${missing ? `missing ${missing.join(', ')}` : 'not runnable'}`);
  }
  throw new Error(`No Python with the checker test packages (${report.join('; ')}). Install them: apt-get install -y python3-pytest python3-pytest-cov python3-pydantic python3-sklearn python3-pandas python3-joblib python3-yaml mypy python3-venv python3-fastapi python3-uvicorn python3-httpx python3-requests python3-prometheus-client python3-scipy (or run .ci/run).`);
}

let parsed: ReturnType<typeof parseDefinitions> | undefined;
export const definitions = () => (parsed ??= parseDefinitions(repoRoot));
export const definition = (id: ModuleId): CheckDefinition => definitions().get(id)!;

/** A fresh workspace holding a copy of one reference solution, so checks can write into it. */
export function solutionWorkspace(id: ModuleId): { workspace: string; dir: string } {
  const def = definition(id);
  const workspace = mkdtempSync(join(tmpdir(), `mlops-check-${id}-`));
  const dir = join(workspace, def.path);
  cpSync(join(repoRoot, 'solutions', def.path), dir, { recursive: true });
  return { workspace, dir };
}

export async function check(def: CheckDefinition, dir: string, workspace: string, extra: { python?: string | undefined; maxTimeoutSec?: number } = {}): Promise<CheckResult> {
  // What the CLI passes from the workspace's mlops-tutor.json, if it has one.
  const manifest = moduleManifest(await readWorkspaceFile(workspace), workspace, def.id);
  return runCheck({
    manifest: manifest && { ...manifest, extraDirs: manifest.dirs.slice(1) },
    definition: def,
    rubric: realSyllabus().rubric,
    dir,
    workspace,
    python: 'python' in extra ? extra.python : testPython(),
    helperDir: helperDir(repoRoot),
    lang: 'en',
    maxTimeoutSec: extra.maxTimeoutSec,
  });
}

export const notPassed = (result: CheckResult) => result.items.filter((item) => item.status !== 'pass').map((item) => item.id).sort();
