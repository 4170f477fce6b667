// `check NN` on the reference solution against the same tool commands run by hand: the commands are
// read from the checker definition (every item with an `argv`), never written down here, so the
// comparison follows the definitions as they change.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';

interface Item {
  id: string;
  argv?: string[];
  cwd?: string;
}

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

/** Copies the solution into a fresh workspace, warms both ways once, then times them alternately. */
export function checkVsHand(root: string, node: string, id: string, env: NodeJS.ProcessEnv, runs: number): CheckTiming {
  const definitionFile = readdirSync(join(root, 'checks')).find((name) => name.startsWith(`${id}-`) && name.endsWith('.yaml'));
  if (!definitionFile) throw new Error(`bench: no checks/${id}-*.yaml`);
  const definition = parse(readFileSync(join(root, 'checks', definitionFile), 'utf8')) as { path: string; items: Item[] };
  const workspace = mkdtempSync(join(tmpdir(), 'mlops-bench-ws-'));
  const moduleDir = join(workspace, definition.path);
  cpSync(join(root, 'solutions', definition.path), moduleDir, { recursive: true, filter: (source) => !/(__pycache__|\.mypy_cache|\.pytest_cache)$/.test(source) });
  const python = pythonForChecks(env);
  const fill = (arg: string) => arg.replaceAll('{python}', python).replaceAll('{helper}', join(root, 'checks', 'python'));
  const commands = definition.items.filter((item) => Array.isArray(item.argv)).map((item) => ({ argv: item.argv!.map(fill), cwd: item.cwd ? join(moduleDir, item.cwd) : moduleDir }));
  const byHand = () => {
    // Exit codes are not checked: a failing command still took its time, as it does in the check.
    for (const command of commands) spawnSync(command.argv[0]!, command.argv.slice(1), { cwd: command.cwd, env, stdio: 'ignore' });
  };
  const check = (): string => {
    try {
      return execFileSync(node, [join(root, 'bin', 'mlops-tutor.js'), 'check', id, '--dir', workspace, '--python', python, '--json'], { env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
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
