// Shared by the CLI and the TUI (both print text that came from outside), so it sits above both.

// C0, DEL, C1, the Unicode line separators and bidirectional overrides, and the two non-characters
// XML 1.0 forbids (U+FFFE, U+FFFF): what a terminal obeys, what breaks a line, what breaks JUnit.
const CONTROL = /[\u0000-\u001F\u007F-\u009F\u2028\u2029\u200E\u200F\u202A-\u202E\u2066-\u2069\uFFFE\uFFFF]/g;
const CONTROL_BUT_LINES =
  /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u2028\u2029\u200E\u200F\u202A-\u202E\u2066-\u2069\uFFFE\uFFFF]/g;

function escape(char: string): string {
  const named: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };
  if (named[char]) return named[char];
  const code = char.charCodeAt(0);
  return code <= 0xff
    ? `\\x${code.toString(16).toUpperCase().padStart(2, '0')}`
    : `\\u${code.toString(16).toUpperCase().padStart(4, '0')}`;
}

/**
 * Makes every control character visible (`\n`, `\x1B`, `\u202E`…), so text that came from outside —
 * argv echoed in an error, a folder name — can neither drive the terminal nor split the one-line error.
 */
export function visible(text: string): string {
  return text.replace(CONTROL, escape);
}

/**
 * The same for captured output, which keeps its lines and tabs: an escape sequence in a learner's test
 * output is shown as `\x1B[2J`, never clears the screen or changes the title.
 */
export function visibleLines(text: string): string {
  return text.replace(/\r\n/g, '\n').replace(CONTROL_BUT_LINES, escape);
}
