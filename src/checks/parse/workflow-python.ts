// Which Python versions the workflows test (matrix, env, setup-python's version file).
import { compareIds } from '../../core/text.js';
import { finding, type Finding } from './finding.js';
import { resolveText, type StepScope } from './workflow-env.js';
import { isDict, lineOf, viewWorkflow, type WorkflowInput } from './workflow-model.js';
import { scriptLines } from './workflow-script.js';

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
  return compareIds(a, b);
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

