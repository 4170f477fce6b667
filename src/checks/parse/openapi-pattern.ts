// A string that matches a simple regex `pattern` of a JSON schema (what FastAPI's Field(pattern=…) emits).

/**
 * A string for simple patterns: literals, \d \w \s ., character classes, groups with alternatives and
 * the quantifiers ? * + {n} {n,} {n,m} (each repeated its minimum, at least once for +). Undefined
 * for anything else (look-arounds, back-references, negated classes).
 */
export function stringForPattern(pattern: string): string | undefined {
  let i = 0;
  const src = pattern;
  const parseAlternatives = (): string | undefined => {
    const first = parseSequence();
    while (src[i] === '|') {
      i++;
      if (parseSequence() === undefined) return undefined;
    }
    return first;
  };
  const parseSequence = (): string | undefined => {
    let out = '';
    while (i < src.length && src[i] !== '|' && src[i] !== ')') {
      const atom = parseAtom();
      if (atom === undefined) return undefined;
      const [min, ok] = parseQuantifier();
      if (!ok) return undefined;
      out += atom.repeat(min);
    }
    return out;
  };
  const parseAtom = (): string | undefined => {
    const c = src[i]!;
    if (c === '^' || c === '$') {
      i++;
      return '';
    }
    if (c === '(') {
      i++;
      if (src[i] === '?') {
        if (src[i + 1] !== ':') return undefined;
        i += 2;
      }
      const inner = parseAlternatives();
      if (src[i] !== ')') return undefined;
      i++;
      return inner;
    }
    if (c === '[') {
      const end = src.indexOf(']', i + 2);
      if (end < 0 || src[i + 1] === '^') return undefined;
      const body = src.slice(i + 1, end);
      i = end + 1;
      if (body.startsWith('\\d')) return '1';
      if (body.startsWith('\\w')) return 'a';
      // Prefer a letter or digit from the class: the first char of its first range or itself.
      const first = body.replace(/^\\/, '')[0];
      return first === undefined ? undefined : first;
    }
    if (c === '\\') {
      const next = src[i + 1];
      i += 2;
      if (next === 'd') return '1';
      if (next === 'w') return 'a';
      if (next === 's') return ' ';
      if (next === undefined || /[A-Za-z]/.test(next)) return undefined;
      return next;
    }
    if (c === '.') {
      i++;
      return 'a';
    }
    if ('*+?{}|)'.includes(c)) return undefined;
    i++;
    return c;
  };
  const parseQuantifier = (): [number, boolean] => {
    const c = src[i];
    if (c === '?' || c === '*') {
      i++;
      if (src[i] === '?') i++;
      return [0, true];
    }
    if (c === '+') {
      i++;
      if (src[i] === '?') i++;
      return [1, true];
    }
    if (c === '{') {
      const match = /^\{(\d+)(,(\d*))?\}/.exec(src.slice(i));
      if (!match) return [0, false];
      i += match[0].length;
      return [Number(match[1]), true];
    }
    return [1, true];
  };
  const result = parseAlternatives();
  if (result === undefined || i !== src.length) return undefined;
  try {
    return new RegExp(pattern, 'u').test(result) ? result : undefined;
  } catch {
    return undefined;
  }
}
