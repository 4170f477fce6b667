// The schema of mlops-tutor.json (workspace.ts reads the file): zod costs ~100 ms to load, so this
// module is imported only when a project has a manifest.
import { z } from 'zod';
import { MODULE_IDS } from '../core/types.js';

const folder = z.string().trim().min(1, 'must not be empty');
const appString = z.string().regex(/^[\w.]+:[\w.]+$/, 'must be module:attribute, e.g. "service.api:app"');

const moduleEntry = z.union([
  folder,
  z.strictObject({
    /** The module's folder, or several: the first is where its commands run, the others are searched too. */
    path: z.union([folder, z.array(folder).min(1)]),
    /** Artefact overrides: "model card" (or "model-card") → a path; a Python artefact → "module:Name" too. */
    files: z.record(z.string().min(1), folder).default({}),
    /** The web app's import string, for the checks that start it. */
    app: appString.optional(),
    /** The command that starts the server, as an argv; {python} and {port} are replaced. */
    start: z.array(z.string().min(1)).min(1).optional(),
    /** A request the API must answer with 200: what the API checks send as the valid case. */
    request: z.strictObject({ method: z.enum(['POST', 'PUT', 'GET']).default('POST'), path: z.string().startsWith('/'), body: z.unknown() }).optional(),
  }),
]);

const manifestSchema = z.strictObject({
  $schema: z.string().optional(),
  modules: z.partialRecord(z.enum(MODULE_IDS), moduleEntry).default({}),
  /** Version 0.1's place for the app of a module; `modules.NN.app` is the new one. */
  apps: z.partialRecord(z.enum(MODULE_IDS), appString).default({}),
});

export type WorkspaceFile = z.infer<typeof manifestSchema>;

function describeIssue(issue: z.core.$ZodIssue): string {
  const path = issue.path.join('.');
  if (issue.code === 'unrecognized_keys') return `unknown key ${issue.keys.map((key) => `"${[path, key].filter(Boolean).join('.')}"`).join(', ')}`;
  return `${path || '(top level)'} ${issue.message}`.trim();
}

/** The manifest, or the sentence that says what is wrong with it (the first problem). */
export function validateManifest(raw: unknown): WorkspaceFile | string {
  const parsed = manifestSchema.safeParse(raw);
  return parsed.success ? parsed.data : describeIssue(parsed.error.issues[0]!);
}
