// An esbuild plugin that makes Ink's frame composition allocate less, with byte-identical output.
// Measured (sampling heap profiler over the bench's lesson read, Node 20): Ink's Output.get() allocated
// ~110 of the ~150 MiB allocated while paging through a lesson: a fresh object and array for every
// blank cell of every frame, and three Sets plus arrays per cell when turning cells back into a string
// (ansi-tokenize's diffAnsiCodes, called even between cells with identical styles). That garbage, kept
// alive from one frame to the next, is what grows the heap (and the peak RSS) while reading.
import { sourcePatches, type Patch } from './source-patches.js';

const PATCHES: Patch[] = [
  {
    // Cells are replaced, never mutated: one shared blank cell serves every empty position.
    file: /node_modules[\\/]ink[\\/]build[\\/]output\.js$/,
    prelude:
      "const __BLANK_CELL = Object.freeze({ type: 'char', value: ' ', fullWidth: false, styles: Object.freeze([]) });\n",
    edits: [
      {
        from: /row\.push\(\{\s*type: 'char',\s*value: ' ',\s*fullWidth: false,\s*styles: \[\],\s*\}\);/,
        to: 'row.push(__BLANK_CELL);',
      },
    ],
  },
  {
    // Two neighbours with the same codes in the same order need no escape codes between them: exactly
    // what diffAnsiCodes returns for them (nothing to undo, nothing to add), without building it.
    file: /node_modules[\\/]@alcalzone[\\/]ansi-tokenize[\\/]build[\\/]styledChars\.js$/,
    prelude:
      'const __sameStyles = (a, b) => { if (a === b) return true; if (a.length !== b.length) return false; for (let i = 0; i < a.length; i++) if (a[i].code !== b[i].code || a[i].endCode !== b[i].endCode) return false; return true; };\n',
    edits: [
      // reduceAnsiCodesIncremental returns a new array on every call and no reader mutates a cell's
      // styles: characters with the same styles can share one array instead of a copy each.
      { from: 'styles: [...codes],', to: 'styles: codes,' },
      {
        from: 'ret += ansiCodesToString(diffAnsiCodes(chars[i - 1].styles, char.styles));',
        to: 'if (!__sameStyles(chars[i - 1].styles, char.styles)) ret += ansiCodesToString(diffAnsiCodes(chars[i - 1].styles, char.styles));',
      },
      {
        from: 'ret += ansiCodesToString(diffAnsiCodes(char.styles, []));',
        to: 'if (char.styles.length) ret += ansiCodesToString(diffAnsiCodes(char.styles, []));',
      },
    ],
  },
];

export const frameAllocations = sourcePatches('frame-allocations', PATCHES);
