// Prose from the question banks: YAML block scalars keep the authors' hard wraps (~60 columns).

/**
 * Joins hard-wrapped lines into paragraphs: a single newline between two prose lines becomes a space.
 * Blank lines separate paragraphs; lines that look like code (indented, bullets, fences, tables) keep
 * their own line.
 */
export function reflow(text: string): string {
  const lines = text.replace(/\r\n/g, '\n').replace(/\s+$/, '').split('\n');
  const out: string[] = [];
  const literal = (line: string) => /^(\s{2,}|\t|[-*•] |\d+[.)] |```|\||>)/.test(line);
  let fenced = false;
  for (const line of lines) {
    if (/^\s*```/.test(line)) fenced = !fenced;
    const previous = out[out.length - 1];
    const joinable = !fenced && !/^\s*```/.test(line) && line.trim() !== '' && !literal(line) && previous !== undefined && previous.trim() !== '' && !literal(previous) && !/^\s*```/.test(previous);
    if (joinable) out[out.length - 1] = `${previous} ${line.trim()}`;
    else out.push(line.trimEnd());
  }
  return out.join('\n');
}
