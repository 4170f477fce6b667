#!/usr/bin/env node
// Launcher: answers --version and --help without loading the app, decides colour before anything
// imports chalk, then hands over to the bundle.
import { readFileSync } from 'node:fs';
import module from 'node:module';

const argv = process.argv.slice(2);
const readVersion = () => JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).version;

if (argv[0] === '--version' || argv[0] === '-v' || (argv.includes('--version') && !argv.includes('--'))) {
  process.stdout.write(`${readVersion()}\n`);
} else {
  // `mlops-tutor lesson 03 | head` closes the pipe early: that is the reader's choice, not an error.
  process.stdout.on('error', (error) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
  // Node 22+ caches compiled code between runs (a faster second start); Node 20 lacks the API.
  module.enableCompileCache?.();
  // chalk ignores NO_COLOR; FORCE_COLOR=0 is what it honours. TERM=dumb gets no colour either.
  if ((process.env.NO_COLOR !== undefined && process.env.NO_COLOR !== '') || process.env.TERM === 'dumb')
    process.env.FORCE_COLOR = '0';
  if (argv.includes('--help') || argv.includes('-h')) {
    const { printHelp } = await import('../dist/help.js');
    printHelp(argv, readVersion());
  } else {
    // `status` has an entry of its own, one file (dist/status.js); it leaves unusual argv to main().
    const quick =
      argv[0] === 'status' ? await (await import('../dist/status.js')).quickMain(argv, readVersion()) : undefined;
    if (quick !== undefined) process.exitCode = quick;
    else {
      const { main } = await import('../dist/cli.js');
      process.exitCode = await main(argv, readVersion());
    }
  }
}
