// The heavy tools — the check engine and content validation — are built as bundles of their own
// (dist/tools/, see scripts/build.ts): they need zod's full API and the YAML parser, which the rest
// of the app, and its start-up, must not load. From source (tests, tsx) they are plain imports.
// The build defines MLOPS_TUTOR_BUNDLED, so the source branch and its imports leave the bundle.

type Tools = {
  check: typeof import('./cli/commands/check.js');
  doctor: typeof import('./cli/commands/doctor.js');
  'validate-content': typeof import('./cli/commands/validate-content.js');
  'check-session': typeof import('./ui/check-session.js');
  init: typeof import('./cli/commands/init.js');
  solution: typeof import('./cli/commands/solution.js');
};

/**
 * Each tool's source, relative to src/: the one list of tools. The build makes one bundle per entry
 * (dist/tools/NAME.js); `satisfies` keeps it and the module types above in step.
 */
export const TOOL_SOURCES = {
  check: 'cli/commands/check.ts',
  doctor: 'cli/commands/doctor.ts',
  'validate-content': 'cli/commands/validate-content.ts',
  'check-session': 'ui/check-session.ts',
  init: 'cli/commands/init.ts',
  solution: 'cli/commands/solution.ts',
} as const satisfies Record<keyof Tools, string>;

export async function loadTool<Name extends keyof Tools>(name: Name): Promise<Tools[Name]> {
  if (process.env.MLOPS_TUTOR_BUNDLED !== '1') {
    // A plain string, not a template literal: esbuild bundles every file a template `import()` can
    // match, and this dead branch then pulled the tools' sources — and with them all of zod, locales
    // included (~400 KB) — into a chunk that start-up imports.
    const source = `./${TOOL_SOURCES[name].replace(/\.ts$/, '.js')}`;
    return (await import(source)) as Tools[Name];
  }
  // Every chunk that imports this file sits in dist/ or dist/chunks/: find dist/tools from either.
  const here = new URL('.', import.meta.url);
  const dist = here.pathname.endsWith('/chunks/') ? new URL('..', here) : here;
  return (await import(new URL(`tools/${name}.js`, dist).href)) as Tools[Name];
}
