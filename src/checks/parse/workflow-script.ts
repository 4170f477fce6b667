// What every workflow analysis shares: `run:` scripts as the shell reads them, and where a finding is.
import type { FindingArgs } from './finding.js';
import { lineOf, stepLine, type JobView, type StepView, type WorkflowView } from './workflow-model.js';

export interface ScriptLine {
  text: string;
  /** The first physical line, as it appears in the file (to find its line number). */
  first: string;
  /** 0-based line inside the `run:` block. */
  offset: number;
}

/** A `run:` script as shell sees it: backslash-continued lines joined. */
export function scriptLines(run: string): ScriptLine[] {
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

export const place = (view: WorkflowView, job: JobView, step: StepView, needle: string): FindingArgs & { file: string; line?: number } => {
  const line = lineOf(view, needle, stepLine(view, step));
  return { file: view.file, ...(line === undefined ? {} : { line }), job: job.id, step: step.label };
};

export type Place = FindingArgs & { file: string; line?: number };

/** The same job and step, but the value was read in another file (a config, the Makefile). */
export const relocate = (where: Place, file: string, line: number | undefined): Place => {
  const { line: _old, ...rest } = where;
  return { ...rest, file, ...(line === undefined ? {} : { line }) };
};

