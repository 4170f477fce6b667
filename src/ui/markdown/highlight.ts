// Syntax colour for code blocks: highlight.js (core + the languages lessons use) turned into
// styled segments per line. Unknown languages stay plain.
import hljs from 'highlight.js/lib/core';
import bash from 'highlight.js/lib/languages/bash';
import dockerfile from 'highlight.js/lib/languages/dockerfile';
import ini from 'highlight.js/lib/languages/ini';
import json from 'highlight.js/lib/languages/json';
import makefile from 'highlight.js/lib/languages/makefile';
import python from 'highlight.js/lib/languages/python';
import yaml from 'highlight.js/lib/languages/yaml';
import type { Segment } from './types.js';

hljs.registerLanguage('python', python);
hljs.registerLanguage('yaml', yaml);
hljs.registerLanguage('bash', bash);
hljs.registerLanguage('dockerfile', dockerfile);
hljs.registerLanguage('json', json);
hljs.registerLanguage('ini', ini);
hljs.registerLanguage('makefile', makefile);
const ALIASES: Record<string, string> = {
  sh: 'bash',
  shell: 'bash',
  console: 'bash',
  yml: 'yaml',
  toml: 'ini',
  py: 'python',
  docker: 'dockerfile',
  make: 'makefile',
};

const COLORS: Record<string, string> = {
  keyword: 'magenta',
  built_in: 'cyan',
  type: 'cyan',
  literal: 'yellow',
  number: 'yellow',
  string: 'green',
  comment: 'gray',
  meta: 'gray',
  title: 'blue',
  'title.function': 'blue',
  'title.class': 'blue',
  attr: 'cyan',
  section: 'blue',
  variable: 'yellow',
  params: 'white',
  symbol: 'yellow',
  bullet: 'yellow',
};

const ENTITIES: Record<string, string> = {
  '&amp;': '&',
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&#x27;': "'",
  '&#39;': "'",
};
const decode = (text: string) => text.replace(/&(amp|lt|gt|quot|#x27|#39);/g, (entity) => ENTITIES[entity] ?? entity);

/** Code as lines of coloured segments. */
export function highlightCode(code: string, lang: string): Segment[][] {
  const language = ALIASES[lang] ?? lang;
  if (!hljs.getLanguage(language)) return code.split('\n').map((line) => [{ text: line }]);
  const html = hljs.highlight(code, { language, ignoreIllegals: true }).value;
  const lines: Segment[][] = [[]];
  const stack: (string | undefined)[] = [];
  // hljs emits only <span class="hljs-…"> and </span>, with HTML entities in the text.
  for (const part of html.split(/(<span class="[^"]*">|<\/span>)/)) {
    if (part.startsWith('<span')) {
      const name = /class="hljs-([^"\s]+)/.exec(part)?.[1] ?? '';
      stack.push(COLORS[name] ?? COLORS[name.split('.')[0]!] ?? stack[stack.length - 1]);
    } else if (part === '</span>') stack.pop();
    else if (part) {
      const color = stack[stack.length - 1];
      decode(part)
        .split('\n')
        .forEach((piece, index) => {
          if (index > 0) lines.push([]);
          if (piece) lines[lines.length - 1]!.push(color ? { text: piece, color } : { text: piece });
        });
    }
  }
  return lines;
}
