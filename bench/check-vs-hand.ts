// `check NN` on the reference solution against the same tool commands run by hand: the commands are
// read from the checker definition (every item with an `argv`), never written down here, so the
// comparison follows the definitions as they change. Their artefact references (`@mathops.package`)
// are resolved by the checker's own discovery, so "by hand" runs what a learner would type.
import { execFileSync, spawnSync } from 'node:child_process';
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
  /** Items the checker also runs that have no argv (file, AST, probe, HTTP items). */
  otherItems: number;
  /** The check's own slowest items (from --json), where its time goes. */
  slowest: string[];
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

export function pythonForChecks(env = process.env): string {
  if (env.MLOPS_TUTOR_TEST_PYTHON) return env.MLOPS_TUTOR_TEST_PYTHON;
  return existsSync('/usr/bin/python3') ? '/usr/bin/python3' : 'python3';
}

function timed(run: () => void): number {
  const start = process.hrtime.bigint();
  run();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

type Command = { argv: string[]; cwd: string };

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
  const definition = loadDefinitions(root).get(id as ModuleId);
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
  rmSync(scratch, { recursive: true, force: true });
  const byHand = () => {
    // Exit codes are not checked: a failing command still took its time, as it does in the check.
    for (const command of commands)
      spawnSync(command.argv[0]!, command.argv.slice(1), { cwd: command.cwd, env, stdio: 'ignore' });
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
  byHand();
  const report = JSON.parse(check() || '{"items":[]}') as { items: { id: string; durationMs?: number }[] };
  const slowest = report.items
    .filter((item) => typeof item.durationMs === 'number')
    .sort((a, b) => b.durationMs! - a.durationMs!)
    .slice(0, 4)
    .map((item) => `${item.id} ${item.durationMs} ms`);
  const hand: number[] = [];
  const checked: number[] = [];
  for (let i = 0; i < runs; i++) {
    hand.push(timed(byHand));
    checked.push(timed(() => void check()));
  }
  return {
    id,
    checkMs: median(checked),
    handMs: median(hand),
    commands: commands.map((command) => command.argv.join(' ')),
    otherItems: definition.items.length - commands.length,
    slowest,
  };
}
