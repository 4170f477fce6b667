// The one way UI tests drive Ink: render at a given size, press a key, then wait for a frame.
// Never assert right after a key: the next screen's useInput may not have subscribed yet.
import { render } from 'ink-testing-library';
import type { ReactElement } from 'react';

const KEYS = {
  enter: '\r',
  down: '\u001B[B',
  up: '\u001B[A',
  pageDown: '\u001B[6~',
  pageUp: '\u001B[5~',
  backspace: '\u007F',
} as const;

export type KeyName = keyof typeof KEYS;

const ANSI = /\u001B\[[0-9;?]*[ -/]*[@-~]/g;
export const stripAnsi = (text: string) => text.replace(ANSI, '');
const tick = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

// ink-testing-library's stdout always reports 100 columns. Its class is not exported, so a first
// render finds its prototype and the size getters are replaced there, before any test renders.
const terminal = { columns: 80, rows: 24 };
{
  const probe = render(<></>);
  const proto = Object.getPrototypeOf(probe.stdout) as object;
  Object.defineProperty(proto, 'columns', { get: () => terminal.columns, configurable: true });
  Object.defineProperty(proto, 'rows', { get: () => terminal.rows, configurable: true });
  probe.unmount();
}

export function renderUi(tree: ReactElement, size: { columns?: number; rows?: number } = {}) {
  terminal.columns = size.columns ?? 80;
  terminal.rows = size.rows ?? 24;
  const result = render(tree);

  const frame = () => stripAnsi(result.lastFrame() ?? '');

  async function waitFor(
    expected: string | RegExp | ((frame: string) => boolean),
    timeoutMs = 10_000,
  ): Promise<string> {
    const matches = (text: string) =>
      typeof expected === 'function'
        ? expected(text)
        : typeof expected === 'string'
          ? text.includes(expected)
          : expected.test(text);
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      const text = frame();
      if (matches(text)) return text;
      await tick(10);
    }
    throw new Error(`Timed out waiting for ${String(expected)}. Last frame:\n${frame()}`);
  }

  /** Presses a named key or types text, after giving effects (useInput subscriptions) a moment to run. */
  async function press(key: KeyName | { text: string }): Promise<void> {
    await tick(20);
    result.stdin.write(typeof key === 'string' ? KEYS[key] : key.text);
  }

  return { ...result, frame, waitFor, press };
}
