// Is coverage a gate in the workflows, and at what value (resolved through env, matrix and tool configs).
import { finding, type Finding, type FindingArgs } from './finding.js';
import { coverageFailUnder, expandMakeVariables, parseMakefile, pytestAddopts, type ToolConfigTexts } from './tool-config.js';
import { resolveText, type StepScope, type UnresolvedRef } from './workflow-env.js';
import { viewWorkflow, type WorkflowInput } from './workflow-model.js';
import { place, relocate, scriptLines } from './workflow-script.js';

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

