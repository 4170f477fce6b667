// A Makefile read the way `make` reads it, enough to know what a target runs: its rules (targets,
// prerequisites, tab-indented recipe lines, `\` continuations) and simple variables (`=`, `:=`, `?=`,
// `+=`), expanded in recipes. A README that says `make train` is then judged by what `train` runs.

export interface MakeRule {
  prerequisites: string[];
  recipe: string[];
}

export interface Makefile {
  rules: ReadonlyMap<string, MakeRule>;
  variables: ReadonlyMap<string, string>;
}

const ASSIGNMENT = /^(?:export\s+|override\s+)?([A-Za-z_][\w.-]*)\s*([:?+!]?=|::=)\s*(.*)$/;
const RULE = /^([^\t#=:][^=:]*?)\s*::?(?!=)\s*([^;#]*?)(?:;\s*(.*))?$/;

/** Joins `\`-continued lines, as make does before reading them. */
function logicalLines(text: string): string[] {
  const lines: string[] = [];
  let pending = '';
  for (const line of text.replace(/\r\n?/g, '\n').split('\n')) {
    // A continued line's leading blanks collapse into the one space that joins it.
    const raw = pending ? line.replace(/^[\t ]+/, '') : line;
    if (raw.endsWith('\\')) {
      pending += `${raw.slice(0, -1).trimEnd()} `;
      continue;
    }
    lines.push(pending + raw);
    pending = '';
  }
  if (pending) lines.push(pending);
  return lines;
}

export function parseMakefile(text: string): Makefile {
  const rules = new Map<string, MakeRule>();
  const variables = new Map<string, string>();
  let current: MakeRule[] = [];
  for (const line of logicalLines(text)) {
    if (line.startsWith('\t')) {
      const command = line.slice(1).trim();
      if (command && !command.startsWith('#')) for (const rule of current) rule.recipe.push(command);
      continue;
    }
    // Outside recipes `#` starts a comment (`train: setup ## fit the model`), as in make.
    const trimmed = line.replace(/(?<!\\)#.*$/, '').trim();
    if (!trimmed) continue;
    const assignment = ASSIGNMENT.exec(trimmed);
    if (assignment) {
      const [, name, op, value] = assignment as unknown as [string, string, string, string];
      if (op === '?=' && variables.has(name)) continue;
      variables.set(name, op === '+=' ? `${variables.get(name) ?? ''} ${value}`.trim() : value.trim());
      current = [];
      continue;
    }
    const rule = RULE.exec(trimmed);
    if (!rule) {
      current = [];
      continue;
    }
    const targets = rule[1]!.split(/\s+/).filter((target) => target && !target.startsWith('.'));
    const prerequisites = rule[2]!.split(/\s+/).filter(Boolean);
    current = targets.map((target) => {
      const existing = rules.get(target) ?? { prerequisites: [], recipe: [] };
      existing.prerequisites.push(...prerequisites);
      rules.set(target, existing);
      return existing;
    });
    if (rule[3]) for (const entry of current) entry.recipe.push(rule[3].trim());
  }
  return { rules, variables };
}

/** `$(VAR)` / `${VAR}` replaced by the Makefile's value (a few levels deep), make's `@`/`-` prefixes dropped. */
function expand(command: string, variables: ReadonlyMap<string, string>): string {
  let text = command.replace(/^[@+-]+/, '');
  for (let depth = 0; depth < 5 && /\$[({][A-Za-z_][\w.-]*[)}]/.test(text); depth++)
    text = text.replace(/\$[({]([A-Za-z_][\w.-]*)[)}]/g, (_, name: string) => variables.get(name) ?? '');
  return text;
}

/** Every command `make target` runs: the prerequisites' recipes first, then its own, expanded. */
export function commandsOf(makefile: Makefile, target: string, seen = new Set<string>()): string[] {
  const rule = makefile.rules.get(target);
  if (!rule || seen.has(target)) return [];
  seen.add(target);
  return [...rule.prerequisites.flatMap((prerequisite) => commandsOf(makefile, prerequisite, seen)), ...rule.recipe.map((command) => expand(command, makefile.variables))];
}

/** The `make <target>` invocations a text mentions (README code blocks and prose alike). */
export function makeTargetsIn(text: string): string[] {
  return [...new Set([...text.matchAll(/\bmake\s+(?:-\S+\s+)*([A-Za-z0-9][\w.-]*)/g)].map((match) => match[1]!))];
}
