// The YAML parser for the learner's files (workflows, data files, a card's front matter). Loading it
// costs ~100 ms, and most items of most checks never read YAML: the kinds that do say so (readsYaml in
// kinds/index.ts) and the runner loads it before such an item runs, while the tool commands already do.
import type { DocumentOptions, ParseOptions, SchemaOptions, ToJSOptions } from 'yaml';

type Options = ParseOptions & DocumentOptions & SchemaOptions & ToJSOptions;

let parser: typeof import('yaml') | undefined;
let loading: Promise<void> | undefined;

export function loadYaml(): Promise<void> {
  // A turn later: compiling the parser blocks the thread, and the tool commands asking for their slots
  // in this turn are started first (schedule.ts).
  return (loading ??= new Promise((turn) => setImmediate(turn))
    .then(() => import('yaml'))
    .then((loaded) => {
      parser = loaded;
    }));
}

/** yaml's parse(); the parser must have been loaded (loadYaml) — a bug of ours otherwise. */
export function parseYaml(text: string, options?: Options): unknown {
  if (!parser) throw new Error('internal error: YAML read before loadYaml()');
  return parser.parse(text, options);
}
