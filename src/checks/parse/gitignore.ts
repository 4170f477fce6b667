// Does a .gitignore ignore a path? Read with git's rules, so equivalent spellings count alike
// (`.venv/`, `/.venv`, `.venv*`; `__pycache__/` or `*.pyc` for the bytecode; `data/` for data/processed/):
// `!` re-includes, a leading or inner `/` anchors to the file's folder, a trailing `/` matches folders
// only, `*` and `?` stay within a segment, `**` spans folders; a path is ignored when it or one of its
// parent folders is.

interface Rule {
  negate: boolean;
  dirOnly: boolean;
  regex: RegExp;
}

function globToRegex(glob: string, anchored: boolean): RegExp {
  let out = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]!;
    if (c === '*' && glob[i + 1] === '*') {
      // `**/` any folders (or none); a trailing `**` everything inside.
      if (glob[i + 2] === '/') {
        out += '(?:.*/)?';
        i += 2;
      } else {
        out += '.*';
        i += 1;
      }
    } else if (c === '*') out += '[^/]*';
    else if (c === '?') out += '[^/]';
    else if (c === '[') {
      const end = glob.indexOf(']', i + 1);
      if (end === -1) out += '\\[';
      else {
        out += `[${glob.slice(i + 1, end).replace(/^!/, '^').replace(/\\/g, '\\\\')}]`;
        i = end;
      }
    } else if (c === '\\' && i + 1 < glob.length) out += `\\${glob[++i]}`;
    else out += /[.+^${}()|\]\\]/.test(c) ? `\\${c}` : c;
  }
  return new RegExp(`^${anchored ? '' : '(?:.*/)?'}${out}$`);
}

export function parseGitignore(text: string): Rule[] {
  const rules: Rule[] = [];
  for (const raw of text.replace(/\r\n?/g, '\n').split('\n')) {
    let line = raw.replace(/(?<!\\)\s+$/, '');
    if (!line || line.startsWith('#')) continue;
    const negate = line.startsWith('!');
    if (negate) line = line.slice(1);
    const dirOnly = line.endsWith('/');
    if (dirOnly) line = line.replace(/\/+$/, '');
    const anchored = line.includes('/');
    line = line.replace(/^\//, '');
    if (line) rules.push({ negate, dirOnly, regex: globToRegex(line, anchored) });
  }
  return rules;
}

/** Is `path` (relative, `/`-separated; a trailing `/` marks a folder) ignored by `rules`? */
export function isIgnored(rules: readonly Rule[], path: string): boolean {
  const isDir = path.endsWith('/');
  const parts = path.replace(/\/+$/, '').split('/');
  // Git does not look inside an ignored folder: the first ignored ancestor decides.
  for (let depth = 1; depth <= parts.length; depth++) {
    const candidate = parts.slice(0, depth).join('/');
    const candidateIsDir = depth < parts.length || isDir;
    let ignored = false;
    for (const rule of rules) if ((!rule.dirOnly || candidateIsDir) && rule.regex.test(candidate)) ignored = !rule.negate;
    if (ignored) return true;
  }
  return false;
}
