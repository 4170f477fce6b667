#!/usr/bin/env node
// Launcher: answers --version and --help without loading the app, decides colour before anything
// imports chalk, then hands over to the bundle. CommonJS (bin/package.json): an ES module entry starts
// Node's ESM loader, which cost `--version` and `--help` ~15 ms on Node 20; only the app (dist/cli.js,
// ESM) needs it, and import() loads it then.
'use strict';
const { readFileSync, writeSync } = require('node:fs');
const { join } = require('node:path');

const argv = process.argv.slice(2);
const dist = join(__dirname, '..', 'dist');
const readVersion = () => JSON.parse(readFileSync(join(__dirname, '..', 'package.json'), 'utf8')).version;

/** Everything but the fast paths: the app, with Node's compile cache where it has one (22+). */
function runApp(painted) {
  // `mlops-tutor lesson 03 | head` closes the pipe early: that is the reader's choice, not an error.
  process.stdout.on('error', (error) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
  require('node:module').enableCompileCache?.();
  return import('../dist/cli.js').then(({ main }) => main(argv, readVersion(), undefined, painted));
}

/** Home's first frame, or undefined: then the app decides what to draw (src/cli/quick-start.ts). */
function paintEarly() {
  let painted;
  try {
    painted = require('./code-cache.js').requireCached(join(dist, 'start.cjs')).paintEarly(readVersion());
  } catch {
    return undefined;
  }
  // Let go of it once handed over: the painted frame's closures hold all of start.cjs (its catalogues,
  // the parsed store), which the app has its own copies of; kept for the session, +4 MiB peak RSS.
  return (
    painted && {
      handOver() {
        const once = painted;
        painted = undefined;
        once?.handOver();
      },
    }
  );
}

/** The bare start: home painted early, its code cache saved, then the TUI's V8 flags (bin/tui-flags.js). */
function paintEarlyThenSetFlags() {
  const painted = paintEarly();
  try {
    require('./code-cache.js').saveCodeCaches();
    require('./tui-flags.js').setTuiFlags();
  } catch {
    // Only memory optimisations: without them the TUI runs as it would anyway.
  }
  return painted;
}

// chalk ignores NO_COLOR; FORCE_COLOR=0 is what it honours. TERM=dumb gets no colour either.
if ((process.env.NO_COLOR !== undefined && process.env.NO_COLOR !== '') || process.env.TERM === 'dumb')
  process.env.FORCE_COLOR = '0';
// The fast paths write to fd 1 without building process.stdout (its stream modules cost more than
// the rest of `--version`); src/cli/out.ts does the same for dist/help.cjs and dist/status.cjs.
if (argv[0] === '--version' || argv[0] === '-v' || (argv.includes('--version') && !argv.includes('--'))) {
  const line = `${readVersion()}\n`;
  try {
    writeSync(1, line);
  } catch (error) {
    // A non-blocking pipe that is full: the stream waits. A closed one (EPIPE): the reader's choice.
    if (error.code === 'EAGAIN') process.stdout.write(line);
    else if (error.code !== 'EPIPE') throw error;
  }
} else if (argv.includes('--help') || argv.includes('-h')) {
  require('../dist/help.cjs').printHelp(argv, readVersion());
} else {
  // `status` and `check` have an entry each, one file (dist/status.cjs, dist/check.cjs) loaded through
  // V8's code cache; it leaves unusual argv (undefined) to the app's main(). The bare start paints
  // home from dist/start.cjs (same cache) before the app's ES modules load; it paints only when sure,
  // and leaves every other case (setup, a store to repair, errors) to the app.
  const quick = argv[0] === 'status' || argv[0] === 'check' ? `${argv[0]}.cjs` : undefined;
  const run =
    argv.length === 0
      ? runApp(paintEarlyThenSetFlags())
      : quick
        ? require('./code-cache.js')
            .requireCached(join(dist, quick))
            .quickMain(argv, readVersion())
            .then((code) => code ?? runApp())
        : runApp();
  run.then((code) => {
    process.exitCode = code;
  });
}
