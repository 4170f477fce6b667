// Scans that run outside the workflow's own steps: Dependabot's config and pre-commit's scanner hooks.
import type { ScanTool } from './workflow-scans.js';
import { isDict } from './workflow-model.js';

export interface DependabotInput {
  file: string;
  data: unknown;
}

/** A parsed `.pre-commit-config.yaml`: CI that runs `pre-commit run` runs its scanner hooks too. */
export interface PreCommitInput {
  file: string;
  data: unknown;
}

const HOOK_TOOLS: Array<[ScanTool, RegExp]> = [
  ['gitleaks', /^gitleaks/],
  ['trufflehog', /^trufflehog/],
  ['detect-secrets', /^detect-secrets/],
  ['pip-audit', /^pip-audit/],
  ['safety', /safety/],
  ['osv-scanner', /^osv-scanner/],
];

/** Scanner hooks of a pre-commit config: tool, hook id and its args. */
export function preCommitHooks(input: PreCommitInput | undefined): Array<{ tool: ScanTool; id: string; args: string }> {
  const repos = input && isDict(input.data) && Array.isArray(input.data.repos) ? input.data.repos : [];
  return repos.flatMap((repo) => (isDict(repo) && Array.isArray(repo.hooks) ? repo.hooks : [])).flatMap((hook) => {
    if (!isDict(hook) || typeof hook.id !== 'string') return [];
    const tool = HOOK_TOOLS.find(([, re]) => re.test(hook.id as string))?.[0];
    return tool ? [{ tool, id: hook.id, args: Array.isArray(hook.args) ? hook.args.map(String).join(' ') : '' }] : [];
  });
}
