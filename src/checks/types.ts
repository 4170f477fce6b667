// What an item kind receives and returns. Kinds never throw on a learner's mistake: they return a
// failing outcome with a sentence; the runner turns unexpected exceptions into status "error".
import type { Lang } from '../core/types.js';
import type { Messages } from '../i18n/index.js';
import type { Project } from './discovery/project.js';
import type { ServerPool } from './kinds/server-pool.js';
import type { Tracking } from './supervision.js';

/**
 * pass / fail; skip: an item it depends on did not pass (costs the points); not-run: this machine lacks
 * a tool, a package or Python (excluded from the total); error: the check itself broke; warn: a known
 * trap noticed beside an item (worth 0 points, outside the totals, but shown wherever results go).
 */
export type ItemStatus = 'pass' | 'fail' | 'skip' | 'not-run' | 'error' | 'warn';

/** A known trap a kind noticed (FastAPI(lifespan=…) on a FastAPI that never runs it): its own result line. */
export interface Warning {
  id: string;
  title: string;
  message: string;
  /** What to do about it. */
  hint: string;
}

export interface KindContext {
  /** The module's mini-project folder. */
  dir: string;
  /** Where reads may go: the git root above the project (CI at a monorepo's root), else the project. */
  boundary: string;
  project: Project;
  workspace: string;
  python: string | undefined;
  /** Folder of the Python helper scripts shipped with the package (checks/python). */
  helperDir: string;
  t: Messages['check'];
  lang: Lang;
  timeoutMs: number;
  signal?: AbortSignal | undefined;
  env: NodeJS.ProcessEnv;
  /** Marker, records and supervisor every process of this check is started with (process.ts). */
  tracking?: Tracking | undefined;
  /** The servers this check run started, shared by its http-probe items (kinds/server-pool.ts). */
  servers?: ServerPool | undefined;
  /** The manifest's `module:attribute` for this module's web app, if any. */
  app?: string | undefined;
  /** The manifest's command that starts this module's server, if any. */
  start?: readonly string[] | undefined;
  /** The manifest's sample request the API must answer with 200, if any. */
  request?: { method: string; path: string; body: unknown } | undefined;
}

export interface Outcome {
  status: ItemStatus;
  message: string;
  /** Extra hint that comes before the item's own (e.g. how to install a missing package). */
  skipHint?: string | undefined;
  /** Trimmed output of the command behind the outcome, for --json and JUnit. */
  output?: string | undefined;
  /** Known traps noticed while running the item: each becomes a warning item after it. */
  warnings?: Warning[] | undefined;
}

export const pass = (message: string, output?: string): Outcome => ({ status: 'pass', message, output });
export const fail = (message: string, output?: string): Outcome => ({ status: 'fail', message, output });
