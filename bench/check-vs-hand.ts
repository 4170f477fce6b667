// `check NN` on the reference solution against the same tool commands run by hand: the commands are
// read from the checker definition (every item with an `argv`, and the server an http-probe item
// starts), never written down here, so the comparison follows the definitions as they change. Their
// artefact references (`@mathops.package`) are resolved by the checker's own discovery, so "by hand"
// runs what a learner would type: the commands one after another, then the server once, the requests
// the items list sent to it (as curl would), and the server stopped.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { createConnection } from 'node:net';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CheckItem } from '../src/content/check-schema.js';
import type { ModuleId } from '../src/core/types.js';
import { loadDefinitions } from '../src/checks/definitions.js';
import { Project } from '../src/checks/discovery/project.js';
import { buildPythonIndex } from '../src/checks/discovery/python-index.js';
import { resolveItem } from '../src/checks/discovery/refs.js';
import { messages } from '../src/i18n/index.js';

export interface CheckTiming {
  id: string;
  checkMs: number;
  handMs: number;
  /** The commands run by hand, as typed. */
  commands: string[];
  /** Items the checker also runs that nobody would run by hand (file, AST and probe items). */
  otherItems: number;
  /** The check's own slowest items (from --json), where its time goes. */
  slowest: string[];
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

export function pythonForChecks(env = process.env): string {
  if (env.MLOPS_TUTOR_TEST_PYTHON) return env.MLOPS_TUTOR_TEST_PYTHON;
  return existsSync('/usr/bin/python3') ? '/usr/bin/python3' : 'python3';
}

async function timed(run: () => unknown): Promise<number> {
  const start = process.hrtime.bigint();
  await run();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

type Command = { argv: string[]; cwd: string };
type Request = { method: string; path: string; body?: unknown };
type Server = { argv: string[]; cwd: string; requests: Request[] };

const PORT = 18_765;

/** The http-probe items' servers (one per start command, as the check shares them) and their requests. */
async function serversOf(
  items: readonly CheckItem[],
  project: Project,
  fill: (arg: string) => string,
  moduleDir: string,
): Promise<Server[]> {
  const servers = new Map<string, Server>();
  for (const item of items) {
    if (item.kind !== 'http-probe') continue;
    const resolved = await resolveItem(item, project);
    if (!('item' in resolved))
      throw new Error(`bench: ${item.id}: ${resolved.missing.map((miss) => miss.message).join('; ')}`);
    const probe = resolved.item as Extract<CheckItem, { kind: 'http-probe' }>;
    const argv = probe.start.map((arg) => fill(arg).replaceAll('{app}', probe.app).replaceAll('{port}', String(PORT)));
    const server = servers.get(argv.join('\0')) ?? { argv, cwd: moduleDir, requests: [] };
    servers.set(argv.join('\0'), server);
    for (const request of probe.requests)
      if (request.path) server.requests.push({ method: request.method, path: request.path, body: request.body });
  }
  return [...servers.values()];
}

const connects = (port: number) =>
  new Promise<boolean>((answer) => {
    const socket = createConnection({ port, host: '127.0.0.1' });
    socket.once('connect', () => {
      socket.destroy();
      answer(true);
    });
    socket.once('error', () => answer(false));
  });

/** Starts the server, waits until it listens, sends each request once, stops it. */
async function serveByHand(server: Server, env: NodeJS.ProcessEnv): Promise<void> {
  const child = spawn(server.argv[0]!, server.argv.slice(1), { cwd: server.cwd, env, stdio: 'ignore' });
  try {
    const deadline = Date.now() + 60_000;
    while (!(await connects(PORT))) {
      if (Date.now() > deadline || child.exitCode !== null)
        throw new Error(`bench: ${server.argv.join(' ')} never listened`);
      await new Promise((wait) => setTimeout(wait, 20));
    }
    for (const request of server.requests)
      await (
        await fetch(`http://127.0.0.1:${PORT}${request.path}`, {
          method: request.method,
          headers: request.body === undefined ? {} : { 'content-type': 'application/json' },
          body: request.body === undefined ? undefined : JSON.stringify(request.body),
        })
      ).text();
  } finally {
    const exited = new Promise((done) => child.once('exit', done));
    child.kill('SIGTERM');
    await exited;
  }
}

/** The checker's command items with their artefact references resolved in `moduleDir`, as the check does. */
async function commandsOf(
  items: readonly CheckItem[],
  project: Project,
  fill: (arg: string) => string,
  moduleDir: string,
): Promise<Command[]> {
  const commands: Command[] = [];
  for (const item of items) {
    if (!('argv' in item) || !Array.isArray(item.argv)) continue;
    const resolved = await resolveItem(item, project);
    if (!('item' in resolved))
      throw new Error(`bench: ${item.id}: ${resolved.missing.map((miss) => miss.message).join('; ')}`);
    const { argv, cwd } = resolved.item as { argv: string[]; cwd?: string };
    commands.push({ argv: argv.map(fill), cwd: cwd ? join(moduleDir, cwd) : moduleDir });
  }
  return commands;
}

/** Copies the solution into a fresh workspace, warms both ways once, then times them alternately. */
export async function checkVsHand(
  root: string,
  node: string,
  id: string,
  env: NodeJS.ProcessEnv,
  runs: number,
): Promise<CheckTiming> {
  const definition = (await loadDefinitions(root)).get(id as ModuleId);
  if (!definition) throw new Error(`bench: no checks/${id}-*.yaml`);
  const workspace = mkdtempSync(join(tmpdir(), 'mlops-bench-ws-'));
  const moduleDir = join(workspace, definition.path);
  cpSync(join(root, 'solutions', definition.path), moduleDir, {
    recursive: true,
    filter: (source) => !/(__pycache__|\.mypy_cache|\.pytest_cache)$/.test(source),
  });
  const python = pythonForChecks(env);
  const helper = join(root, 'checks', 'python');
  const fill = (arg: string) => arg.replaceAll('{python}', python).replaceAll('{helper}', helper);
  const scratch = join(workspace, '.bench-index');
  mkdirSync(scratch);
  const project: Project = new Project({
    dir: moduleDir,
    artefacts: definition.artefacts,
    overrides: {},
    lang: 'en',
    text: messages('en').check.msg,
    pythonIndex: () =>
      buildPythonIndex({ python, helperDir: helper, dir: moduleDir, files: project.files().files, scratch, env }),
  });
  const commands = await commandsOf(definition.items, project, fill, moduleDir);
  const servers = await serversOf(definition.items, project, fill, moduleDir);
  rmSync(scratch, { recursive: true, force: true });
  const byHand = async () => {
    // Exit codes are not checked: a failing command still took its time, as it does in the check.
    for (const command of commands)
      spawnSync(command.argv[0]!, command.argv.slice(1), { cwd: command.cwd, env, stdio: 'ignore' });
    for (const server of servers) await serveByHand(server, env);
  };
  const check = (): string => {
    try {
      return execFileSync(
        node,
        [join(root, 'bin', 'mlops-tutor.js'), 'check', id, '--dir', workspace, '--python', python, '--json'],
        { env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] },
      );
    } catch (error) {
      // Exit 1 is a score below the pass mark; anything else means the bench is not measuring a check.
      if ((error as { status?: number }).status !== 1) throw error;
      return String((error as { stdout?: string }).stdout ?? '');
    }
  };
  // The warm-up runs fill the caches both ways use (mypy's: the check keeps its own).
  await byHand();
  check();
  const hand: number[] = [];
  const checked: number[] = [];
  let output = '';
  for (let i = 0; i < runs; i++) {
    hand.push(await timed(byHand));
    checked.push(await timed(() => (output = check())));
  }
  // Where a timed (warm) check spent its time: the warm-up's cold mypy cache would say 7 s.
  const report = JSON.parse(output || '{"items":[]}') as { items: { id: string; durationMs?: number }[] };
  const slowest = report.items
    .filter((item) => typeof item.durationMs === 'number')
    .sort((a, b) => b.durationMs! - a.durationMs!)
    .slice(0, 4)
    .map((item) => `${item.id} ${item.durationMs} ms`);
  return {
    id,
    checkMs: median(checked),
    handMs: median(hand),
    commands: [
      ...commands.map((command) => command.argv.join(' ')),
      ...servers.map(
        (server) =>
          `${server.argv.join(' ')} & ${server.requests.map((request) => `${request.method} ${request.path}`).join(', ')}`,
      ),
    ],
    otherItems: definition.items.filter((item) => !('argv' in item) && item.kind !== 'http-probe').length,
    slowest,
  };
}
