// Where progress lives: --home, then MLOPS_TUTOR_HOME, then the platform's config folder.
import { homedir } from 'node:os';
import { join } from 'node:path';

export const APP_DIR_NAME = 'mlops-tutor';
export const STATE_FILE = 'state.json';

/** Where a running check records the processes it started, for the next one to reap after a crash. */
export const runningDir = (home: string): string => join(home, 'running');

export function defaultHome(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
): string {
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), APP_DIR_NAME);
  if (platform === 'darwin') return join(homedir(), 'Library', 'Preferences', APP_DIR_NAME);
  return join(env.XDG_CONFIG_HOME || join(homedir(), '.config'), APP_DIR_NAME);
}

export function resolveHome(flag: string | undefined, env: NodeJS.ProcessEnv = process.env): string {
  return flag || env.MLOPS_TUTOR_HOME || defaultHome(env);
}
