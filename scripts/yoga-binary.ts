// An esbuild plugin that hands yoga-layout its WebAssembly bytes, decoded natively.
// yoga's Emscripten glue carries the module as a base64 data: URL. Loading it on Node, it sees a global
// fetch and calls fetch() on that URL, which loads undici and the web streams just to read a string.
// Where it decodes the string itself, it uses atob and a charCodeAt loop over 96 KB; both are JavaScript
// hot enough for Maglev and TurboFan to compile them, so the compilers' code pages get touched.
// Measured on yoga alone (`node -e` importing the glue and awaiting it, then reading /proc/self/smaps):
// RSS 56/64/69 MiB on Node 20/22/24, against 49/46/48 MiB when the glue is handed `wasmBinary`.
// The glue takes `wasmBinary` and then neither fetches nor decodes. The patch passes it the bytes from
// Buffer.from(base64), which is native, and leaves the data: URL empty so the bytes are not kept twice.
import { readFile } from 'node:fs/promises';
import type { Plugin } from 'esbuild';

const DATA_URL = /"data:application\/octet-stream;base64,([A-Za-z0-9+/=]+)"/;
const EXPORT = 'export default loadYoga;';

export const yogaBinary: Plugin = {
  name: 'yoga-binary',
  setup(builder) {
    builder.onLoad({ filter: /node_modules[\\/]yoga-layout[\\/]dist[\\/]binaries[\\/][^\\/]+\.js$/ }, async (args) => {
      const source = await readFile(args.path, 'utf8');
      const data = DATA_URL.exec(source);
      // The glue must read wasmBinary from its options: without that, the patch would load no module.
      if (!data || !source.includes(EXPORT) || !source.includes('.wasmBinary&&('))
        throw new Error(`yoga-binary: ${args.path} no longer has the shape this patch expects; review the patch.`);
      const contents = [
        `const __yogaWasm = ${JSON.stringify(data[1])};`,
        source.replace(DATA_URL, '"data:application/octet-stream;base64,"').replace(EXPORT, ''),
        "export default (options) => loadYoga({ wasmBinary: Buffer.from(__yogaWasm, 'base64'), ...options });",
      ].join('\n');
      return { contents, loader: 'js' };
    });
  },
};
