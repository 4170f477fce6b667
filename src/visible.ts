// Shared by the CLI and the TUI (both print text that came from outside), so it sits above both.

/**
 * Makes every control character visible (`\n`, `\x1B`, `\u202E`…), so text that came from outside —
 * argv echoed in an error, a folder name — can neither drive the terminal nor split the one-line error.
 */
export function visible(text: string): string {
  // C0, DEL, C1, and the Unicode line separators and bidirectional overrides.
  return text.replace(/[\u0000-\u001F\u007F-\u009F\u2028\u2029\u200E\u200F\u202A-\u202E\u2066-\u2069]/g, (char) => {
    const named: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };
    if (named[char]) return named[char];
    const code = char.charCodeAt(0);
    return code <= 0xff ? `\\x${code.toString(16).toUpperCase().padStart(2, '0')}` : `\\u${code.toString(16).toUpperCase().padStart(4, '0')}`;
  });
}
