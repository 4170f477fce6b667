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

export async function loadTool<Name extends keyof Tools>(name: Name): Promise<Tools[Name]> {
  if (process.env.MLOPS_TUTOR_BUNDLED !== '1') {
    const fromSource = {
      check: () => import('./cli/commands/check.js'),
      doctor: () => import('./cli/commands/doctor.js'),
      'validate-content': () => import('./cli/commands/validate-content.js'),
      'check-session': () => import('./ui/check-session.js'),
      init: () => import('./cli/commands/init.js'),
      solution: () => import('./cli/commands/solution.js'),
    };
    return (await fromSource[name]()) as Tools[Name];
  }
  // Every chunk that imports this file sits in dist/ or dist/chunks/: find dist/tools from either.
  const here = new URL('.', import.meta.url);
  const dist = here.pathname.endsWith('/chunks/') ? new URL('..', here) : here;
  return (await import(new URL(`tools/${name}.js`, dist).href)) as Tools[Name];
}
