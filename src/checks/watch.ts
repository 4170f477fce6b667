// Watch mode's machinery, shared by `check NN --watch` and the check screen's w: which files of a
// mini-project count as saved, waiting for a save (file events, or polling where they do not
// arrive), and what changed in the score since the last run.
import { watch, readdirSync, statSync, type FSWatcher } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Messages } from '../i18n/index.js';
import type { CheckResult } from './runner.js';

/** Folders that tools write on their own (environments, caches, tracking stores, our scratch space). */
export const IGNORED_NAMES: ReadonlySet<string> = new Set(['.venv', 'venv', 'mlruns', '__pycache__', '.mlops-tutor-tmp', '.git', 'node_modules', '.pytest_cache', '.mypy_cache', '.ruff_cache', 'htmlcov', '.dvc']);

/** A path (relative to the watched folder) inside an ignored folder. */
export function isIgnored(path: string): boolean {
  return path.split(/[\\/]/).some((part) => IGNORED_NAMES.has(part));
}

/** A big data folder must not make every save a long walk. */
const MAX_FILES = 20_000;

/** Every file under `dir` outside the ignored folders, with what tells a save (mtime and size). */
export function snapshot(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (folder: string) => {
    let entries;
    try {
      entries = readdirSync(folder, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      if (files.size >= MAX_FILES) return;
      if (IGNORED_NAMES.has(entry.name)) continue;
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile()) {
        try {
          const stat = statSync(path);
          files.set(relative(dir, path).split(sep).join('/'), `${stat.mtimeMs}:${stat.size}`);
        } catch {
          // Deleted between the listing and the stat: the next snapshot says so.
        }
      }
    }
  };
  walk(dir);
  return files;
}

/** Files added, removed or saved between two snapshots. */
export function changedFiles(before: ReadonlyMap<string, string>, after: ReadonlyMap<string, string>): string[] {
  const changed = new Set<string>();
  for (const [path, stamp] of after) if (before.get(path) !== stamp) changed.add(path);
  for (const path of before.keys()) if (!after.has(path)) changed.add(path);
  return [...changed].sort();
}

/** "+10 pytest", "−5 readme": the points each item won or lost since the last run, per module. */
export function scoreChanges(previous: readonly CheckResult[], current: readonly CheckResult[]): { module: string; from: number; to: number; items: string[] }[] {
  return current.flatMap((result) => {
    const before = previous.find((candidate) => candidate.module === result.module);
    if (!before) return [];
    const earned = new Map(before.items.map((item) => [item.id, item.earned]));
    const items = result.items
      .map((item) => ({ id: item.id, delta: Math.round((item.earned - (earned.get(item.id) ?? 0)) * 10) / 10 }))
      .filter((item) => item.delta !== 0)
      .map((item) => `${item.delta > 0 ? '+' : '−'}${Math.abs(item.delta)} ${item.id}`);
    return [{ module: result.module, from: before.score, to: result.score, items }];
  });
}

export type ScoreChange = ReturnType<typeof scoreChanges>[number];

/** "Since the last run, 03: 82 → 87 (+10 pytest · −5 readme)", or that nothing changed. */
export function changeLine(change: ScoreChange, t: Messages['watch']): string {
  return change.items.length ? t.changes(change.module, change.from, change.to, change.items.join(' · ')) : t.noChange(change.module, change.to);
}

/** The saved files, the first three by name. */
export function savedList(changed: readonly string[]): string {
  return changed.length <= 3 ? changed.join(', ') : `${changed.slice(0, 3).join(', ')} (+${changed.length - 3})`;
}

export interface WatchOptions {
  /** Polling instead of file events (WSL's /mnt and network folders, where events do not arrive). */
  poll?: boolean;
  pollMs?: number;
  debounceMs?: number;
}

export interface WaitOptions extends WatchOptions {
  /** Stops the wait ("stop"): the check screen's w or leaving it. */
  signal?: AbortSignal | undefined;
  /** Ctrl-C and SIGTERM stop it too (the command line; the TUI reads Ctrl-C as a key). */
  stopOnSignals?: boolean;
  /**
   * Called once every save from now on will be seen (watchers armed, the files' state taken): the
   * moment to say "Watching". Said before, a save made right after it could go unnoticed.
   */
  onWatching?: () => void;
}

/** Events where the platform sends them; polling where it does not, or when asked. */
export function wantsPolling(dirs: readonly string[], env: NodeJS.ProcessEnv): boolean {
  if (env.MLOPS_TUTOR_WATCH_POLL === '1') return true;
  return Boolean(env.WSL_DISTRO_NAME) && dirs.some((dir) => dir.startsWith('/mnt/'));
}

/**
 * Resolves with the files saved under `dirs` (once they settle for `debounceMs`), or with "stop" when
 * the signal aborts (or on Ctrl-C, with `stopOnSignals`). The decision is taken by comparing snapshots, so files the checker itself wrote during the
 * run that just ended never start another one.
 */
export function waitForChange(dirs: readonly string[], options: WaitOptions): Promise<string[] | 'stop'> {
  const debounceMs = options.debounceMs ?? 300;
  // Taken once the watchers are armed (below): a save made after it always brings an event.
  let baselines = new Map<string, Map<string, string>>();
  return new Promise((resolve) => {
    const watchers: FSWatcher[] = [];
    let timer: NodeJS.Timeout | undefined;
    let interval: NodeJS.Timeout | undefined;
    const finish = (value: string[] | 'stop') => {
      clearTimeout(timer);
      clearInterval(interval);
      for (const watcher of watchers) watcher.close();
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      options.signal?.removeEventListener('abort', stop);
      resolve(value);
    };
    const stop = () => finish('stop');
    const compare = () => {
      const changed = dirs.flatMap((dir) => {
        const files = changedFiles(baselines.get(dir)!, snapshot(dir));
        return dirs.length > 1 ? files.map((file) => join(dir, file)) : files;
      });
      if (changed.length > 0) finish(changed);
    };
    const settle = () => {
      clearTimeout(timer);
      timer = setTimeout(compare, debounceMs);
    };
    const startPolling = () => {
      if (!interval) interval = setInterval(settle, options.pollMs ?? 1000);
    };
    if (options.signal?.aborted) return finish('stop');
    options.signal?.addEventListener('abort', stop);
    if (options.stopOnSignals) {
      process.on('SIGINT', stop);
      process.on('SIGTERM', stop);
    }
    if (options.poll ?? wantsPolling(dirs, process.env)) startPolling();
    else {
      try {
        for (const dir of dirs) {
          const watcher = watch(dir, { recursive: true }, (_event, name) => {
            if (!name || !isIgnored(String(name))) settle();
          });
          // A watcher that breaks (folder removed, too many files) leaves polling to do the work.
          watcher.on('error', startPolling);
          watchers.push(watcher);
        }
      } catch {
        startPolling();
      }
    }
    baselines = new Map(dirs.map((dir) => [dir, snapshot(dir)]));
    options.onWatching?.();
  });
}
