// One strict schema per checker item kind (and the small types they share); check-schema.ts joins them
// into the discriminated union on `kind`.
import { z } from 'zod';
import { MODULE_IDS, RUBRIC_CATEGORIES } from '../core/types.js';

export const nonEmpty = z.string().trim().min(1, 'must not be empty');
export const localized = z.strictObject({ es: nonEmpty, en: nonEmpty });
export const moduleId = z.enum(MODULE_IDS, { error: 'must be a module id 00–11' });

/** A path inside the module folder: relative, no way out of it. */
export const relPath = nonEmpty.refine(
  (path) => !path.startsWith('/') && !path.split(/[\\/]/).includes('..'),
  'must be a relative path inside the module folder',
);

export const regex = nonEmpty.refine((source) => {
  try {
    new RegExp(source);
    return true;
  } catch {
    return false;
  }
}, 'must be a valid regular expression');

/**
 * A command as an argv array (never a shell string). `{python}` is replaced by the Python the checker
 * found; `{helper}` by the folder of the Python helper scripts that ship with the package.
 */
export const argv = z.array(nonEmpty).min(1);

export const common = {
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be kebab-case'),
  title: localized,
  category: z.enum(RUBRIC_CATEGORIES),
  points: z.number().int().positive(),
  hint: localized,
  timeoutSec: z.number().positive().max(1800).optional(),
  requires: z.array(z.string()).optional(),
  /** Python modules the item needs; when one is missing the item is skipped with an install hint. */
  pythonModules: z.array(nonEmpty).optional(),
  /** A command-line tool the item needs (looked up in the module's .venv/bin, then PATH). */
  tool: nonEmpty.optional(),
};

export const pattern = z.strictObject({
  regex,
  flags: z
    .string()
    .regex(/^[imsu]*$/)
    .optional(),
  label: nonEmpty.optional(),
});

export const filesExist = z.strictObject({
  ...common,
  kind: z.literal('files-exist'),
  /** Files that must exist; a `*` in the last segment matches any name (`models/*.pkl`). */
  files: z.array(relPath).default([]),
  dirs: z.array(relPath).default([]),
});

export const fileMatches = z.strictObject({
  ...common,
  kind: z.literal('file-matches'),
  file: relPath,
  /** Every pattern must match somewhere in the file (multiline mode). */
  patterns: z.array(pattern).default([]),
  /** Every non-empty line not starting with a comment must match this (e.g. pinned requirements). */
  eachLine: pattern.optional(),
  /** None of these may match. */
  forbid: z.array(pattern).default([]),
});

/** .gitignore read with git's rules: each entry is ignored when any of its paths is (a trailing / is a folder). */
export const gitignore = z.strictObject({
  ...common,
  kind: z.literal('gitignore'),
  file: relPath,
  ignores: z.array(z.strictObject({ paths: z.array(nonEmpty).min(1), label: nonEmpty })).min(1),
});

/** Makefile targets: one of `names` must exist, and what it runs (prerequisites included) match every `runs`. */
export const makefile = z.strictObject({
  ...common,
  kind: z.literal('makefile'),
  file: relPath,
  targets: z.array(z.strictObject({ names: z.array(nonEmpty).min(1), runs: z.array(pattern).default([]) })).min(1),
});

export const astQuery = z.discriminatedUnion('query', [
  z.strictObject({
    query: z.literal('class'),
    name: nonEmpty,
    bases: z.array(nonEmpty).default([]),
    methods: z.array(nonEmpty).default([]),
  }),
  z.strictObject({
    query: z.literal('typed-functions'),
    docstrings: z.boolean().default(true),
    moduleDocstring: z.boolean().default(false),
    min: z.number().int().min(0).default(1),
  }),
  z.strictObject({ query: z.literal('pydantic-model'), name: nonEmpty, fieldConstraints: z.boolean().default(true) }),
  z.strictObject({ query: z.literal('functions'), names: z.array(nonEmpty).min(1) }),
  z.strictObject({ query: z.literal('calls'), names: z.array(z.array(nonEmpty).min(1)).min(1) }),
  /** Every call passing `keyword` passes `value`; without `value`, any fixed value (a literal, a constant, params["seed"]) but None. */
  z.strictObject({
    query: z.literal('keyword-value'),
    keyword: nonEmpty,
    value: z.union([z.number(), z.string(), z.boolean()]).optional(),
  }),
  /** The file emits JSON logs by construct (what the `jsonLogging` artefact construct looks for). */
  z.strictObject({ query: z.literal('json-logging') }),
  /** A data contract checked: a validate_… / check_…-like function that raises or asserts, or pandera / Great Expectations / pydantic at work. */
  z.strictObject({ query: z.literal('data-contract') }),
]);

export const pythonAst = z.strictObject({ ...common, kind: z.literal('python-ast'), file: relPath, assert: astQuery });

export const pythonProbe = z.strictObject({
  ...common,
  kind: z.literal('python-probe'),
  /** A probe of checks/python/probes.py: it imports and runs the learner's code in the module folder. */
  probe: z.enum([
    'python-env',
    'version-gate',
    'call-functions',
    'load-config',
    'transformer',
    'artifact-transform',
    'json-logs',
    'prometheus-metrics',
    'drift-script',
  ]),
  args: z.record(z.string(), z.unknown()).default({}),
});

export const command = z.strictObject({
  ...common,
  kind: z.literal('command'),
  argv,
  cwd: relPath.optional(),
  /** The exit code expected; "non-zero" for a command that must refuse (a validator on broken input). */
  exitCode: z.union([z.number().int(), z.literal('non-zero')]).default(0),
  /** Must match stdout+stderr. */
  output: pattern.optional(),
  /** A figure parsed from the output (first capture group) and the minimum it must reach. */
  figure: z.strictObject({ regex, min: z.number(), label: nonEmpty.optional() }).optional(),
  /** Files the command must leave behind (checked after it ran). */
  creates: z.array(relPath).default([]),
  /**
   * Run in a throw-away copy of the project with these files replaced (broken data, a corrupt model):
   * behaviour that must fail can be tested without touching the learner's files.
   */
  sandbox: z
    .strictObject({ replace: z.array(z.strictObject({ file: relPath, content: z.string(), label: localized })).min(1) })
    .optional(),
});

export const dependenciesPinned = z.strictObject({
  ...common,
  kind: z.literal('dependencies-pinned'),
  /** Packages the module is about (PyPI names): they must be among the pinned dependencies. */
  packages: z.array(nonEmpty).default([]),
});

export const reproducible = z.strictObject({
  ...common,
  kind: z.literal('reproducible'),
  argv,
  cwd: relPath.optional(),
  /** Files whose bytes must be identical after each run. */
  outputs: z.array(relPath).min(1),
  runs: z.number().int().min(2).max(5).default(2),
});

export const fieldRule = z.strictObject({
  /** Dotted path; `*` matches any key or index. The rule passes when some matched value satisfies it. */
  path: nonEmpty,
  type: z.enum(['string', 'number', 'boolean', 'object', 'array']).optional(),
  equals: z.union([z.string(), z.number(), z.boolean()]).optional(),
  min: z.number().optional(),
  /** Keys the value (an object) must all have. */
  has: z.array(nonEmpty).optional(),
  label: nonEmpty.optional(),
});

export const dataShape = z.strictObject({
  ...common,
  kind: z.literal('data-shape'),
  file: relPath,
  format: z.enum(['json', 'yaml']),
  fields: z.array(fieldRule).default([]),
});

export const csvShape = z.strictObject({
  ...common,
  kind: z.literal('csv-shape'),
  file: relPath,
  columns: z.array(nonEmpty).default([]),
  noNulls: z.array(nonEmpty).default([]),
  unique: z.array(nonEmpty).default([]),
  minRows: z.number().int().min(0).default(1),
  /**
   * A project built on another dataset (none of `columns` present) is judged by its own key and target:
   * the id column (`id`, `*_id`) unique and not null, the target (exited, churn, label, price…, else the
   * last column) not null, no duplicated rows. Without it, missing columns fail.
   */
  ownDataset: z.boolean().default(false),
});

export const markdown = z.strictObject({
  ...common,
  kind: z.literal('markdown'),
  file: relPath,
  minWords: z.number().int().min(0).default(0),
  /** Facts that must be stated somewhere in the document (its YAML front matter included): a real date, not the word "date". */
  facts: z.array(z.enum(['date', 'license', 'version', 'seed', 'rows'])).default([]),
  /** Headings that must exist; each entry lists accepted alternatives (regex, case-insensitive). */
  headings: z.array(z.array(regex).min(1)).default([]),
  /** Things the text must mention (regex, case-insensitive), each with a label for the message. */
  /**
   * `script` ("@id?"): the project's script for this mention, found by discovery; the mention is also met
   * by `python <its path>` or `python -m <its module>`, whatever the file is called.
   */
  mentions: z.array(z.strictObject({ regex, label: nonEmpty, script: z.string().optional() })).default([]),
});

export const mlflowStore = z.strictObject({
  ...common,
  kind: z.literal('mlflow-store'),
  dir: relPath.default('mlruns'),
  minRuns: z.number().int().min(1).default(1),
  params: z.boolean().default(true),
  metrics: z.boolean().default(true),
});
