// Node's own modules that the TUI's dependencies import at load but use only in rare cases: each one
// loaded costs its source and compiled code (the binary's read-only pages, the heap). Loaded on first
// use instead: child_process (with dgram, net's socket list) and assert (with its diff and colours),
// 11 of Node's internal modules fewer in every TUI session.
import { sourcePatches } from './source-patches.js';

export const builtinsOnDemand = sourcePatches('builtins-on-demand', [
  {
    // Ink asks terminal-size for the window's size; it runs `tput` or `stty` only when no stream knows.
    file: /node_modules[\\/]terminal-size[\\/]index\.js$/,
    edits: [
      {
        from: "import {execFileSync} from 'node:child_process';",
        to: "const execFileSync = (...args) => require('node:child_process').execFileSync(...args);",
      },
    ],
  },
  {
    // signal-exit 3 (Ink's and restore-cursor's) asserts only that onExit was given a callback.
    file: /node_modules[\\/](?:.+[\\/])?signal-exit[\\/]index\.js$/,
    edits: [
      {
        from: "var assert = require('assert')",
        to: 'var assert = { equal: function (actual, expected, message) { if (actual != expected) throw new TypeError(message) } }',
      },
    ],
  },
]);
