// Do the secret and dependency scans block the build: continue-on-error, || true, exit-zero flags, conditions.
import { finding, type Finding } from './finding.js';
import { resolveText, type StepScope } from './workflow-env.js';
import { isDict, lineOf, stepLine, triggers, viewWorkflow, type JobView, type StepView, type WorkflowInput } from './workflow-model.js';
import { scriptLines, type ScriptLine } from './workflow-script.js';
import { preCommitHooks, type DependabotInput, type PreCommitInput } from './workflow-scan-sources.js';

export type { DependabotInput, PreCommitInput } from './workflow-scan-sources.js';

// ---------------------------------------------------------------------------------------------
// (b) Security scans

export type ScanTool = 'gitleaks' | 'trufflehog' | 'detect-secrets' | 'pip-audit' | 'safety' | 'osv-scanner' | 'trivy' | 'dependency-review' | 'dependabot';
export type ScanCategory = 'secret-scan' | 'dependency-audit';

const CATEGORY_TOOLS: Record<ScanCategory, ScanTool[]> = {
  'secret-scan': ['gitleaks', 'trufflehog', 'detect-secrets', 'trivy'],
  'dependency-audit': ['pip-audit', 'safety', 'osv-scanner', 'trivy', 'dependency-review', 'dependabot'],
};

/**
 * Why a scan does not block the build (the `reasons` of a {@link ScanStep}; args in braces):
 * - `scan.continue-on-error` {scope: "step"|"job"}: `continue-on-error: true`.
 * - `scan.continue-on-error-expression` {scope, expression}: `continue-on-error: ${{ … }}` that is (or may
 *   be) true, e.g. a matrix flag.
 * - `scan.or-true` {suffix}: the command ends in `|| true`, `|| exit 0`, `|| :` or `|| echo …`.
 * - `scan.semicolon-true` {suffix}: the command is followed by `; true` / `; exit 0`.
 * - `scan.set-plus-e` {}: `set +e` earlier in the script and later commands decide the exit status.
 * - `scan.pipe-without-pipefail` {shell}: the scan's output is piped (`| tee …`) and the shell has no
 *   pipefail (GitHub's default `bash -e` does not set it; `shell: bash` does), so the pipe's last command decides.
 * - `scan.exit-code-zero` {flag}: gitleaks run with `--exit-code 0`.
 * - `scan.trivy-exit-code-zero` {value}: Trivy exits 0 on findings unless `--exit-code` / the action's
 *   `exit-code` input is non-zero (value "" when not given).
 * - `scan.trufflehog-no-fail` {}: the trufflehog CLI exits 0 on findings without `--fail`.
 * - `scan.detect-secrets-scan-only` {}: `detect-secrets scan` writes a baseline and always exits 0.
 * - `scan.safety-continue-on-error` {}: `safety … --continue-on-error` exits 0 on vulnerabilities.
 * - `scan.pip-audit-allow-failure` {}: the pip-audit action with `internal-be-careful-allow-failure: true`.
 * - `scan.osv-fail-on-vuln-false` {}: the OSV-Scanner reusable workflow with `fail-on-vuln: false`.
 * - `scan.warn-only` {}: dependency-review-action with `warn-only: true`.
 * - `scan.dependabot-config-only` {file}: Dependabot opens pull requests; it never fails a build.
 * (A scan run by `pre-commit run` in CI has via "pre-commit" and the same shell reasons.)
 * - `scan.not-on-push-or-pr` {events}: the workflow runs only on {events} (e.g. schedule), so it cannot
 *   stop a push or a pull request.
 * - `scan.if-never-on-push-or-pr` {scope, condition}: the step's or job's `if:` is `false` or limits it to
 *   events other than push / pull_request (`github.event_name == 'schedule'`), so it never runs where it could block.
 * `if: always()` is not a reason: it makes a step run, not pass.
 */
export type ScanReasonCode =
  | 'scan.continue-on-error'
  | 'scan.continue-on-error-expression'
  | 'scan.or-true'
  | 'scan.semicolon-true'
  | 'scan.set-plus-e'
  | 'scan.pipe-without-pipefail'
  | 'scan.exit-code-zero'
  | 'scan.trivy-exit-code-zero'
  | 'scan.trufflehog-no-fail'
  | 'scan.detect-secrets-scan-only'
  | 'scan.safety-continue-on-error'
  | 'scan.pip-audit-allow-failure'
  | 'scan.osv-fail-on-vuln-false'
  | 'scan.warn-only'
  | 'scan.dependabot-config-only'
  | 'scan.not-on-push-or-pr'
  | 'scan.if-never-on-push-or-pr';

export interface ScanStep {
  tool: ScanTool;
  file: string;
  line?: number | undefined;
  job: string;
  step: string;
  via: 'run' | 'uses' | 'reusable-workflow' | 'config' | 'pre-commit';
  workingDirectory?: string | undefined;
  blocking: boolean;
  reasons: Finding<ScanReasonCode>[];
}

const RUN_TOOLS: Array<[ScanTool, RegExp]> = [
  ['gitleaks', /\bgitleaks\s+(detect|git|dir|protect|stdin)\b|\b(zricethezav|gitleaks)\/gitleaks\b/],
  ['trufflehog', /\btrufflehog\s+(git|github|gitlab|filesystem|docker|s3|gcs)\b|\btrufflesecurity\/trufflehog\b/],
  ['detect-secrets', /\bdetect-secrets(-hook)?\b/],
  ['pip-audit', /\bpip-audit\b/],
  ['safety', /\bsafety\s+(check|scan)\b/],
  ['osv-scanner', /\bosv-scanner\b/],
  ['trivy', /\btrivy\s+(fs|filesystem|image|repo|repository|rootfs|sbom|config)\b|\baquasec\/trivy\b/],
];

const USES_TOOLS: Array<[ScanTool, RegExp]> = [
  ['gitleaks', /^gitleaks\/gitleaks-action@/i],
  ['trufflehog', /^trufflesecurity\/trufflehog@/i],
  // A container image run as a step (`uses: docker://…`) exits with the scanner's own status.
  ['gitleaks', /^docker:\/\/(ghcr\.io\/)?(zricethezav|gitleaks)\/gitleaks\b/i],
  ['trufflehog', /^docker:\/\/(ghcr\.io\/)?trufflesecurity\/trufflehog\b/i],
  ['trivy', /^docker:\/\/(docker\.io\/)?aquasec\/trivy\b/i],
  ['pip-audit', /^pypa\/gh-action-pip-audit@/i],
  ['safety', /^pyupio\/safety-action@/i],
  ['osv-scanner', /^google\/osv-scanner-action\//i],
  ['trivy', /^aquasecurity\/trivy-action@/i],
  ['dependency-review', /^actions\/dependency-review-action@/i],
];

const isTrue = (value: unknown): boolean => value === true || (typeof value === 'string' && value.trim().toLowerCase() === 'true');

function continueOnError(value: unknown, scopeName: 'step' | 'job', scope: StepScope): Finding<ScanReasonCode> | undefined {
  if (isTrue(value)) return finding('scan.continue-on-error', { scope: scopeName });
  if (typeof value !== 'string' || !value.includes('${{')) return undefined;
  const resolved = resolveText(value, scope);
  if (resolved.values.length && resolved.values.every((v) => v.trim().toLowerCase() === 'false')) return undefined;
  return finding('scan.continue-on-error-expression', { scope: scopeName, expression: value.trim() });
}

function hasPipefail(step: StepView, job: JobView, scriptBefore: string): { pipefail: boolean; shell: string } {
  const shell = step.shell ?? job.defaultShell ?? 'bash -e {0}';
  // GitHub runs `shell: bash` as `bash --noprofile --norc -eo pipefail {0}`; the unspecified default is `bash -e {0}`.
  const pipefail = /^bash$/.test(shell.trim()) || /pipefail/.test(shell) || /set\s+-[a-z]*o\s+pipefail|set\s+-o\s+pipefail/.test(scriptBefore);
  return { pipefail, shell };
}

/** Reasons the shell does not stop with the exit status of the command that starts at `tail`. */
function shellReasons(tail: string, lines: ScriptLine[], index: number, step: StepView, job: JobView): Finding<ScanReasonCode>[] {
  const reasons: Finding<ScanReasonCode>[] = [];
  const orTrue = /\|\|\s*(true|:|exit\s+0\b|echo\b[^|;&]*)/.exec(tail);
  if (orTrue) reasons.push(finding('scan.or-true', { suffix: orTrue[0].trim() }));
  const semicolon = /;\s*(true|:|exit\s+0)\s*$/.exec(tail);
  if (semicolon) reasons.push(finding('scan.semicolon-true', { suffix: semicolon[0].trim() }));
  const before = lines.slice(0, index).map((l) => l.text).join('\n');
  if (/(^|[^|])\|(?!\|)/.test(tail.replace(/'[^']*'|"[^"]*"/g, ''))) {
    const { pipefail, shell } = hasPipefail(step, job, before);
    if (!pipefail) reasons.push(finding('scan.pipe-without-pipefail', { shell }));
  }
  const lastSet = [...before.matchAll(/\bset\s+([+-])[a-z]*e/g)].pop();
  if (lastSet?.[1] === '+') {
    const after = lines.slice(index + 1).map((l) => l.text);
    const statusKept = after.some((l) => /\bexit\s+["']?\$/.test(l)) || after.length === 0;
    if (!statusKept) reasons.push(finding('scan.set-plus-e', {}));
  }
  return reasons;
}

/** Reasons in the scanner's own arguments: options that make it exit 0 on findings. */
function flagReasons(tool: ScanTool, text: string, scope: StepScope): Finding<ScanReasonCode>[] {
  const reasons: Finding<ScanReasonCode>[] = [];
  if (tool === 'gitleaks') {
    const exitCode = /--exit-code(?:=|\s+)["']?0["']?(\s|$)/.exec(text);
    if (exitCode) reasons.push(finding('scan.exit-code-zero', { flag: exitCode[0].trim() }));
  }
  if (tool === 'trufflehog' && !/--fail\b/.test(text)) reasons.push(finding('scan.trufflehog-no-fail', {}));
  if (tool === 'detect-secrets' && /\bdetect-secrets\s+scan\b/.test(text)) reasons.push(finding('scan.detect-secrets-scan-only', {}));
  if (tool === 'safety' && /--continue-on-error\b/.test(text)) reasons.push(finding('scan.safety-continue-on-error', {}));
  if (tool === 'trivy') {
    const flag = /--exit-code(?:=|\s+)("[^"]*"|'[^']*'|\$\{\{[^}]*\}\}\S*|\S+)/.exec(text)?.[1];
    const value = flag === undefined ? (resolveText('$TRIVY_EXIT_CODE', scope).values[0] ?? '') : (resolveText(flag, scope).values[0] ?? flag);
    if (!/^[1-9]\d*$/.test(value.replace(/["']/g, ''))) reasons.push(finding('scan.trivy-exit-code-zero', { value }));
  }
  return reasons;
}

/** Reasons a `run:` scan line does not stop the script with the scanner's exit status. */
function runReasons(tool: ScanTool, line: ScriptLine, lines: ScriptLine[], index: number, step: StepView, job: JobView, scope: StepScope): Finding<ScanReasonCode>[] {
  const match = RUN_TOOLS.find(([name]) => name === tool)![1].exec(line.text);
  return [...shellReasons(line.text.slice(match?.index ?? 0), lines, index, step, job), ...flagReasons(tool, line.text, scope)];
}

function usesReasons(tool: ScanTool, inputs: Record<string, unknown>, scope: StepScope): Finding<ScanReasonCode>[] {
  const input = (name: string): string | undefined => {
    const raw = inputs[name];
    if (raw === undefined) return undefined;
    return resolveText(String(raw), scope).values[0] ?? String(raw);
  };
  if (tool === 'pip-audit' && isTrue(input('internal-be-careful-allow-failure'))) return [finding('scan.pip-audit-allow-failure', {})];
  if (tool === 'osv-scanner' && input('fail-on-vuln')?.trim().toLowerCase() === 'false') return [finding('scan.osv-fail-on-vuln-false', {})];
  if (tool === 'dependency-review' && isTrue(input('warn-only'))) return [finding('scan.warn-only', {})];
  if (tool === 'trivy') {
    const value = input('exit-code') ?? '';
    if (!/^[1-9]\d*$/.test(value.trim())) return [finding('scan.trivy-exit-code-zero', { value })];
  }
  return [];
}

/** Trivy scans secrets only when its scanners include "secret" (the default for fs, repo and image). */
function trivyScansSecrets(text: string, inputs: Record<string, unknown>): boolean {
  const scanners = /--(?:scanners|security-checks)(?:=|\s+)(\S+)/.exec(text)?.[1] ?? (inputs.scanners ?? inputs['security-checks']);
  if (scanners === undefined) return !/\btrivy\s+config\b/.test(text) && inputs['scan-type'] !== 'config';
  return /secret/.test(String(scanners));
}

const GATING_EVENTS = new Set(['push', 'pull_request', 'pull_request_target', 'merge_group', 'workflow_call']);

/** An `if:` that is false, or that only lets other events through (`github.event_name == 'schedule'`). */
function neverOnPushOrPr(condition: unknown, scopeName: 'step' | 'job'): Finding<ScanReasonCode> | undefined {
  if (condition === false) return finding('scan.if-never-on-push-or-pr', { scope: scopeName, condition: 'false' });
  if (typeof condition !== 'string') return undefined;
  const body = condition.trim().replace(/^\$\{\{\s*([\s\S]*?)\s*\}\}$/, '$1').trim();
  if (body === 'false') return finding('scan.if-never-on-push-or-pr', { scope: scopeName, condition: condition.trim() });
  // Only a plain equality (or an || of them) is read; anything else may let push or pull_request through.
  const alternatives = body.split('||').map((part) => /^github\.event_name\s*==\s*'([\w-]+)'$/.exec(part.trim())?.[1]);
  if (alternatives.some((event) => event === undefined)) return undefined;
  return alternatives.some((event) => GATING_EVENTS.has(event!)) ? undefined : finding('scan.if-never-on-push-or-pr', { scope: scopeName, condition: condition.trim() });
}

/**
 * Every step that runs a scanner of `category` (or of one tool), with whether it blocks the build and
 * why not. Dependabot counts as a dependency audit only through its config, and never blocks.
 */
export function scanSteps(workflows: WorkflowInput[], category: ScanCategory | ScanTool, options: { dependabot?: DependabotInput | undefined; preCommit?: PreCommitInput | undefined } = {}): ScanStep[] {
  const hooks = preCommitHooks(options.preCommit);
  const wanted = new Set<ScanTool>(category in CATEGORY_TOOLS ? CATEGORY_TOOLS[category as ScanCategory] : [category as ScanTool]);
  // Trivy counts as a secret scan only when its scanners include "secret".
  const needsSecrets = category === 'secret-scan';
  const out: ScanStep[] = [];
  for (const view of workflows.map(viewWorkflow)) {
    const events = triggers(view).map((t) => t.event);
    const triggerReason = events.length && !events.some((event) => GATING_EVENTS.has(event)) ? [finding('scan.not-on-push-or-pr', { events: events.join(', ') })] : [];
    for (const job of view.jobs) {
      const emptyStep: StepView = { index: 0, label: job.id, with: {}, env: {}, continueOnError: undefined, raw: {} };
      if (job.uses) {
        const tool = USES_TOOLS.find(([, re]) => re.test(job.uses!))?.[0];
        if (tool && wanted.has(tool)) {
          const scope: StepScope = { workflow: view, job, step: emptyStep };
          const reasons = [...usesReasons(tool, job.with, scope), ...triggerReason];
          const jobFlag = continueOnError(job.continueOnError, 'job', scope);
          if (jobFlag) reasons.unshift(jobFlag);
          const line = lineOf(view, job.uses);
          out.push({ tool, file: view.file, line, job: job.id, step: job.id, via: 'reusable-workflow', blocking: reasons.length === 0, reasons });
        }
        continue;
      }
      for (const step of job.steps) {
        const scope: StepScope = { workflow: view, job, step };
        const flags = [
          continueOnError(step.continueOnError, 'step', scope),
          continueOnError(job.continueOnError, 'job', scope),
          neverOnPushOrPr(step.raw.if, 'step'),
          neverOnPushOrPr(job.raw.if, 'job'),
        ].filter((r): r is Finding<ScanReasonCode> => r !== undefined);
        const record = (tool: ScanTool, via: ScanStep['via'], reasons: Finding<ScanReasonCode>[], needle: string): void => {
          const all = [...flags, ...reasons, ...triggerReason];
          out.push({ tool, file: view.file, line: lineOf(view, needle, stepLine(view, step)), job: job.id, step: step.label, via, workingDirectory: step.workingDirectory, blocking: all.length === 0, reasons: all });
        };
        const preCommitLine = step.run ? scriptLines(step.run).findIndex((l) => /(^|[\s;&/])pre-commit\s+run\b/.test(l.text)) : -1;
        const preCommitAction = step.uses !== undefined && /^pre-commit\/action@/i.test(step.uses);
        if (hooks.length && (preCommitLine >= 0 || preCommitAction)) {
          const lines = step.run ? scriptLines(step.run) : [];
          const command = preCommitAction ? `pre-commit run ${String(step.with.extra_args ?? '--all-files')}` : lines[preCommitLine]!.text;
          // `pre-commit run gitleaks` runs one hook; SKIP=a,b in the environment skips hooks by id. The
          // published trufflehog hook already passes --fail, so only gitleaks' own args can weaken a hook.
          const only = /pre-commit\s+run\s+([A-Za-z0-9_][A-Za-z0-9_.-]*)/.exec(command)?.[1];
          const skipped = (resolveText('$SKIP', scope).values[0] ?? '').split(',').map((id) => id.trim());
          const shell = preCommitAction ? [] : shellReasons(command.slice(command.indexOf('pre-commit')), lines, preCommitLine, step, job);
          for (const hook of hooks) {
            if (!wanted.has(hook.tool) || skipped.includes(hook.id) || (only && only !== hook.id)) continue;
            record(hook.tool, 'pre-commit', [...shell, ...flagReasons(hook.tool, hook.args, scope).filter((r) => r.code !== 'scan.trufflehog-no-fail')], preCommitAction ? step.uses! : lines[preCommitLine]!.first);
          }
          continue;
        }
        if (step.uses) {
          const tool = USES_TOOLS.find(([, re]) => re.test(step.uses!))?.[0];
          if (!tool || !wanted.has(tool)) continue;
          if (tool === 'trivy' && needsSecrets && !trivyScansSecrets('', step.with)) continue;
          const docker = /^docker:\/\//i.test(step.uses);
          record(tool, 'uses', docker ? flagReasons(tool, String(step.with.args ?? ''), scope) : usesReasons(tool, step.with, scope), step.uses);
          continue;
        }
        if (!step.run) continue;
        const lines = scriptLines(step.run);
        lines.forEach((line, index) => {
          for (const [tool, re] of RUN_TOOLS) {
            if (!wanted.has(tool) || !re.test(line.text)) continue;
            // Installing a scanner is not running it.
            if (/\b(pip|pipx|uv\s+pip|brew|apt-get|apt|go)\s+(install|get)\b/.test(line.text) && !/&&|;/.test(line.text)) continue;
            if (tool === 'trivy' && needsSecrets && !trivyScansSecrets(line.text, {})) continue;
            const lineScope: StepScope = { ...scope, scriptBefore: lines.slice(0, index).map((l) => l.text).join('\n') };
            record(tool, 'run', runReasons(tool, line, lines, index, step, job, lineScope), line.first);
          }
        });
      }
    }
  }
  if (options.dependabot && wanted.has('dependabot')) {
    const updates = isDict(options.dependabot.data) && Array.isArray(options.dependabot.data.updates) ? options.dependabot.data.updates : [];
    if (updates.some((u) => isDict(u) && typeof u['package-ecosystem'] === 'string')) {
      const file = options.dependabot.file;
      out.push({ tool: 'dependabot', file, job: '', step: '', via: 'config', blocking: false, reasons: [finding('scan.dependabot-config-only', { file })] });
    }
  }
  return out;
}

