// The item kinds, one module each: what runs an item of that kind, its default time limit, and
// whether it needs a Python interpreter (without one, such items are "not run here").
import type { CheckItem, CheckKind } from '../../content/check-schema.js';
import { loadYaml } from '../parse/yaml.js';
import { laneOf } from '../schedule.js';
import type { KindContext, Outcome } from '../types.js';
import { command } from './command.js';
import { coverage } from './coverage.js';
import { csvShape } from './csv-shape.js';
import { dataShape } from './data-shape.js';
import { dependenciesPinned } from './dependencies-pinned.js';
import { dockerfile } from './dockerfile.js';
import { fileMatches } from './file-matches.js';
import { filesExist } from './files-exist.js';
import { gitignore } from './gitignore.js';
import { makefileTargets } from './makefile.js';
import { httpProbe } from './http-probe.js';
import { markdownSections } from './markdown-sections.js';
import { markdown } from './markdown.js';
import { mlflowStore } from './mlflow-store.js';
import { pythonAst } from './python-ast.js';
import { pythonProbe } from './python-probe.js';
import { reproducible } from './reproducible.js';
import type { Of } from './shared.js';
import { workflow } from './workflow.js';

interface Kind<K extends CheckKind> {
  run: (item: Of<K>, ctx: KindContext) => Outcome | Promise<Outcome>;
  timeoutSec: number;
  needsPython: (item: Of<K>) => boolean;
}

const never = () => false;
const always = () => true;
const argvUsesPython = (item: { argv: string[] }) => item.argv.some((arg) => arg.includes('{python}'));

export const KINDS: { [K in CheckKind]: Kind<K> } = {
  'files-exist': { run: filesExist, timeoutSec: 10, needsPython: never },
  'file-matches': { run: fileMatches, timeoutSec: 10, needsPython: never },
  gitignore: { run: gitignore, timeoutSec: 10, needsPython: never },
  makefile: { run: makefileTargets, timeoutSec: 10, needsPython: never },
  markdown: { run: markdown, timeoutSec: 10, needsPython: never },
  'markdown-sections': { run: markdownSections, timeoutSec: 10, needsPython: never },
  'data-shape': { run: dataShape, timeoutSec: 10, needsPython: never },
  'csv-shape': { run: csvShape, timeoutSec: 10, needsPython: never },
  'mlflow-store': { run: mlflowStore, timeoutSec: 10, needsPython: never },
  'dependencies-pinned': { run: dependenciesPinned, timeoutSec: 10, needsPython: never },
  dockerfile: { run: dockerfile, timeoutSec: 10, needsPython: never },
  workflow: { run: workflow, timeoutSec: 10, needsPython: never },
  'python-ast': { run: pythonAst, timeoutSec: 30, needsPython: always },
  'python-probe': { run: pythonProbe, timeoutSec: 120, needsPython: always },
  coverage: { run: coverage, timeoutSec: 300, needsPython: always },
  command: { run: command, timeoutSec: 300, needsPython: argvUsesPython },
  reproducible: { run: reproducible, timeoutSec: 600, needsPython: argvUsesPython },
  'http-probe': { run: httpProbe, timeoutSec: 90, needsPython: (item) => item.start.some((arg) => arg.includes('{python}')) },
};

export function kindOf<K extends CheckKind>(item: Of<K>): Kind<K> {
  return KINDS[item.kind as K];
}

export const needsPython = (item: CheckItem): boolean => kindOf(item).needsPython(item as never) || Boolean(item.pythonModules?.length);

export async function runKind(item: CheckItem, ctx: KindContext): Promise<Outcome> {
  // The items that only read files are the ones that may read YAML (parse/yaml.ts): they wait for the
  // parser, the tool commands and probes do not.
  if (laneOf(item) === 'reader') await loadYaml();
  return kindOf(item).run(item as never, ctx);
}
