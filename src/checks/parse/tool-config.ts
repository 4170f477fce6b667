// The few tool settings the workflow analysis needs from the project's config files: coverage's
// `fail_under` and pytest's `addopts`, read where each tool reads them and in its order; plus Makefile
// targets, because CI often runs `make test` rather than pytest itself.
import { parse } from 'smol-toml';

export interface ToolConfigTexts {
  pyproject?: string | undefined;
  coveragerc?: string | undefined;
  setupCfg?: string | undefined;
  toxIni?: string | undefined;
  pytestIni?: string | undefined;
  makefile?: string | undefined;
}

export interface ConfigValue {
  value: string;
  file: string;
  line?: number | undefined;
}

type Ini = Map<string, Map<string, { value: string; line: number }>>;

/** configparser-style INI: `key = value` or `key: value`, indented lines continue the value. */
export function parseIni(text: string): Ini {
  const sections: Ini = new Map();
  let current: Map<string, { value: string; line: number }> | undefined;
  let lastKey: string | undefined;
  text.split(/\r?\n/).forEach((line, index) => {
    if (/^\s*([#;]|$)/.test(line)) return;
    const header = /^\[([^\]]+)\]\s*$/.exec(line);
    if (header) {
      current = new Map();
      sections.set(header[1]!.trim(), current);
      lastKey = undefined;
      return;
    }
    if (!current) return;
    if (/^\s/.test(line) && lastKey) {
      const entry = current.get(lastKey)!;
      entry.value = `${entry.value}\n${line.trim()}`.trim();
      return;
    }
    const pair = /^([^=:]+?)\s*[=:]\s*(.*)$/.exec(line);
    if (pair) {
      lastKey = pair[1]!.trim().toLowerCase();
      current.set(lastKey, { value: pair[2]!.trim(), line: index + 1 });
    }
  });
  return sections;
}

type Table = Record<string, unknown>;
const table = (value: unknown): Table => (typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Table) : {});

function tomlOf(text: string | undefined): Table | undefined {
  if (text === undefined) return undefined;
  try {
    return parse(text) as Table;
  } catch {
    return undefined;
  }
}

const tomlLine = (text: string, key: RegExp): number | undefined => {
  const at = text.split(/\r?\n/).findIndex((line) => key.test(line));
  return at < 0 ? undefined : at + 1;
};

/** coverage.py's `[report] fail_under`: .coveragerc, then setup.cfg, tox.ini, pyproject.toml. */
export function coverageFailUnder(texts: ToolConfigTexts): ConfigValue | undefined {
  const ini: Array<[string | undefined, string, string]> = [
    [texts.coveragerc, '.coveragerc', 'report'],
    [texts.setupCfg, 'setup.cfg', 'coverage:report'],
    [texts.toxIni, 'tox.ini', 'coverage:report'],
  ];
  for (const [text, file, section] of ini) {
    const entry = text === undefined ? undefined : parseIni(text).get(section)?.get('fail_under');
    if (entry) return { value: entry.value, file, line: entry.line };
  }
  const toml = tomlOf(texts.pyproject);
  const failUnder = table(table(table(toml?.tool).coverage).report).fail_under;
  if (failUnder !== undefined && texts.pyproject) return { value: String(failUnder), file: 'pyproject.toml', line: tomlLine(texts.pyproject, /^\s*fail_under\s*=/) };
  return undefined;
}

/** pytest's `addopts`: pytest.ini, pyproject.toml ([tool.pytest] or [tool.pytest.ini_options]), tox.ini, setup.cfg. */
export function pytestAddopts(texts: ToolConfigTexts): ConfigValue | undefined {
  if (texts.pytestIni !== undefined) {
    const entry = parseIni(texts.pytestIni).get('pytest')?.get('addopts');
    return entry ? { value: entry.value, file: 'pytest.ini', line: entry.line } : undefined;
  }
  const toml = tomlOf(texts.pyproject);
  const pytest = table(table(toml?.tool).pytest);
  const addopts = pytest.addopts ?? table(pytest.ini_options).addopts;
  if (addopts !== undefined && texts.pyproject)
    return { value: Array.isArray(addopts) ? addopts.map(String).join(' ') : String(addopts), file: 'pyproject.toml', line: tomlLine(texts.pyproject, /^\s*addopts\s*=/) };
  for (const [text, file, section] of [[texts.toxIni, 'tox.ini', 'pytest'], [texts.setupCfg, 'setup.cfg', 'tool:pytest']] as const) {
    const entry = text === undefined ? undefined : parseIni(text).get(section)?.get('addopts');
    if (entry) return { value: entry.value, file, line: entry.line };
  }
  return undefined;
}

export interface MakeTarget {
  recipe: Array<{ text: string; line: number }>;
}

export interface Makefile {
  variables: Map<string, string>;
  targets: Map<string, MakeTarget>;
}

/** Targets with their recipe lines and simple variable assignments (`=`, `:=`, `?=`). */
export function parseMakefile(text: string): Makefile {
  const variables = new Map<string, string>();
  const targets = new Map<string, MakeTarget>();
  let current: MakeTarget[] = [];
  text.split(/\r?\n/).forEach((line, index) => {
    if (line.startsWith('\t')) {
      for (const target of current) target.recipe.push({ text: line.trim(), line: index + 1 });
      return;
    }
    if (/^\s*(#|$)/.test(line)) return;
    const assignment = /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*(?::{1,3}=|\?=|\+=|=)\s*(.*)$/.exec(line);
    if (assignment) {
      if (!/\?=/.test(line) || !variables.has(assignment[1]!)) variables.set(assignment[1]!, assignment[2]!.trim());
      current = [];
      return;
    }
    const rule = /^([^:=#\s][^:=#]*?)\s*::?(?!=)(.*)$/.exec(line);
    if (rule) {
      current = rule[1]!.split(/\s+/).filter((name) => name && !name.startsWith('.')).map((name) => {
        const target = targets.get(name) ?? { recipe: [] };
        targets.set(name, target);
        return target;
      });
      // `test: ; pytest --cov` puts the recipe on the rule line.
      const inline = /;\s*(.+)$/.exec(rule[2]!);
      if (inline) for (const target of current) target.recipe.push({ text: inline[1]!.trim(), line: index + 1 });
      return;
    }
    current = [];
  });
  return { variables, targets };
}

/** `$(VAR)` and `${VAR}` replaced by the Makefile's own value; unknown ones become shell `${VAR}`. */
export function expandMakeVariables(text: string, make: Makefile, depth = 0): string {
  return text.replace(/\$[({]([A-Za-z_][A-Za-z0-9_]*)[)}]/g, (whole, name: string) => {
    const value = make.variables.get(name);
    if (value === undefined) return `\${${name}}`;
    return depth > 5 ? value : expandMakeVariables(value, make, depth + 1);
  });
}
