// A typed view over an already YAML-parsed GitHub Actions workflow: jobs, steps, env maps and triggers.
// Everything is read defensively because a learner's workflow may be half-written.

export interface WorkflowInput {
  /** Project-relative path, e.g. ".github/workflows/ci.yml". */
  file: string;
  /** The YAML document as parsed (YAML 1.1 parsers turn the `on` key into `true`). */
  data: unknown;
  /** The file's text, when available: used only to say on which line something is. */
  text?: string | undefined;
}

export type Dict = Record<string, unknown>;
export const isDict = (value: unknown): value is Dict => typeof value === 'object' && value !== null && !Array.isArray(value);

export interface StepView {
  index: number;
  /** The step's `name`, else its `uses`, else the first line of `run`, else "#index". */
  label: string;
  run?: string | undefined;
  uses?: string | undefined;
  with: Dict;
  env: Dict;
  shell?: string | undefined;
  /** `working-directory` of the step, else of the job's or workflow's `defaults.run` (monorepos). */
  workingDirectory?: string | undefined;
  continueOnError: unknown;
  raw: Dict;
}

export interface JobView {
  id: string;
  env: Dict;
  steps: StepView[];
  /** A job that calls a reusable workflow (`jobs.<id>.uses`). */
  uses?: string | undefined;
  with: Dict;
  continueOnError: unknown;
  matrix: unknown;
  /** `defaults.run.shell` of the job, else of the workflow. */
  defaultShell?: string | undefined;
  raw: Dict;
}

export interface WorkflowView {
  file: string;
  text?: string | undefined;
  env: Dict;
  jobs: JobView[];
  on: unknown;
}

const dictOf = (value: unknown): Dict => (isDict(value) ? value : {});
const stringOf = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

function stepLabel(raw: Dict, index: number): string {
  const name = stringOf(raw.name);
  if (name) return name;
  const uses = stringOf(raw.uses);
  if (uses) return uses;
  const run = stringOf(raw.run)?.trim().split('\n')[0];
  return run ? run.slice(0, 60) : `#${index + 1}`;
}

const shellOf = (defaults: unknown): string | undefined => stringOf(dictOf(dictOf(defaults).run).shell);
const directoryOf = (defaults: unknown): string | undefined => stringOf(dictOf(dictOf(defaults).run)['working-directory']);

export function viewWorkflow(input: WorkflowInput): WorkflowView {
  const data = dictOf(input.data);
  const workflowShell = shellOf(data.defaults);
  const workflowDirectory = directoryOf(data.defaults);
  const jobs = Object.entries(dictOf(data.jobs)).map(([id, value]): JobView => {
    const job = dictOf(value);
    const jobDirectory = directoryOf(job.defaults) ?? workflowDirectory;
    const steps = (Array.isArray(job.steps) ? job.steps : []).map((step, index): StepView => {
      const raw = dictOf(step);
      return {
        index,
        label: stepLabel(raw, index),
        run: stringOf(raw.run),
        uses: stringOf(raw.uses),
        with: dictOf(raw.with),
        env: dictOf(raw.env),
        shell: stringOf(raw.shell),
        workingDirectory: stringOf(raw['working-directory']) ?? jobDirectory,
        continueOnError: raw['continue-on-error'],
        raw,
      };
    });
    return {
      id,
      env: dictOf(job.env),
      steps,
      uses: stringOf(job.uses),
      with: dictOf(job.with),
      continueOnError: job['continue-on-error'],
      matrix: dictOf(job.strategy).matrix,
      defaultShell: shellOf(job.defaults) ?? workflowShell,
      raw: job,
    };
  });
  // YAML 1.1 reads the bare key `on` as the boolean true; JavaScript then keys it as "true".
  const on = 'on' in data ? data.on : data['true'];
  return { file: input.file, text: input.text, env: dictOf(data.env), jobs, on };
}

/** 1-based line of the first occurrence of `needle` in the workflow's text, if the text was given. */
export function lineOf(view: WorkflowView, needle: string, after = 0): number | undefined {
  if (!view.text || !needle) return undefined;
  const lines = view.text.split(/\r?\n/);
  for (let i = after; i < lines.length; i++) if (lines[i]!.includes(needle)) return i + 1;
  // A run: block may break the needle across lines; fall back to the first search without offset.
  return after > 0 ? lineOf(view, needle, 0) : undefined;
}

/** Line where a step starts (its `- name:` / `- uses:` / `- run:`), to search from there. */
export function stepLine(view: WorkflowView, step: StepView): number {
  if (!view.text) return 0;
  const key = stringOf(step.raw.name) ?? step.uses ?? step.run?.trim().split('\n')[0];
  if (!key) return 0;
  const line = lineOf(view, key);
  return line === undefined ? 0 : line - 1;
}

export interface Trigger {
  event: string;
  branches?: string[] | undefined;
  branchesIgnore?: string[] | undefined;
  tags?: string[] | undefined;
  paths?: string[] | undefined;
  /** `schedule`: the cron expressions. */
  cron?: string[] | undefined;
}

const stringList = (value: unknown): string[] | undefined =>
  Array.isArray(value) ? value.map(String) : typeof value === 'string' ? [value] : undefined;

/** The events a workflow runs on, from `on` written as a string, a list or a map. */
export function triggers(input: WorkflowInput | WorkflowView): Trigger[] {
  const on = 'jobs' in input && Array.isArray(input.jobs) ? (input as WorkflowView).on : viewWorkflow(input as WorkflowInput).on;
  if (typeof on === 'string') return [{ event: on }];
  if (Array.isArray(on)) return on.map((event) => ({ event: String(event) }));
  if (!isDict(on)) return [];
  return Object.entries(on).map(([event, config]): Trigger => {
    if (event === 'schedule') {
      const cron = (Array.isArray(config) ? config : []).map((entry) => stringOf(dictOf(entry).cron)).filter((c): c is string => c !== undefined);
      return { event, cron };
    }
    const body = dictOf(config);
    const trigger: Trigger = { event };
    const branches = stringList(body.branches);
    if (branches) trigger.branches = branches;
    const ignore = stringList(body['branches-ignore']);
    if (ignore) trigger.branchesIgnore = ignore;
    const tags = stringList(body.tags);
    if (tags) trigger.tags = tags;
    const paths = stringList(body.paths);
    if (paths) trigger.paths = paths;
    return trigger;
  });
}
