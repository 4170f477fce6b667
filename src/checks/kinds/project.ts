// Kinds for the later modules' project files: a Dockerfile read statically, GitHub Actions workflows
// parsed as YAML, Markdown cards by section, and coverage measured with pytest-cov.
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { CheckItem } from '../../content/check-schema.js';
import { inside, isDir, listDir, readLearnerFile } from '../files.js';
import { runProcess } from '../process.js';
import { fail, pass, type KindContext, type Outcome } from '../types.js';
import { combinedOutput } from './command.js';

type Of<K extends CheckItem['kind']> = Extract<CheckItem, { kind: K }>;

function read(ctx: KindContext, file: string): { text: string } | Outcome {
  const got = readLearnerFile(ctx.dir, file);
  if (got.ok) return { text: got.text };
  if (got.reason === 'missing') return fail(ctx.t.msg.fileMissing(file));
  if (got.reason === 'not-file') return fail(ctx.t.msg.notAFile(file));
  return fail(ctx.t.msg.fileUnreadable(file, got.code));
}
const isOutcome = (value: object): value is Outcome => 'status' in value;

// ----------------------------------------------------------------------------- Dockerfile

export interface Instruction {
  name: string;
  args: string;
  line: number;
}

/** Instructions with their continuation lines joined; comments and blank lines dropped. */
export function dockerInstructions(text: string): Instruction[] {
  const out: Instruction[] = [];
  let pending = '';
  let startLine = 0;
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.trim();
    if (!pending && (!line || line.startsWith('#'))) return;
    if (pending && line.startsWith('#')) return;
    if (!pending) startLine = index + 1;
    if (line.endsWith('\\')) {
      pending += `${line.slice(0, -1)} `;
      return;
    }
    const full = `${pending}${line}`.trim();
    pending = '';
    const match = /^(\w+)\s*(.*)$/s.exec(full);
    if (match) out.push({ name: match[1]!.toUpperCase(), args: match[2]!.trim(), line: startLine });
  });
  if (pending.trim()) {
    const match = /^(\w+)\s*(.*)$/s.exec(pending.trim());
    if (match) out.push({ name: match[1]!.toUpperCase(), args: match[2]!.trim(), line: startLine });
  }
  return out;
}

const words = (args: string) => args.split(/\s+/).filter(Boolean);
const SECRET = /(^|\/)(\.env(\.[\w-]+)?|id_rsa\w*|id_ed25519\w*|credentials(\.\w+)?|secrets?(\.\w+)?|[\w.-]+\.(pem|key|p12|pfx))\/?$/i;

/** Source paths of a COPY/ADD (flags and the destination dropped; JSON form understood). */
function copySources(args: string): { sources: string[]; fromStage: boolean } {
  let parts: string[];
  const flags = words(args).filter((word) => word.startsWith('--'));
  const rest = args.replace(/^(\s*--\S+)+/, '').trim();
  if (rest.startsWith('[')) {
    try {
      parts = JSON.parse(rest) as string[];
    } catch {
      parts = words(rest);
    }
  } else parts = words(rest);
  return { sources: parts.slice(0, -1), fromStage: flags.some((flag) => flag.startsWith('--from=')) };
}

export function dockerfile(item: Of<'dockerfile'>, ctx: KindContext): Outcome {
  const got = read(ctx, item.file);
  if (isOutcome(got)) return got;
  const instructions = dockerInstructions(got.text);
  const froms = instructions.filter((i) => i.name === 'FROM');
  if (froms.length === 0) return fail(ctx.t.msg.dockerNoFrom(item.file));
  switch (item.rule) {
    case 'pinned-base': {
      const stages = new Set<string>();
      for (const from of froms) {
        const parts = words(from.args).filter((word) => !word.startsWith('--'));
        const image = parts[0] ?? '';
        const alias = parts[1]?.toUpperCase() === 'AS' ? parts[2] : undefined;
        const fromStage = stages.has(image.toLowerCase());
        if (alias) stages.add(alias.toLowerCase());
        // `FROM builder` starts from an earlier stage, already checked; scratch has no versions.
        if (fromStage || image === 'scratch') continue;
        if (image.includes('@sha256:')) continue;
        const tag = /:([^/:]+)$/.exec(image)?.[1];
        if (!tag || tag === 'latest') return fail(ctx.t.msg.dockerUnpinned(image, from.line));
      }
      return pass(ctx.t.msg.dockerPinned(froms.map((from) => words(from.args).filter((w) => !w.startsWith('--'))[0]).join(', ')));
    }
    case 'non-root-user': {
      // Only the final stage's USER matters: it is the one the container runs as.
      const lastFrom = instructions.lastIndexOf(froms[froms.length - 1]!);
      const users = instructions.slice(lastFrom).filter((i) => i.name === 'USER');
      const user = users.at(-1)?.args.split(':')[0]?.trim();
      if (!user) return fail(ctx.t.msg.dockerNoUser);
      if (user === 'root' || user === '0') return fail(ctx.t.msg.dockerRootUser(users.at(-1)!.line));
      return pass(ctx.t.msg.dockerUser(user));
    }
    case 'no-secrets': {
      for (const copy of instructions.filter((i) => i.name === 'COPY' || i.name === 'ADD')) {
        const { sources, fromStage } = copySources(copy.args);
        if (fromStage) continue;
        const secret = sources.find((source) => SECRET.test(source.replace(/^\.\//, '')));
        if (secret) return fail(ctx.t.msg.dockerSecret(secret, copy.line));
        // `COPY . .` sends the whole folder: a .env in it goes too unless .dockerignore excludes it.
        if (sources.some((source) => source === '.' || source === './')) {
          const ignore = readLearnerFile(ctx.dir, '.dockerignore');
          const ignored = ignore.ok && ignore.text.split(/\r?\n/).some((line) => /^\s*(\*\*\/)?\.env\*?\s*$/.test(line));
          if (!ignored) return fail(ctx.t.msg.dockerCopyAll(copy.line));
        }
      }
      return pass(ctx.t.msg.dockerNoSecrets);
    }
    case 'cmd': {
      const last = instructions.filter((i) => i.name === 'CMD' || i.name === 'ENTRYPOINT').at(-1);
      if (!last) return fail(ctx.t.msg.dockerNoCmd);
      const pattern = new RegExp(item.cmd ?? '.', 'i');
      return pattern.test(last.args) ? pass(`${last.name} ${last.args}`.slice(0, 120)) : fail(ctx.t.msg.dockerCmd(`${last.name} ${last.args}`.slice(0, 80), item.cmd ?? ''));
    }
  }
}

// ----------------------------------------------------------------------------- GitHub Actions

interface Workflow {
  file: string;
  data: Record<string, unknown>;
}

type Step = { uses?: unknown; run?: unknown; name?: unknown; with?: unknown };

function loadWorkflows(item: Of<'workflow'>, ctx: KindContext): Workflow[] | Outcome {
  const folder = inside(ctx.dir, item.dir);
  if (!folder || !isDir(folder)) return fail(ctx.t.msg.noWorkflows(item.dir));
  const files = listDir(folder).filter((name) => /\.ya?ml$/.test(name));
  if (files.length === 0) return fail(ctx.t.msg.noWorkflows(item.dir));
  const workflows: Workflow[] = [];
  for (const name of files) {
    const rel = `${item.dir}/${name}`;
    const got = read(ctx, rel);
    if (isOutcome(got)) return got;
    let data: unknown;
    try {
      // GitHub reads YAML 1.2 for `on:`; the yaml package's default core schema keeps it a string key.
      data = parseYaml(got.text, { maxAliasCount: 100, prettyErrors: false });
    } catch (error) {
      return fail(ctx.t.msg.parseError(rel, String((error as Error).message).split('\n')[0]!));
    }
    if (data === null || typeof data !== 'object' || Array.isArray(data)) return fail(ctx.t.msg.workflowNotMapping(rel));
    workflows.push({ file: rel, data: data as Record<string, unknown> });
  }
  return workflows;
}

/** Trigger names of a workflow's `on` (a string, a list or a mapping). PyYAML would read `on` as True. */
function triggersOf(data: Record<string, unknown>): string[] {
  const on = data.on ?? data.true ?? data.True;
  if (typeof on === 'string') return [on];
  if (Array.isArray(on)) return on.map(String);
  if (on && typeof on === 'object') return Object.keys(on);
  return [];
}

function jobsOf(data: Record<string, unknown>): Record<string, unknown>[] {
  const jobs = data.jobs;
  return jobs && typeof jobs === 'object' ? Object.values(jobs as Record<string, unknown>).filter((job): job is Record<string, unknown> => Boolean(job) && typeof job === 'object') : [];
}

function stepsOf(workflows: Workflow[]): Step[] {
  return workflows.flatMap((w) => jobsOf(w.data)).flatMap((job) => (Array.isArray(job.steps) ? (job.steps as unknown[]).filter((s): s is Step => Boolean(s) && typeof s === 'object') : []));
}

const text = (value: unknown) => (typeof value === 'string' ? value : '');

export function workflow(item: Of<'workflow'>, ctx: KindContext): Outcome {
  const loaded = loadWorkflows(item, ctx);
  if (isOutcome(loaded)) return loaded;
  const steps = stepsOf(loaded);
  switch (item.rule) {
    case 'parses':
      return pass(ctx.t.msg.workflowsRead(loaded.map((w) => w.file).join(', ')));
    case 'triggers': {
      const found = new Set(loaded.flatMap((w) => triggersOf(w.data)));
      const missing = item.triggers.filter((trigger) => !found.has(trigger));
      return missing.length ? fail(ctx.t.msg.triggersMissing(missing.join(', '))) : pass(ctx.t.msg.triggers([...found].join(', ')));
    }
    case 'matrix': {
      let best: unknown[] = [];
      for (const job of loaded.flatMap((w) => jobsOf(w.data))) {
        const matrix = (job.strategy as { matrix?: unknown } | undefined)?.matrix;
        if (!matrix || typeof matrix !== 'object') continue;
        for (const [key, values] of Object.entries(matrix as Record<string, unknown>))
          if (/python/i.test(key) && Array.isArray(values) && values.length > best.length) best = values;
      }
      if (best.length === 0) return fail(ctx.t.msg.noMatrix);
      const numbers = best.filter((value) => typeof value === 'number');
      if (numbers.length) return fail(ctx.t.msg.matrixNumbers(numbers.map(String).join(', ')));
      const distinct = new Set(best.map(String));
      if (distinct.size < item.minVersions) return fail(ctx.t.msg.matrixSmall(distinct.size, item.minVersions));
      return pass(ctx.t.msg.matrix([...distinct].join(', ')));
    }
    case 'coverage-gate': {
      const runs = steps.map((step) => text(step.run)).filter((run) => /pytest/.test(run));
      if (runs.length === 0) return fail(ctx.t.msg.noPytestStep);
      const gates = runs.flatMap((run) => [...run.matchAll(/--cov-fail-under[=\s]+(\d+(?:\.\d+)?)/g)].map((match) => Number(match[1])));
      if (gates.length === 0) return fail(ctx.t.msg.noCoverageGate(item.minCoverage));
      const gate = Math.max(...gates);
      return gate >= item.minCoverage ? pass(ctx.t.msg.coverageGate(gate)) : fail(ctx.t.msg.coverageGateLow(gate, item.minCoverage));
    }
    case 'secret-scan': {
      const found = steps.some((step) => /gitleaks|trufflehog/i.test(`${text(step.uses)} ${text(step.run)}`));
      return found ? pass(ctx.t.msg.ok) : fail(ctx.t.msg.noStep('gitleaks'));
    }
    case 'dependency-audit': {
      const found = steps.some((step) => /pip-audit|gh-action-pip-audit|\bsafety\b/i.test(`${text(step.uses)} ${text(step.run)}`));
      return found ? pass(ctx.t.msg.ok) : fail(ctx.t.msg.noStep('pip-audit / safety'));
    }
  }
}

// ----------------------------------------------------------------------------- Markdown cards

interface Section {
  heading: string;
  body: string;
}

/** Sections split at every heading of level 2 or deeper (fenced code is not a heading). */
export function markdownSectionsOf(source: string): Section[] {
  const sections: Section[] = [];
  let current: Section | undefined;
  let fenced = false;
  for (const line of source.split(/\r?\n/)) {
    if (/^\s*(```|~~~)/.test(line)) fenced = !fenced;
    const heading = !fenced && /^(#{2,6})\s+(.*?)\s*#*\s*$/.exec(line);
    if (heading) {
      current = { heading: heading[2]!, body: '' };
      sections.push(current);
    } else if (current) current.body += `${line}\n`;
  }
  return sections;
}

const countWords = (body: string) => body.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
const countNumbers = (body: string) => (body.match(/\d+(?:[.,]\d+)?\s*%?/g) ?? []).length;

const HTML_TAGS = new Set(['a', 'b', 'i', 'em', 'strong', 'br', 'hr', 'p', 'div', 'span', 'img', 'sub', 'sup', 'code', 'kbd', 'pre', 'details', 'summary', 'table', 'thead', 'tbody', 'tr', 'td', 'th', 'ul', 'ol', 'li', 'small', 'u', 's']);

/** A template placeholder left on the line (outside inline code), or undefined. */
export function placeholderIn(line: string): string | undefined {
  const prose = line.replace(/`[^`]*`/g, '');
  if (/\b(TODO|TBD|FIXME)\b/.test(prose)) return 'TODO/TBD';
  if (/\[\s*(fill|rellenar|completar|insert|añadir|add)\b[^\]]*\]/i.test(prose)) return '[fill …]';
  if (/<!--/.test(prose)) return '<!-- … -->';
  for (const match of prose.matchAll(/<([^<>]{1,60})>/g)) {
    const inner = match[1]!.trim();
    if (/^(https?:|mailto:)/i.test(inner)) continue;
    const tag = /^\/?([a-z][a-z0-9]*)(\s[^<>]*)?\/?$/i.exec(inner)?.[1]?.toLowerCase();
    if (tag && HTML_TAGS.has(tag)) continue;
    return `<${inner}>`;
  }
  return undefined;
}

export function markdownSections(item: Of<'markdown-sections'>, ctx: KindContext): Outcome {
  const problems: string[] = [];
  const figures: string[] = [];
  for (const file of item.files) {
    const got = read(ctx, file);
    if (isOutcome(got)) return got;
    const sections = markdownSectionsOf(got.text);
    if (item.noPlaceholders) {
      let fenced = false;
      for (const [index, line] of got.text.split(/\r?\n/).entries()) {
        if (/^\s*(```|~~~)/.test(line)) fenced = !fenced;
        const found = fenced ? undefined : placeholderIn(line);
        if (found) {
          problems.push(ctx.t.msg.placeholder(file, index + 1, found));
          break;
        }
      }
    }
    for (const wanted of item.sections) {
      const section = sections.find((s) => wanted.heading.some((alt) => new RegExp(alt, 'iu').test(s.heading)));
      if (!section) {
        problems.push(ctx.t.msg.sectionMissing(file, wanted.heading.map((alt) => `"${alt}"`).join(' / ')));
        continue;
      }
      const wordCount = countWords(section.body);
      const numbers = countNumbers(section.body);
      if (wordCount < wanted.minWords) problems.push(ctx.t.msg.sectionShort(file, section.heading, wordCount, wanted.minWords));
      if (numbers < wanted.minNumbers) problems.push(ctx.t.msg.sectionFigures(file, section.heading, numbers, wanted.minNumbers));
      else if (wanted.minNumbers) figures.push(`${section.heading}: ${numbers}`);
    }
    if (item.minWordsPerSection) {
      // A heading directly followed by sub-headings is a parent: its words are the children's.
      for (const [index, section] of sections.entries()) {
        const wordCount = countWords(section.body);
        const parent = wordCount === 0 && sections[index + 1] !== undefined && /^\s*$/.test(section.body);
        if (!parent && wordCount < item.minWordsPerSection) problems.push(ctx.t.msg.sectionShort(file, section.heading, wordCount, item.minWordsPerSection));
      }
    }
  }
  if (problems.length) return fail(problems.slice(0, 4).join('; '));
  return pass(figures.length ? figures.join(', ') : ctx.t.msg.ok);
}

// ----------------------------------------------------------------------------- coverage

/**
 * Coverage measured for real: pytest with pytest-cov into a data file in the scratch folder, then
 * `coverage json` (Debian 12's pytest-cov 4.0 has no --cov-report=json) and totals.percent_covered.
 * Failing tests do not stop the measurement (the pytest item grades them).
 */
export async function coverage(item: Of<'coverage'>, ctx: KindContext): Promise<Outcome> {
  const scratch = ctx.env.TMPDIR ?? ctx.dir;
  const dataFile = join(scratch, 'mlops-tutor.coverage');
  const jsonFile = join(scratch, 'mlops-tutor-coverage.json');
  const env = { ...ctx.env, COVERAGE_FILE: dataFile };
  const deadline = Date.now() + ctx.timeoutMs;
  const options = () => ({ cwd: ctx.dir, timeoutMs: Math.max(1000, deadline - Date.now()), env, signal: ctx.signal });
  const tests = await runProcess([ctx.python!, '-m', 'pytest', '-q', `--cov=${item.source}`, '--cov-report=', ...item.args], options());
  const output = combinedOutput(tests, ctx);
  if (tests.aborted) return { status: 'error', message: ctx.t.interrupted, output };
  if (tests.timedOut) return fail(ctx.t.msg.timedOut(Math.round(ctx.timeoutMs / 1000)), output);
  // 0: passed, 1: some tests failed; anything else (no tests, usage error) measured nothing useful.
  if (tests.exitCode !== 0 && tests.exitCode !== 1) return fail(ctx.t.msg.coverageNotRun(String(tests.exitCode), output.split('\n').filter(Boolean).slice(-2).join(' ⏎ ').slice(0, 300)), output);
  const report = await runProcess([ctx.python!, '-m', 'coverage', 'json', '-o', jsonFile], options());
  if (report.aborted) return { status: 'error', message: ctx.t.interrupted, output };
  const got = readLearnerFile(scratch, 'mlops-tutor-coverage.json');
  let percent: number | undefined;
  try {
    percent = got.ok ? Number((JSON.parse(got.text) as { totals?: { percent_covered?: number } }).totals?.percent_covered) : undefined;
  } catch {
    percent = undefined;
  }
  if (percent === undefined || !Number.isFinite(percent)) return fail(ctx.t.msg.coverageNotRun(String(report.exitCode), combinedOutput(report, ctx).split('\n').filter(Boolean).slice(-1).join('').slice(0, 300)), output);
  const rounded = Math.round(percent * 10) / 10;
  return percent >= item.min ? pass(ctx.t.msg.coverage(rounded, item.min), output) : fail(ctx.t.msg.coverage(rounded, item.min), output);
}
