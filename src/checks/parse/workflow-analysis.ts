// What a reviewer reads in a project's GitHub Actions workflows: is coverage a gate (and at what value),
// do the secret and dependency scans block the build, which Python versions are tested, and when the
// workflows run. Input is already YAML-parsed; config files come in as texts.
import { finding, type Finding, type FindingArgs } from './finding.js';
import { coverageFailUnder, expandMakeVariables, parseMakefile, pytestAddopts, type ToolConfigTexts } from './tool-config.js';
import { resolveText, type StepScope, type UnresolvedRef } from './workflow-env.js';
import { isDict, lineOf, stepLine, triggers, viewWorkflow, type JobView, type StepView, type WorkflowInput, type WorkflowView } from './workflow-model.js';

export { triggers, type Trigger, type WorkflowInput } from './workflow-model.js';
export { resolveText, type Resolved, type UnresolvedReason, type UnresolvedRef } from './workflow-env.js';
export type { ToolConfigTexts } from './tool-config.js';

interface ScriptLine {
  text: string;
  /** The first physical line, as it appears in the file (to find its line number). */
  first: string;
  /** 0-based line inside the `run:` block. */
  offset: number;
}

/** A `run:` script as shell sees it: backslash-continued lines joined. */
function scriptLines(run: string): ScriptLine[] {
  const out: ScriptLine[] = [];
  let buffer = '';
  let start = 0;
  const lines = run.split('\n');
  lines.forEach((line, index) => {
    if (buffer === '') start = index;
    if (/\\\s*$/.test(line)) {
      buffer += `${line.replace(/\\\s*$/, '')} `;
      return;
    }
    out.push({ text: (buffer + line).trim(), first: lines[start]!.trim(), offset: start });
    buffer = '';
  });
  if (buffer) out.push({ text: buffer.trim(), first: lines[start]!.trim(), offset: start });
  return out.filter((line) => line.text !== '' && !line.text.startsWith('#'));
}

const place = (view: WorkflowView, job: JobView, step: StepView, needle: string): FindingArgs & { file: string; line?: number } => {
  const line = lineOf(view, needle, stepLine(view, step));
  return { file: view.file, ...(line === undefined ? {} : { line }), job: job.id, step: step.label };
};

type Place = FindingArgs & { file: string; line?: number };

/** The same job and step, but the value was read in another file (a config, the Makefile). */
const relocate = (where: Place, file: string, line: number | undefined): Place => {
  const { line: _old, ...rest } = where;
  return { ...rest, file, ...(line === undefined ? {} : { line }) };
};

// ---------------------------------------------------------------------------------------------
// (a) Coverage gates

/**
 * Gate codes (args in braces; every gate also has {file, line?, job, step, raw, source}):
 * - `coverage.gate` {value, values}: a threshold the build enforces; value is the lowest when a matrix
 *   gives several (values lists them). {fallback: "yes"} when the value is the `|| 'N'` / `${X:-N}`
 *   default of something unreadable.
 * - `coverage.gate-unresolved` {ref, reason}: the threshold is a variable that cannot be read here;
 *   reason is an UnresolvedReason ("vars": a repository variable cannot be read from the repository).
 * - `coverage.gate-not-a-number` {value}: the flag is there but its value is not a number.
 * Other findings:
 * - `coverage.no-gate` {file, line?, job, step, command}: coverage is measured (pytest --cov,
 *   `coverage report`) and no threshold applies to it anywhere (flag, addopts or coverage config).
 * - `coverage.runner-not-followed` {file, line?, job, step, command}: tests run through tox / nox /
 *   hatch, whose configuration is not read here.
 */
export type CoverageGateCode = 'coverage.gate' | 'coverage.gate-unresolved' | 'coverage.gate-not-a-number';
export type CoverageNoteCode = 'coverage.no-gate' | 'coverage.runner-not-followed';

export interface CoverageGate extends Finding<CoverageGateCode> {
  job: string;
  step: string;
  /** Where the threshold was given: a pytest flag, `coverage report --fail-under`, coverage's config or pytest's addopts. */
  source: 'cov-fail-under' | 'coverage-report' | 'coverage-config' | 'pytest-addopts';
  /** "make test" when the command was found in a Makefile recipe. */
  via?: string | undefined;
  /** The step's working directory: in a monorepo, which project the gate belongs to. */
  workingDirectory?: string | undefined;
  raw: string;
  values: number[];
  /** The lowest value, when resolved. */
  value?: number | undefined;
  unresolved: UnresolvedRef[];
}

export interface CoverageAnalysis {
  gates: CoverageGate[];
  notes: Finding<CoverageNoteCode>[];
}

const COV_FLAG = /--cov-fail-under(?:=|\s+)("[^"]*"|'[^']*'|\$\{\{[^}]*\}\}\S*|\S+)/;
const FAIL_UNDER = /--fail-under(?:=|\s+)("[^"]*"|'[^']*'|\$\{\{[^}]*\}\}\S*|\S+)/;
const RUNS_PYTEST = /(^|[\s;&|(/])(pytest|py\.test)(\s|$|;)|python3?\s+-m\s+pytest\b/;
const COVERAGE_REPORT = /\bcoverage\s+report\b/;
const OTHER_RUNNER = /(^|[\s;&|])(tox|nox|hatch\s+(run|test))(\s|$)/;

function buildGate(source: CoverageGate['source'], raw: string, scope: StepScope, where: FindingArgs & { file: string; line?: number }, via?: string): CoverageGate {
  const resolved = resolveText(raw, scope);
  const values = resolved.values.map(Number);
  const base = { job: scope.job.id, step: scope.step.label, source, via, workingDirectory: scope.step.workingDirectory, raw, unresolved: resolved.unresolved, file: where.file, line: where.line };
  const args: FindingArgs = { ...where, raw, source, ...(via ? { via } : {}) };
  if (!resolved.values.length) {
    const first = resolved.unresolved[0] ?? { ref: raw, reason: 'expression' as const };
    return { ...base, code: 'coverage.gate-unresolved', args: { ...args, ref: first.ref, reason: first.reason }, values: [] };
  }
  if (values.some((value) => Number.isNaN(value) || resolved.values.some((text) => text.trim() === ''))) {
    return { ...base, code: 'coverage.gate-not-a-number', args: { ...args, value: resolved.values.join(', ') }, values: [] };
  }
  const value = Math.min(...values);
  return { ...base, code: 'coverage.gate', args: { ...args, value, values: values.join(', '), ...(resolved.fallback ? { fallback: 'yes' } : {}) }, values, value };
}

/**
 * Every coverage threshold the workflows enforce. `configs` are the project's config texts: coverage's
 * `fail_under` counts where pytest-cov or `coverage report` reads it, pytest's `addopts` where pytest
 * does, and `make <target>` is followed into the Makefile.
 */
export function coverageGates(workflows: WorkflowInput[], configs: ToolConfigTexts = {}): CoverageAnalysis {
  const gates: CoverageGate[] = [];
  const notes: Finding<CoverageNoteCode>[] = [];
  const addopts = pytestAddopts(configs);
  const failUnder = coverageFailUnder(configs);
  const make = configs.makefile === undefined ? undefined : parseMakefile(configs.makefile);

  for (const view of workflows.map(viewWorkflow)) {
    for (const job of view.jobs) {
      const jobGates = gates.length;
      const jobNotes: Finding<CoverageNoteCode>[] = [];
      for (const step of job.steps) {
        if (!step.run) continue;
        const lines = scriptLines(step.run);
        lines.forEach((line, index) => {
          const scope: StepScope = { workflow: view, job, step, scriptBefore: lines.slice(0, index).map((l) => l.text).join('\n') };
          const needle = COV_FLAG.exec(line.text)?.[0] ?? FAIL_UNDER.exec(line.text)?.[0] ?? line.first;
          const where = place(view, job, step, needle);
          const commands: Array<{ text: string; where: typeof where; via?: string }> = [{ text: line.text, where }];
          const target = /(?:^|[\s;&])make\s+(?:-\S+\s+)*([A-Za-z0-9_./-]+)/.exec(line.text)?.[1];
          const recipe = target && make?.targets.get(target)?.recipe;
          if (recipe) for (const r of recipe) commands.push({ text: expandMakeVariables(r.text, make!), where: { ...where, file: 'Makefile', line: r.line }, via: `make ${target}` });

          for (const command of commands) {
            const flag = COV_FLAG.exec(command.text);
            const report = COVERAGE_REPORT.test(command.text);
            const reportFlag = report ? FAIL_UNDER.exec(command.text) : null;
            const pytest = RUNS_PYTEST.test(command.text);
            const addoptsCov = pytest && addopts !== undefined && /--cov\b/.test(addopts.value);
            const measures = (pytest && /--cov\b/.test(command.text)) || addoptsCov || report;
            if (flag) gates.push(buildGate('cov-fail-under', flag[1]!, scope, command.where, command.via));
            else if (reportFlag) gates.push(buildGate('coverage-report', reportFlag[1]!, scope, command.where, command.via));
            else if (addoptsCov && COV_FLAG.test(addopts.value))
              gates.push(buildGate('pytest-addopts', COV_FLAG.exec(addopts.value)![1]!, scope, relocate(command.where, addopts.file, addopts.line), command.via));
            else if (measures && failUnder) gates.push(buildGate('coverage-config', failUnder.value, scope, relocate(command.where, failUnder.file, failUnder.line), command.via));
            else if (measures) jobNotes.push(finding('coverage.no-gate', { ...command.where, command: command.text.slice(0, 80) }, command.where.file, command.where.line));
            else if (OTHER_RUNNER.test(command.text) && command.via === undefined)
              jobNotes.push(finding('coverage.runner-not-followed', { ...command.where, command: command.text.slice(0, 80) }, command.where.file, command.where.line));
          }
        });
      }
      // `pytest --cov` then `coverage report --fail-under=80`: the job is gated, the first run needs no note.
      if (gates.length === jobGates) notes.push(...jobNotes);
      else notes.push(...jobNotes.filter((note) => note.code === 'coverage.runner-not-followed'));
    }
  }
  return { gates, notes };
}

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
function preCommitHooks(input: PreCommitInput | undefined): Array<{ tool: ScanTool; id: string; args: string }> {
  const repos = input && isDict(input.data) && Array.isArray(input.data.repos) ? input.data.repos : [];
  return repos.flatMap((repo) => (isDict(repo) && Array.isArray(repo.hooks) ? repo.hooks : [])).flatMap((hook) => {
    if (!isDict(hook) || typeof hook.id !== 'string') return [];
    const tool = HOOK_TOOLS.find(([, re]) => re.test(hook.id as string))?.[0];
    return tool ? [{ tool, id: hook.id, args: Array.isArray(hook.args) ? hook.args.map(String).join(' ') : '' }] : [];
  });
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

// ---------------------------------------------------------------------------------------------
// (c) Python versions tested

/**
 * Problem codes of {@link pythonMatrix} (args in braces, plus {file, job}):
 * - `python.float-version` {value, meant}: a version written as a YAML number; 3.10 reads as 3.1.
 * - `python.unresolved` {ref, reason}: versions given by a dynamic matrix, `vars.X` or another expression.
 * - `python.version-file-missing` {path}: setup-python's `python-version-file` names a file not found.
 */
export type PythonMatrixCode = 'python.float-version' | 'python.unresolved' | 'python.version-file-missing';

export interface PythonMatrix {
  /** Every version tested, deduplicated, in version order. */
  versions: string[];
  jobs: Array<{ file: string; job: string; versions: string[] }>;
  problems: Finding<PythonMatrixCode>[];
}

const versionKey = (v: string): number[] => v.replace(/^[^\d]*/, '').split(/[.]/).map((part) => Number.parseInt(part, 10) || 0);
const compareVersions = (a: string, b: string): number => {
  const [x, y] = [versionKey(a), versionKey(b)];
  for (let i = 0; i < Math.max(x.length, y.length); i++) if ((x[i] ?? 0) !== (y[i] ?? 0)) return (x[i] ?? 0) - (y[i] ?? 0);
  return a.localeCompare(b);
};

/** A number in YAML: 3.1 is what `3.10` becomes; any other number is kept as written. */
function numberVersion(value: number): { version: string; meant?: string } {
  const text = String(value);
  return /^3\.[1-2]$/.test(text) ? { version: text, meant: `${text}0` } : { version: text };
}

/** Versions in a `.python-version` file (one a line) or a pyproject's requires-python. */
function versionsFromFile(path: string, text: string): string[] {
  if (/pyproject\.toml$/i.test(path)) {
    const match = /^\s*requires-python\s*=\s*["']([^"']+)["']/m.exec(text) ?? /^\s*python\s*=\s*["']([^"']+)["']/m.exec(text);
    return match ? [match[1]!] : [];
  }
  if (/\.tool-versions$/.test(path)) return [...text.matchAll(/^\s*python\s+(.+)$/gm)].flatMap((m) => m[1]!.trim().split(/\s+/));
  return text.split(/\r?\n/).map((line) => line.replace(/#.*/, '').trim()).filter(Boolean);
}

/**
 * The Python versions the workflows test: matrix keys containing "python", `include:` entries, and each
 * `actions/setup-python` step's `python-version` (resolved through env and matrix) or
 * `python-version-file` (read through `readFile`).
 */
export function pythonMatrix(workflows: WorkflowInput[], readFile: (path: string) => string | undefined = () => undefined): PythonMatrix {
  const problems: Finding<PythonMatrixCode>[] = [];
  const jobs: PythonMatrix['jobs'] = [];
  for (const view of workflows.map(viewWorkflow)) {
    for (const job of view.jobs) {
      const found: string[] = [];
      const where = { file: view.file, job: job.id };
      const add = (value: unknown): void => {
        if (typeof value === 'number') {
          const { version, meant } = numberVersion(value);
          if (meant) problems.push(finding('python.float-version', { ...where, value: version, meant }, view.file, lineOf(view, version)));
          found.push(meant ?? version);
        } else if (typeof value === 'string' && value.includes('${{')) {
          // Say why it cannot be read (a repository variable, another job's output…), not just "expression".
          const scope: StepScope = { workflow: view, job: { ...job, matrix: undefined }, step: { index: 0, label: job.id, with: {}, env: {}, continueOnError: undefined, raw: {} } };
          const resolved = resolveText(value, scope);
          if (resolved.values.length) found.push(...resolved.values);
          else problems.push(finding('python.unresolved', { ...where, ref: value, reason: resolved.unresolved[0]?.reason ?? 'expression' }, view.file, lineOf(view, value)));
        } else if (typeof value === 'string' && value.trim()) found.push(...value.split(/\n/).map((v) => v.trim()).filter(Boolean));
      };
      const matrix = job.matrix;
      if (typeof matrix === 'string') problems.push(finding('python.unresolved', { ...where, ref: matrix, reason: 'matrix-dynamic' }, view.file, lineOf(view, matrix)));
      const matrixKeys = isDict(matrix) ? Object.keys(matrix).filter((key) => /python/i.test(key)) : [];
      if (isDict(matrix)) {
        for (const key of matrixKeys) {
          const value = matrix[key];
          (Array.isArray(value) ? value : [value]).forEach(add);
        }
        for (const entry of Array.isArray(matrix.include) ? matrix.include : []) if (isDict(entry)) for (const [key, value] of Object.entries(entry)) if (/python/i.test(key)) add(value);
      }
      for (const step of job.steps) {
        if (!step.uses || !/^actions\/setup-python@/i.test(step.uses)) continue;
        const scope: StepScope = { workflow: view, job, step };
        const version = step.with['python-version'];
        const versionFile = step.with['python-version-file'];
        if (typeof version === 'string' && version.includes('${{')) {
          // `${{ matrix.python-version }}` repeats the matrix already read; anything else is resolved here.
          const refersToMatrix = matrixKeys.some((key) => new RegExp(`matrix(\\.${key.replace(/[-]/g, '\\-')}\\b|\\['${key}'\\])`).test(version));
          if (refersToMatrix) continue;
          const resolved = resolveText(version, scope);
          if (resolved.values.length) resolved.values.forEach(add);
          else for (const ref of resolved.unresolved) problems.push(finding('python.unresolved', { ...where, ref: ref.ref, reason: ref.reason }, view.file, lineOf(view, version)));
        } else if (version !== undefined) add(version);
        else if (typeof versionFile === 'string') {
          const text = readFile(versionFile);
          if (text === undefined) problems.push(finding('python.version-file-missing', { ...where, path: versionFile }, view.file, lineOf(view, versionFile)));
          else found.push(...versionsFromFile(versionFile, text));
        }
      }
      const versions = [...new Set(found)].sort(compareVersions);
      if (versions.length) jobs.push({ file: view.file, job: job.id, versions });
    }
  }
  return { versions: [...new Set(jobs.flatMap((j) => j.versions))].sort(compareVersions), jobs, problems };
}

// Exported for the checker that reports "coverage measured but not gated" with the step's command.
export { scriptLines };
