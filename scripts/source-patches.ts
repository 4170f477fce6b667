// An esbuild plugin that edits a dependency's source as it is bundled, each edit checked: a pattern
// the file no longer contains fails the build, so a dependency's update cannot silently undo a patch.
import { readFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { Plugin } from 'esbuild';

export interface Patch {
  file: RegExp;
  /** What to replace, and with what; a missing pattern fails the build (the dependency changed). */
  edits: { from: string | RegExp; to: string }[];
  prelude?: string;
}

export function sourcePatches(name: string, patches: readonly Patch[]): Plugin {
  return {
    name,
    setup(builder) {
      for (const patch of patches)
        builder.onLoad({ filter: patch.file }, async (args) => {
          let contents = await readFile(args.path, 'utf8');
          for (const edit of patch.edits) {
            const next = contents.replace(edit.from, edit.to);
            if (next === contents)
              return {
                errors: [{ text: `${name}: ${args.path} no longer contains ${String(edit.from)}; review the patch` }],
              };
            contents = next;
          }
          return { contents: (patch.prelude ?? '') + contents, loader: 'js', resolveDir: dirname(args.path) };
        });
    },
  };
}
