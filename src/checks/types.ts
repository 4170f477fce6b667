// What an item kind receives and returns. Kinds never throw on a learner's mistake: they return a
// failing outcome with a sentence; the runner turns unexpected exceptions into status "error".
import type { Messages } from '../i18n/index.js';

export type ItemStatus = 'pass' | 'fail' | 'skip' | 'error';

export interface KindContext {
  /** The module's mini-project folder. */
  dir: string;
  workspace: string;
  python: string | undefined;
  /** Folder of the Python helper scripts shipped with the package (checks/python). */
  helperDir: string;
  t: Messages['check'];
  timeoutMs: number;
  signal?: AbortSignal | undefined;
  env: NodeJS.ProcessEnv;
  /** The workspace's `module:attribute` for this module's web app (mlops-tutor.json "apps"), if any. */
  app?: string | undefined;
}

export interface Outcome {
  status: ItemStatus;
  message: string;
  /** Extra hint that comes before the item's own (e.g. how to install a missing package). */
  skipHint?: string | undefined;
  /** Trimmed output of the command behind the outcome, for --json and JUnit. */
  output?: string | undefined;
}

export const pass = (message: string, output?: string): Outcome => ({ status: 'pass', message, output });
export const fail = (message: string, output?: string): Outcome => ({ status: 'fail', message, output });
