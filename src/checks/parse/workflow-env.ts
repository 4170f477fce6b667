// Resolves the values a workflow step sees: `${{ env.X }}`, `${{ matrix.x }}`, `${{ inputs.x }}` and
// shell `$X` / `${X}` / `${X:-default}`, from workflow-, job- and step-level `env:`, the job's matrix,
// earlier `>> $GITHUB_ENV` writes and assignments earlier in the same script. What lives outside the
// repository (repository variables, secrets, the event payload) is reported as unresolved with why.
import { isDict, type Dict, type JobView, type StepView, type WorkflowView } from './workflow-model.js';

/**
 * Why a reference could not be resolved (the `reason` of an {@link UnresolvedRef}):
 * - `vars`: a repository/organisation variable (`vars.X`); it lives in the repository settings, not in
 *   the repository's files.
 * - `secrets`: a secret (`secrets.X`); never readable.
 * - `input-without-default`: `inputs.x` of a workflow_dispatch / workflow_call input without a default.
 * - `matrix-missing`: `matrix.x` where the job's matrix has no key x (or no matrix at all).
 * - `matrix-dynamic`: the matrix is itself an expression (e.g. `fromJSON(needs.setup.outputs.m)`).
 * - `undefined-variable`: `env.X` or `$X` defined nowhere in the workflow or the script before it.
 * - `runner-variable`: a variable the runner sets (`GITHUB_*`, `RUNNER_*`, `HOME`…).
 * - `job-output`: another job's or step's output (`needs.<job>.outputs.x`, `steps.<id>.outputs.x`), known
 *   only while the workflow runs.
 * - `expression`: another expression (`github.event…`, a function call, an operator).
 * - `too-deep`: variables that refer to each other more than a few levels (or in a loop).
 */
export type UnresolvedReason =
  | 'vars'
  | 'secrets'
  | 'input-without-default'
  | 'matrix-missing'
  | 'matrix-dynamic'
  | 'undefined-variable'
  | 'runner-variable'
  | 'job-output'
  | 'expression'
  | 'too-deep';

export interface UnresolvedRef {
  /** As written: "vars.COV_MIN", "$THRESHOLD", "github.event.inputs.level". */
  ref: string;
  reason: UnresolvedReason;
}

export interface Resolved {
  /** Every value the text can take (several when a matrix has several entries). Empty when unresolved. */
  values: string[];
  unresolved: UnresolvedRef[];
  /** `a || 'b'` where a could not be read: b is what runs when a is unset. */
  fallback?: boolean | undefined;
}

export interface StepScope {
  workflow: WorkflowView;
  job: JobView;
  step: StepView;
  /** Script text before the place being resolved (for `X=80` assignments). */
  scriptBefore?: string | undefined;
}

const MAX_DEPTH = 6;
const RUNNER_VARS = /^(GITHUB_\w+|RUNNER_\w+|CI|HOME|PATH|PWD|USER|SHELL|ImageOS|ImageVersion|pythonLocation|Python_ROOT_DIR|Python\d?_ROOT_DIR|RANDOM)$/;

const scalar = (value: unknown): string | undefined =>
  typeof value === 'string' ? value : typeof value === 'number' || typeof value === 'boolean' ? String(value) : undefined;

/** `echo "X=80" >> $GITHUB_ENV` in earlier steps of the job: later steps see X. */
function githubEnvWrites(job: JobView, before: number): Dict {
  const out: Dict = {};
  for (const step of job.steps.slice(0, before)) {
    for (const line of (step.run ?? '').split('\n')) {
      const match = /^\s*echo\s+["']?([A-Za-z_][A-Za-z0-9_]*)=([^"'>]*?)["']?\s*>>\s*["']?\$\{?GITHUB_ENV\}?["']?\s*$/.exec(line);
      if (match) out[match[1]!] = match[2]!.trim();
    }
  }
  return out;
}

/** `X=80`, `export X=80`, `X="80"` earlier in the script; the last one wins. */
function scriptAssignments(script: string): Dict {
  const out: Dict = {};
  for (const line of script.split('\n')) {
    const match = /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)=("([^"]*)"|'([^']*)'|(\S*))\s*(?:#.*)?$/.exec(line);
    if (match) out[match[1]!] = match[3] ?? match[4] ?? match[5] ?? '';
  }
  return out;
}

function inputDefault(workflow: WorkflowView, name: string): string | undefined {
  if (!isDict(workflow.on)) return undefined;
  for (const event of ['workflow_dispatch', 'workflow_call']) {
    const config = workflow.on[event];
    const inputs = isDict(config) && isDict(config.inputs) ? config.inputs : undefined;
    const input = inputs?.[name];
    if (isDict(input) && input.default !== undefined) return scalar(input.default);
  }
  return undefined;
}

const merge = (parts: Resolved[]): Resolved => ({
  values: parts.every((p) => p.values.length) ? cartesian(parts.map((p) => p.values)) : [],
  unresolved: parts.flatMap((p) => p.unresolved),
  fallback: parts.some((p) => p.fallback) || undefined,
});

function cartesian(lists: string[][]): string[] {
  return lists.reduce<string[]>((acc, list) => acc.flatMap((prefix) => list.map((value) => prefix + value)), ['']).filter((v, i, all) => all.indexOf(v) === i);
}

const literal = (value: string): Resolved => ({ values: [value], unresolved: [] });
const unresolved = (ref: string, reason: UnresolvedReason): Resolved => ({ values: [], unresolved: [{ ref, reason }] });

/** Looks `name` up in step env, then GITHUB_ENV writes, then job env, then workflow env. */
function envLookup(scope: StepScope, name: string, depth: number): Resolved | undefined {
  const { workflow, job, step } = scope;
  for (const layer of [step.env, githubEnvWrites(job, step.index), job.env, workflow.env]) {
    if (name in layer) {
      const value = scalar(layer[name]);
      if (value === undefined) return unresolved(`env.${name}`, 'expression');
      // An env value is resolved in the scope above it, so it cannot see the script's own variables.
      return resolveText(value, { ...scope, scriptBefore: undefined }, depth + 1);
    }
  }
  return undefined;
}

function matrixLookup(scope: StepScope, key: string): Resolved {
  const matrix = scope.job.matrix;
  if (typeof matrix === 'string') return unresolved(`matrix.${key}`, 'matrix-dynamic');
  if (!isDict(matrix)) return unresolved(`matrix.${key}`, 'matrix-missing');
  const values: string[] = [];
  const raw = matrix[key];
  if (typeof raw === 'string' && raw.includes('${{')) return unresolved(`matrix.${key}`, 'matrix-dynamic');
  for (const value of Array.isArray(raw) ? raw : raw === undefined ? [] : [raw]) {
    const text = scalar(value);
    if (text !== undefined) values.push(text);
  }
  for (const entry of Array.isArray(matrix.include) ? matrix.include : []) {
    const text = isDict(entry) ? scalar(entry[key]) : undefined;
    if (text !== undefined) values.push(text);
  }
  return values.length ? { values: [...new Set(values)], unresolved: [] } : unresolved(`matrix.${key}`, 'matrix-missing');
}

/** One `${{ … }}` expression body. */
function resolveExpression(expression: string, scope: StepScope, depth: number): Resolved {
  const body = expression.trim();
  if (depth > MAX_DEPTH) return unresolved(body, 'too-deep');
  const alternatives = splitTopLevel(body, '||');
  if (alternatives.length > 1) {
    const first = resolveExpression(alternatives[0]!, scope, depth);
    if (first.values.length) return first;
    const rest = resolveExpression(alternatives.slice(1).join('||'), scope, depth);
    return rest.values.length ? { values: rest.values, unresolved: first.unresolved, fallback: true } : { values: [], unresolved: [...first.unresolved, ...rest.unresolved] };
  }
  const stringLiteral = /^'((?:[^']|'')*)'$/.exec(body);
  if (stringLiteral) return literal(stringLiteral[1]!.replace(/''/g, "'"));
  if (/^-?\d+(\.\d+)?$/.test(body) || body === 'true' || body === 'false') return literal(body);
  const ref = /^(env|matrix|vars|secrets|inputs|github\.event\.inputs)(?:\.([A-Za-z_][\w-]*)|\[\s*'([^']+)'\s*\])$/.exec(body);
  if (!ref) {
    // fromJSON(vars.X), format('{0}', secrets.Y), needs.plan.outputs.m: name what it depends on.
    if (/\bvars\./.test(body)) return unresolved(body, 'vars');
    if (/\bsecrets\./.test(body)) return unresolved(body, 'secrets');
    if (/\b(needs|steps)\.[\w-]+\.outputs\b/.test(body)) return unresolved(body, 'job-output');
    return unresolved(body, 'expression');
  }
  const [, context, dotted, bracketed] = ref;
  const name = (dotted ?? bracketed)!;
  switch (context) {
    case 'env':
      return envLookup(scope, name, depth) ?? unresolved(body, RUNNER_VARS.test(name) ? 'runner-variable' : 'undefined-variable');
    case 'matrix':
      return matrixLookup(scope, name);
    case 'vars':
      return unresolved(body, 'vars');
    case 'secrets':
      return unresolved(body, 'secrets');
    default: {
      const value = inputDefault(scope.workflow, name);
      return value === undefined ? unresolved(body, 'input-without-default') : literal(value);
    }
  }
}

/** Splits on a top-level operator, outside quotes and parentheses. */
function splitTopLevel(text: string, operator: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quoted = false;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === "'") quoted = !quoted;
    else if (!quoted && c === '(') depth++;
    else if (!quoted && c === ')') depth--;
    else if (!quoted && depth === 0 && text.startsWith(operator, i)) {
      parts.push(text.slice(start, i));
      start = i + operator.length;
      i += operator.length - 1;
    }
  }
  parts.push(text.slice(start));
  return parts.map((p) => p.trim());
}

function shellVariable(name: string, fallbackText: string | undefined, scope: StepScope, depth: number, written: string): Resolved {
  const local = scope.scriptBefore === undefined ? {} : scriptAssignments(scope.scriptBefore);
  if (name in local) return resolveText(String(local[name]), { ...scope, scriptBefore: undefined }, depth + 1);
  const fromEnv = envLookup(scope, name, depth);
  if (fromEnv) return fromEnv;
  if (fallbackText !== undefined) return { ...resolveText(fallbackText, scope, depth + 1), fallback: true };
  return unresolved(written, RUNNER_VARS.test(name) ? 'runner-variable' : 'undefined-variable');
}

/**
 * Resolves every expression and shell variable in `text` (a flag's value, an env value, a `with:` input).
 * Quotes around the whole value are removed first.
 */
export function resolveText(text: string, scope: StepScope, depth = 0): Resolved {
  if (depth > MAX_DEPTH) return unresolved(text, 'too-deep');
  const value = text.trim().replace(/^(["'])(.*)\1$/, '$2');
  const pattern = /\$\{\{\s*([\s\S]*?)\s*\}\}|\$\{([A-Za-z_][A-Za-z0-9_]*)(?::?-([^}]*))?\}|\$([A-Za-z_][A-Za-z0-9_]*)/g;
  const parts: Resolved[] = [];
  let last = 0;
  for (const match of value.matchAll(pattern)) {
    parts.push(literal(value.slice(last, match.index)));
    if (match[1] !== undefined) parts.push(resolveExpression(match[1], scope, depth));
    else if (match[2] !== undefined) parts.push(shellVariable(match[2], match[3], scope, depth, match[0]));
    else parts.push(shellVariable(match[4]!, undefined, scope, depth, match[0]));
    last = match.index + match[0].length;
  }
  parts.push(literal(value.slice(last)));
  return merge(parts);
}
