// The project's Python files read once per check by checks/python/index_project.py (stdlib ast,
// nothing imported, so run with -S: no site packages to set up): which classes, functions,
// pydantic models and FastAPI apps each file defines.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runProcess } from '../process.js';
import type { Tracking } from '../supervision.js';

export interface PythonClassFacts {
  name: string;
  /** Last names of the bases (`sklearn.base.TransformerMixin` → TransformerMixin). */
  bases: string[];
  methods: string[];
  pydantic: boolean;
  /** A pydantic model with at least one constrained field (Field(gt=…), conint…, Annotated[…, Field(…)]). */
  constrained: boolean;
  line: number;
}

export interface PythonFileFacts {
  path: string;
  module: string;
  /** The folder Python imports the module from (".", "src", …), relative to the project. */
  root: string;
  /** The top-level package folder (or the file itself for a top-level module). */
  package: string;
  classes: PythonClassFacts[];
  functions: string[];
  calls: string[];
  imports: string[];
  fastapi: string[];
  /** `FastAPI(lifespan=…)`: start-up code that FastAPI before 0.93 accepts and never runs. */
  lifespan: boolean;
  /** How the file makes logs JSON (a Formatter subclass that json-dumps, python-json-logger, structlog…). */
  jsonLogging: string[];
  /** The function that installs the logging setup (setup_logging, configure_logging, …), or ''. */
  loggingSetup: string;
  script: boolean;
  syntaxError: string | null;
}

export interface PythonIndex {
  files: PythonFileFacts[];
}

export async function buildPythonIndex(options: { python: string; helperDir: string; dir: string; files: readonly string[]; scratch: string; env: NodeJS.ProcessEnv; signal?: AbortSignal | undefined; tracking?: Tracking | undefined }): Promise<PythonIndex | undefined> {
  const list = join(options.scratch, 'mlops-tutor-python-files.json');
  const pyFiles = options.files.filter((file) => file.endsWith('.py'));
  try {
    writeFileSync(list, JSON.stringify(pyFiles));
  } catch {
    return undefined;
  }
  const result = await runProcess([options.python, '-S', join(options.helperDir, 'index_project.py'), options.dir, list], { cwd: options.dir, timeoutMs: 60_000, env: options.env, signal: options.signal, tracking: options.tracking });
  try {
    return JSON.parse(result.stdout.text(() => '').trim().split('\n').pop() ?? '') as PythonIndex;
  } catch {
    return undefined;
  }
}
