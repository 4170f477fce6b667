// The checker definition format (checks/NN-slug.yaml): one strict schema per item kind, joined as a
// discriminated union on `kind`, so a typo in a parameter is an error rather than a silently ignored key.
import { z } from 'zod';
import {
  astQuery,
  command,
  csvShape,
  dataShape,
  dependenciesPinned,
  fieldRule,
  fileMatches,
  filesExist,
  gitignore,
  localized,
  makefile,
  markdown,
  mlflowStore,
  moduleId,
  nonEmpty,
  pythonAst,
  pythonProbe,
  relPath,
  reproducible,
} from './check-item-schemas.js';
import { coverage, dockerfile, httpProbe, httpRequest, markdownSections, workflow } from './check-service-schemas.js';

/** What identifies a Python artefact, wherever it lives in the project (read with ast, never imported). */
export const pythonConstructSchema = z.strictObject({
  /** A class with all these bases (last names) and methods. */
  class: z.strictObject({ bases: z.array(nonEmpty).default([]), methods: z.array(nonEmpty).default([]) }).optional(),
  /** A pydantic model (a BaseModel / BaseSettings subclass), with a constrained field when asked. */
  pydanticModel: z.strictObject({ constrained: z.boolean().default(false) }).optional(),
  /** A module-level `x = FastAPI(...)`. */
  fastapiApp: z.boolean().optional(),
  /** Module-level functions with all these names. */
  functions: z.array(nonEmpty).optional(),
  /** A call of any of these names (last attribute: `mlflow.log_metric` → log_metric). */
  calls: z.array(nonEmpty).optional(),
  /** Emits JSON logs by construct: a logging.Formatter subclass that json-dumps, python-json-logger, structlog's JSONRenderer, loguru serialize=True, a dictConfig with a JSON formatter. */
  jsonLogging: z.boolean().optional(),
  /** An `if __name__ == "__main__":` block: a script. */
  script: z.boolean().optional(),
  /** Imports all these top-level modules (streamlit, prometheus_client…). */
  imports: z.array(nonEmpty).optional(),
  /** The lesson's object names, preferred when several match. */
  prefer: z.array(nonEmpty).default([]),
  /** Test files are candidates only when true. */
  tests: z.boolean().default(false),
});
export type PythonConstruct = z.infer<typeof pythonConstructSchema>;

/**
 * How to find an artefact (DESIGN §6): the lesson's names first, compared case-insensitively with
 * `-`/`_`/space variants alike, in the given folders, then (when `anywhere`) anywhere in the project;
 * `upToGitRoot` also searches the folders above the project up to its git root (CI, DVC); `python`
 * identifies a Python file by what it defines; `produced` finds a file a command wrote under another name.
 */
export const artefactSpecSchema = z.strictObject({
  what: localized,
  names: z.array(nonEmpty).default([]),
  folders: z.array(nonEmpty).default(['.']),
  anywhere: z.boolean().default(false),
  upToGitRoot: z.boolean().default(false),
  dir: z.boolean().default(false),
  python: pythonConstructSchema.optional(),
  produced: z.array(nonEmpty).default([]),
  /** A regex the file must match to be this artefact (pytest's settings may sit in any of four files). */
  containing: nonEmpty.optional(),
});
export type ArtefactSpec = z.infer<typeof artefactSpecSchema>;
export const artefactId = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be kebab-case');
export const artefactCatalogueSchema = z.record(artefactId, artefactSpecSchema);

export const checkItemSchema = z.discriminatedUnion('kind', [
  httpProbe,
  dockerfile,
  workflow,
  coverage,
  markdownSections,
  filesExist,
  fileMatches,
  gitignore,
  makefile,
  pythonAst,
  pythonProbe,
  command,
  dependenciesPinned,
  reproducible,
  dataShape,
  csvShape,
  markdown,
  mlflowStore,
]);
export type CheckItem = z.infer<typeof checkItemSchema>;
export type CheckKind = CheckItem['kind'];
export type AstQuery = z.infer<typeof astQuery>;
export type FieldRule = z.infer<typeof fieldRule>;
export type HttpRequest = z.infer<typeof httpRequest>;

export const checkSchema = z
  .strictObject({
    id: moduleId,
    module: moduleId,
    slug: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be kebab-case'),
    title: localized,
    /** The default folder in the workspace (`NN-slug`). */
    path: relPath,
    passScore: z.number().int().min(0).max(100),
    /** This checker's own artefacts; checks/artefacts.yaml holds the shared ones (README, requirements…). */
    artefacts: z.record(artefactId, artefactSpecSchema).default({}),
    items: z.array(checkItemSchema).min(1),
  })
  .superRefine((check, ctx) => {
    const seen = new Set<string>();
    check.items.forEach((item, index) => {
      if (seen.has(item.id))
        ctx.addIssue({ code: 'custom', path: ['items', index, 'id'], message: `"${item.id}" is used twice` });
      for (const required of item.requires ?? [])
        if (!seen.has(required))
          ctx.addIssue({
            code: 'custom',
            path: ['items', index, 'requires'],
            message: `"${required}" must be an item defined before this one`,
          });
      seen.add(item.id);
    });
  });
export type CheckDefinition = z.infer<typeof checkSchema>;

/** Rubric totals a checker's items must add up to, category by category (run where the syllabus is known). */
export function rubricMismatches(
  check: CheckDefinition,
  rubric: { passScore: number; categories: { id: string; points: number }[] },
): string[] {
  const problems: string[] = [];
  for (const category of rubric.categories) {
    const sum = check.items
      .filter((item) => item.category === category.id)
      .reduce((total, item) => total + item.points, 0);
    if (sum !== category.points)
      problems.push(`${category.id} items add up to ${sum}, the rubric says ${category.points}`);
  }
  if (check.passScore !== rubric.passScore)
    problems.push(`passScore is ${check.passScore}, the rubric says ${rubric.passScore}`);
  return problems;
}
