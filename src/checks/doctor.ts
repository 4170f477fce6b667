// Module 00's environment items: what the course needs installed before the first mini-project.
import { statfsSync } from 'node:fs';
import { totalmem } from 'node:os';
import type { Messages } from '../i18n/index.js';
import { runProcess } from './process.js';
import { findPython } from './python.js';
import type { ItemStatus } from './types.js';
import { which } from './which.js';

export const MIN_MEMORY_GB = 8;
export const MIN_DISK_GB = 5;

export interface DoctorItem {
  id: 'python' | 'venv' | 'git' | 'make' | 'docker' | 'disk' | 'memory';
  title: string;
  status: ItemStatus;
  message: string;
  hint: string;
}

const gb = (bytes: number) => Math.round((bytes / 1024 ** 3) * 10) / 10;

async function firstLine(argv: string[], env: NodeJS.ProcessEnv): Promise<string | undefined> {
  const result = await runProcess(argv, { cwd: process.cwd(), timeoutMs: 15_000, env });
  if (result.exitCode !== 0) return undefined;
  return (result.stdout.text(() => '') + result.stderr.text(() => '')).trim().split('\n')[0];
}

export async function runDoctorItems(options: { t: Messages['check']; workspace: string; pythonFlag?: string | undefined; profilePython?: string | undefined; env?: NodeJS.ProcessEnv }): Promise<DoctorItem[]> {
  const { t } = options;
  const d = t.doctor;
  const env = options.env ?? process.env;
  const items: DoctorItem[] = [];
  const add = (id: DoctorItem['id'], status: ItemStatus, message: string) => items.push({ id, title: d.items[id], status, message, hint: status === 'pass' ? '' : d.hints[id] });

  const python = findPython({ flag: options.pythonFlag, env, profile: options.profilePython, moduleDir: options.workspace, workspace: options.workspace }).path;
  let facts: { version: string; ok: boolean; venv: boolean } | undefined;
  if (python) {
    const code = 'import importlib.util as u,json,sys\nprint(json.dumps({"version":"%d.%d.%d"%sys.version_info[:3],"ok":sys.version_info>=(3,10),"venv":bool(u.find_spec("venv") and u.find_spec("ensurepip"))}))';
    try {
      facts = JSON.parse((await firstLine([python, '-c', code], env)) ?? '');
    } catch {
      facts = undefined;
    }
  }
  if (!python || !facts) add('python', 'fail', d.missing('python3'));
  else add('python', facts.ok ? 'pass' : 'fail', facts.ok ? d.version(`Python ${facts.version}`, python) : d.tooOld(`Python ${facts.version}`));
  if (!facts) add('venv', 'skip', t.skip.noPython);
  else add('venv', facts.venv ? 'pass' : 'fail', facts.venv ? d.found('venv + ensurepip') : d.missing('venv / ensurepip'));

  for (const [id, program, optional] of [['git', 'git', false], ['make', 'make', false], ['docker', 'docker', true]] as const) {
    const path = which(program, [], env);
    const version = path ? await firstLine([path, '--version'], env) : undefined;
    if (version) add(id, 'pass', d.version(version, path!));
    else add(id, optional ? 'skip' : 'fail', optional ? d.dockerOptional : d.missing(program));
  }

  try {
    const stats = statfsSync(options.workspace);
    const free = gb(stats.bavail * stats.bsize);
    add('disk', free >= MIN_DISK_GB ? 'pass' : 'fail', d.disk(free, MIN_DISK_GB));
  } catch {
    add('disk', 'skip', d.missing(options.workspace));
  }
  const memory = gb(totalmem());
  add('memory', memory >= MIN_MEMORY_GB * 0.95 ? 'pass' : 'fail', d.memory(memory, MIN_MEMORY_GB));
  return items;
}
