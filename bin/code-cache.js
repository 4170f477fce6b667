// Loads a single-file CommonJS bundle of dist/ through V8's code cache: compiling ~200 KB of minified
// code on every `status` cost ~10 ms on Node 20, which has no module.enableCompileCache (22.1+). The
// cache lives in the user's cache folder (never the progress folder), one file per bundle version
// (the hash the build appends to the bundle) and Node version. It is only an optimisation: every
// failure to read or write it is ignored, and V8 rejects data that does not match (then it is rebuilt).
'use strict';
const { closeSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, rmSync, writeSync } = require('node:fs');
const { basename, dirname, join } = require('node:path');
const { Script, constants: vmConstants } = require('node:vm');
const { createRequire } = require('node:module');

/** XDG_CACHE_HOME, else the platform's cache folder; undefined when none can be named. */
function cacheDir(env = process.env) {
  if (env.XDG_CACHE_HOME) return join(env.XDG_CACHE_HOME, 'mlops-tutor');
  if (process.platform === 'win32')
    return env.LOCALAPPDATA ? join(env.LOCALAPPDATA, 'mlops-tutor', 'Cache') : undefined;
  const home = env.HOME || require('node:os').homedir();
  if (!home) return undefined;
  return process.platform === 'darwin'
    ? join(home, 'Library', 'Caches', 'mlops-tutor')
    : join(home, '.cache', 'mlops-tutor');
}

/** Through a temporary file and a rename, so a reader never sees half a cache. */
function writeAtomic(path, data) {
  const tmp = `${path}.${process.pid}.tmp`;
  try {
    mkdirSync(dirname(path), { recursive: true });
    const fd = openSync(tmp, 'w', 0o600);
    try {
      let written = 0;
      while (written < data.length) written += writeSync(fd, data, written, data.length - written);
    } finally {
      closeSync(fd);
    }
    renameSync(tmp, path);
  } catch {
    try {
      rmSync(tmp, { force: true });
    } catch {
      // Nothing more to do: a cache we cannot write is a cache we go without.
    }
  }
}

/** Caches of earlier builds for this Node: one per bundle and Node version is all that is ever read. */
function removeStale(dir, prefix, suffix, keep) {
  try {
    for (const name of readdirSync(dir))
      if (name !== keep && name.startsWith(prefix) && name.endsWith(suffix)) rmSync(join(dir, name), { force: true });
  } catch {
    // See writeAtomic.
  }
}

/** Caches still to be written at exit. */
const pending = new Set();

/**
 * Writes the pending caches now. V8 accepts cached data only under the flags it was made with; call
 * this before changing V8 flags (bin/tui-flags.js), or the next start would reject what exit writes.
 */
function saveCodeCaches() {
  for (const save of [...pending]) save();
}

/** What require(file) returns, compiled with the cached code when there is valid cached code. */
function requireCached(file) {
  const source = readFileSync(file, 'utf8');
  const key = /\/\/ cache-key: (\w+)\n$/.exec(source.slice(-64))?.[1];
  let cachePath;
  let cachedData;
  try {
    const dir = key && cacheDir();
    if (dir) {
      cachePath = join(dir, `${basename(file)}-${key}-${process.version}-${process.arch}.v8`);
      cachedData = readFileSync(cachePath);
    }
  } catch {
    cachedData = undefined; // none yet, or unreadable: compile from source
  }
  // The wrapper CommonJS itself puts around a module, on the first line so line numbers stay true.
  const script = new Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, {
    filename: file,
    cachedData,
    // An import() in the bundle loads as it would from a file of its own (Node 20.12+, 21.7+).
    importModuleDynamically: vmConstants?.USE_MAIN_CONTEXT_DEFAULT_LOADER,
  });
  if (cachePath && (cachedData === undefined || script.cachedDataRejected)) {
    // At exit, so the functions the command compiled on its way are in the cache too.
    const save = () => {
      pending.delete(save);
      process.off('exit', save);
      try {
        writeAtomic(cachePath, script.createCachedData());
        removeStale(
          dirname(cachePath),
          `${basename(file)}-`,
          `-${process.version}-${process.arch}.v8`,
          basename(cachePath),
        );
      } catch {
        // See writeAtomic.
      }
    };
    pending.add(save);
    process.once('exit', save);
  }
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(file), module, file, dirname(file));
  return module.exports;
}

module.exports = { requireCached, saveCodeCaches };
