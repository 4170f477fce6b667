// The syllabus's final deliverables ("Entregables finales"), each ticked only from the checker runs
// kept in the store: which module checks passed, with their scores and dates. Nothing here can be
// ticked by hand; a deliverable is as done as the checks that evidence it.
import { checkScores, type CheckProgress, type ModuleProgress } from './progress.js';
import type { ModuleId } from './types.js';

export const DELIVERABLE_IDS = ['portfolio', 'ci-cd', 'cards', 'deploy', 'observability', 'runbooks'] as const;
export type DeliverableId = (typeof DELIVERABLE_IDS)[number];

/**
 * The module checks that evidence each deliverable, in the syllabus's order. Why these checks:
 * - portfolio ("Portafolio ML reproducido localmente"): the syllabus's goal is to reproduce the
 *   portfolio's key artefacts; 00 grades the environment that runs the projects (pinned
 *   requirements, a virtual environment), 02 a reproducible ETL, 04 a training script whose metrics
 *   and model come out the same twice, 05 the DVC pipeline that `dvc repro` rebuilds with tracked runs.
 *   01 and 03 grade code quality and a transformer, which reproduce nothing by themselves.
 * - ci-cd ("3 proyectos con CI/CD funcionando"): 08 grades the GitHub Actions workflow (matrix,
 *   coverage gate, secret scan, dependency audit). It grades one project: the other two are the
 *   learner's to repeat, which the screen says.
 * - cards ("Model Cards y Dataset Cards completos"): 09 grades both cards, sections and substance.
 * - deploy ("APIs y dashboards desplegables"): 06 grades the FastAPI service and its Dockerfile, 07
 *   the Streamlit dashboard that starts and calls the API.
 * - observability ("Sistema de observabilidad básico"): 10 grades JSON logs, /metrics, drift and alerts.
 * - runbooks ("Runbooks de mantenimiento"): 11 grades the runbook, the maintenance guide and the
 *   validation and regression scripts.
 */
export const DELIVERABLE_EVIDENCE: Readonly<Record<DeliverableId, readonly ModuleId[]>> = {
  portfolio: ['00', '02', '04', '05'],
  'ci-cd': ['08'],
  cards: ['09'],
  deploy: ['06', '07'],
  observability: ['10'],
  runbooks: ['11'],
};

export type DeliverableState = 'done' | 'partial' | 'missing';

/** One module check as evidence: its last run (what the project stands at now) and its best. */
export interface Evidence {
  module: ModuleId;
  passed: boolean;
  /** The last run's score; null before the first run. */
  last: number | null;
  best: number | null;
  /** When the last run happened (ISO time); null before the first run or for a run stored without a time. */
  at: string | null;
  runs: number;
}

export interface Deliverable {
  id: DeliverableId;
  state: DeliverableState;
  evidence: Evidence[];
  /** The evidence still missing: modules whose check has not passed, in order. */
  missing: ModuleId[];
  /** What to run next: the check of the first missing module; null when done. */
  next: string | null;
}

/** The command that produces a module's evidence. */
export const checkCommand = (module: ModuleId) => `mlops-tutor check ${module}`;

/**
 * A check's evidence, judged as a module's state is (checkScores): by the last run's own verdict, or
 * its score for runs stored before verdicts were. A later lower run means the project broke, and a
 * deliverable built on it is not done any more.
 */
export function checkEvidence(module: ModuleId, check: CheckProgress | undefined): Evidence {
  const scores = checkScores(check);
  if (!check || !scores) return { module, passed: false, last: null, best: null, at: null, runs: 0 };
  const lastRun = check.history[check.history.length - 1];
  // A record kept without runs (an older store): its summary is all there is.
  return {
    module,
    passed: scores.passed,
    last: scores.last,
    best: scores.best,
    at: lastRun?.at || null,
    runs: check.history.length,
  };
}

export function deliverableOf(id: DeliverableId, progress: Partial<Record<ModuleId, ModuleProgress>>): Deliverable {
  const evidence = DELIVERABLE_EVIDENCE[id].map((module) => checkEvidence(module, progress[module]?.check));
  const missing = evidence.filter((item) => !item.passed).map((item) => item.module);
  const state: DeliverableState =
    missing.length === 0 ? 'done' : missing.length < evidence.length ? 'partial' : 'missing';
  return { id, state, evidence, missing, next: missing[0] ? checkCommand(missing[0]) : null };
}

/** Every final deliverable, in the syllabus's order, from the stored checker runs. */
export function deliverables(progress: Partial<Record<ModuleId, ModuleProgress>>): Deliverable[] {
  return DELIVERABLE_IDS.map((id) => deliverableOf(id, progress));
}

/** How many deliverables are done, for a one-line summary. */
export function deliverablesDone(list: readonly Deliverable[]): number {
  return list.filter((item) => item.state === 'done').length;
}
