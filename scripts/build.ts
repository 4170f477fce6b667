// Build: validate all content with the app's own schemas, compile the syllabus in, bundle with esbuild.
import { createHash } from 'node:crypto';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type BuildOptions } from 'esbuild';
import { formatIssue } from '../src/content/issues.js';
import { compiledDefinitionsPath } from '../src/checks/definitions.js';
import { parseDefinitions } from '../src/checks/definitions-source.js';
import { loadContent } from '../src/content/load.js';
import { validateContent } from '../src/content/validate.js';
import { TOOL_SOURCES } from '../src/tools.js';
import { prepareMarkdown } from '../src/ui/markdown/prepare.js';
import { builtinsOnDemand } from './builtins-on-demand.js';
import { frameAllocations } from './frame-allocations.js';
import { yogaBinary } from './yoga-binary.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

const content = loadContent(root);
const report = validateContent(content);
// What the bundle compiles in must be valid; other content problems are reported here and fail
// the content tests (tests/content), so a half-written lesson does not block a developer's build.
const compiled = (issue: { file: string }) => issue.file === 'syllabus.yaml';
for (const issue of report.issues)
  if (issue.severity === 'error') console.error(`${compiled(issue) ? 'error' : 'content'}: ${formatIssue(issue)}`);
if (!content.syllabus || report.issues.some((issue) => issue.severity === 'error' && compiled(issue))) {
  console.error('build: syllabus.yaml is invalid (see above); nothing was built.');
  process.exit(1);
}
mkdirSync(join(root, 'src/generated'), { recursive: true });
writeFileSync(join(root, 'src/generated/syllabus.json'), JSON.stringify(content.syllabus));
// Which modules have a checker: the TUI offers "check" only there, without reading checks/ at start.
writeFileSync(
  join(root, 'src/generated/checkers.json'),
  JSON.stringify(content.checks.map((check) => check.id).sort()),
);
// One file per lesson and language, each its own lazily imported chunk: opening a lesson parses
// only its own text (the single file of all 48 cost ~4 MiB of heap per session for one lesson).
// Its Markdown comes lexed and highlighted (`blocks`): the reader only wraps it to the terminal.
rmSync(join(root, 'src/generated/lessons'), { recursive: true, force: true });
rmSync(join(root, 'src/generated/lessons.json'), { force: true }); // the former single file
mkdirSync(join(root, 'src/generated/lessons'), { recursive: true });
for (const lesson of content.lessons) {
  const { meta, body } = lesson;
  const text = {
    title: meta.title,
    body,
    blocks: prepareMarkdown(body),
    ...(meta.checkpoints ? { checkpoints: meta.checkpoints } : {}),
  };
  writeFileSync(join(root, `src/generated/lessons/${meta.lang}-${meta.id}.json`), JSON.stringify(text));
}
// Question banks: all of them (practice, the bench's fixtures),
writeFileSync(join(root, 'src/generated/questions.json'), JSON.stringify(content.questions));
// and one file per module with the questions that touch it: a lesson's checkpoints draw only from those.
rmSync(join(root, 'src/generated/module-questions'), { recursive: true, force: true });
mkdirSync(join(root, 'src/generated/module-questions'), { recursive: true });
for (const module of content.syllabus.modules)
  writeFileSync(
    join(root, `src/generated/module-questions/${module.id}.json`),
    JSON.stringify(content.questions.filter((question) => question.modules.includes(module.id))),
  );
// The pitch's talking points: only the pitch screen imports them (null when the file is invalid).
writeFileSync(join(root, 'src/generated/pitch.json'), JSON.stringify(content.pitch ?? null));

// Chunk names carry hashes: start from an empty dist/ so old chunks are not shipped.
rmSync(join(root, 'dist'), { recursive: true, force: true });
const common = {
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  minify: true,
  legalComments: 'none',
  chunkNames: 'chunks/[name]-[hash]',
  jsx: 'automatic',
  define: { 'process.env.NODE_ENV': '"production"', 'process.env.MLOPS_TUTOR_BUNDLED': '"1"' },
  // Ink imports react-devtools-core only when DEV is set; an empty module keeps the bundle whole.
  alias: { 'react-devtools-core': join(root, 'scripts/empty-module.js') },
  plugins: [
    {
      // Ink measures and slices text with string-width and Intl.Segmenter, whose emoji regexes and
      // ICU data cost tens of milliseconds before the first frame. src/ui/fast-text.ts handles the
      // text the interface draws; the real packages load when other text first needs them.
      name: 'text-measurement-on-demand',
      setup(builder) {
        const fastText = join(root, 'src/ui/fast-text.ts');
        builder.onResolve({ filter: /^string-width$/ }, async (args) => {
          if (args.pluginData?.real) return undefined;
          const real = await builder.resolve(args.path, {
            resolveDir: args.resolveDir,
            kind: args.kind,
            importer: args.importer,
            pluginData: { real: true },
          });
          return real.errors.length ? { errors: real.errors } : { path: real.path, namespace: 'fast-width' };
        });
        // require() of a bundled ES module is evaluated on its first call (esbuild's lazy init).
        builder.onLoad({ filter: /.*/, namespace: 'fast-width' }, (args) => ({
          contents: [
            `import { fastWidth } from ${JSON.stringify(fastText)};`,
            'let real;',
            'export default function stringWidth(text, options) {',
            '  const width = fastWidth(text, options);',
            `  return width === undefined ? (real ??= require(${JSON.stringify(args.path)}).default)(text, options) : width;`,
            '}',
          ].join('\n'),
          resolveDir: dirname(args.path),
          loader: 'js',
        }));
        builder.onLoad(
          {
            filter:
              /node_modules[\\/](slice-ansi[\\/]tokenize-ansi|@alcalzone[\\/]ansi-tokenize[\\/]build[\\/]tokenize|string-width[\\/]index)\.js$/,
          },
          async (args) => {
            const source = await readFile(args.path, 'utf8');
            if (!source.includes('new Intl.Segmenter(')) return undefined;
            const contents = `import { lazySegmenter as __lazySegmenter } from ${JSON.stringify(fastText)};\n${source.replaceAll('new Intl.Segmenter(', '__lazySegmenter(')}`;
            return { contents, loader: 'js', resolveDir: dirname(args.path) };
          },
        );
      },
    },
    frameAllocations,
    builtinsOnDemand,
    yogaBinary,
  ],
  // Some dependencies still call require(); ESM output needs one.
  banner: {
    js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
  },
  logLevel: 'warning',
  // Profiling (scripts/profile-start.ts) maps samples back to packages through these; never shipped.
  sourcemap: process.env.MLOPS_TUTOR_SOURCEMAP === '1',
} satisfies BuildOptions;

// The app: start-up code and everything the TUI and plain commands need.
const app = await build({
  ...common,
  entryPoints: { cli: join(root, 'src/cli/main.ts') },
  outdir: join(root, 'dist'),
  metafile: process.env.MLOPS_TUTOR_METAFILE === '1',
});
// Which modules land in which chunk (esbuild's analyser reads it); never shipped.
if (app.metafile) writeFileSync(join(root, '.bench/metafile.json'), JSON.stringify(app.metafile));
// `--help`, `status`, `check` and the bare start's first paint, each as one CommonJS file that the launcher
// (bin/, CommonJS too) loads with require() or through V8's code cache (bin/code-cache.js): the app's
// build spreads the same code over ~20 shared chunks, whose loading cost more than the commands' own
// work, and an ES module entry starts Node's ESM loader (~15 ms on Node 20). Each file ends with a
// hash of its content, which keys its code cache.
for (const [name, entry] of [
  ['help', 'src/cli/help.ts'],
  ['status', 'src/cli/quick-main.ts'],
  ['start', 'src/cli/quick-start.ts'],
  ['check', 'src/cli/quick-check.ts'],
] as const) {
  const single = await build({
    ...common,
    format: 'cjs',
    splitting: false,
    // import.meta is empty in CommonJS: `check` finds the package root (src/package-root.ts) from the
    // file; the others never ask, and skip the URL work at start-up.
    ...(name === 'check'
      ? {
          banner: { js: '"use strict";const __importMetaUrl=require("node:url").pathToFileURL(__filename).href;' },
          define: { ...common.define, 'import.meta.url': '__importMetaUrl' },
        }
      : { banner: { js: '"use strict";' } }),
    entryPoints: [join(root, entry)],
    outfile: join(root, `dist/${name}.cjs`),
    write: false,
  });
  for (const file of single.outputFiles) {
    // Last, so a source map (MLOPS_TUTOR_SOURCEMAP=1) still matches the lines above it.
    const key = createHash('sha256').update(file.text).digest('hex').slice(0, 16);
    writeFileSync(file.path, file.path.endsWith('.cjs') ? `${file.text}// cache-key: ${key}\n` : file.text);
  }
}
// The heavy tools, a separate build so their full zod and YAML never share a chunk with start-up
// (src/tools.ts loads them by path).
await build({
  ...common,
  entryPoints: Object.fromEntries(
    Object.entries(TOOL_SOURCES).map(([name, source]) => [name, join(root, 'src', source)]),
  ),
  outdir: join(root, 'dist/tools'),
});
// The checker definitions as the runner uses them (validated, shared artefacts merged): `check` reads
// this JSON instead of parsing and validating checks/*.yaml on every run (src/checks/definitions.ts).
// Written only when every checker is valid; otherwise `check` parses the YAML and reports the error.
try {
  writeFileSync(compiledDefinitionsPath(root), JSON.stringify([...parseDefinitions(root)]));
} catch (error) {
  console.error(`content: ${(error as Error).message}`);
}
console.log(
  `build: dist/ written (${report.counts.lessons.total} lessons, ${report.counts.questions.total} questions, ${report.counts.checks} checks)`,
);
