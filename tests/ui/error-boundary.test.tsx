// A render error anywhere in the tree: one sentence in the learner's language, exit 1, the terminal
// handed back (raw mode off, cursor shown), and the stack only with DEBUG=mlops-tutor.
import { EventEmitter } from 'node:events';
import { Text, useInput } from 'ink';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { messages } from '../../src/i18n/index.js';
import { StoreError } from '../../src/state/store.js';
import { renderUntilExit, reportCrash } from '../../src/ui/run.js';

class FakeStdout extends EventEmitter {
  readonly isTTY = true;
  readonly columns = 80;
  readonly rows = 24;
  readonly writes: string[] = [];
  write = (chunk: string, callback?: () => void) => {
    this.writes.push(chunk);
    callback?.();
    return true;
  };
}

class FakeStdin extends EventEmitter {
  readonly isTTY = true;
  readonly rawModes: boolean[] = [];
  #data: string | null = null;
  setRawMode(enabled: boolean) {
    this.rawModes.push(enabled);
    return this;
  }
  setEncoding() {}
  ref() {}
  unref() {}
  resume() {}
  pause() {}
  read = () => {
    const data = this.#data;
    this.#data = null;
    return data;
  };
  type(data: string) {
    this.#data = data;
    this.emit('readable');
  }
}

/** Draws a line and listens to keys (so raw mode is on); `x` makes the next render throw `crash`. */
function Fragile({ crash }: { crash: unknown }) {
  const [broken, setBroken] = useState(false);
  useInput((input) => input === 'x' && setBroken(true));
  if (broken) throw crash;
  return <Text>all good</Text>;
}

async function crashWith(crash: unknown) {
  const stdout = new FakeStdout();
  const stdin = new FakeStdin();
  const streams = { stdout, stdin, stderr: new FakeStdout() } as unknown as Parameters<typeof renderUntilExit>[1];
  const exited = renderUntilExit(<Fragile crash={crash} />, { ...streams, patchConsole: false, exitOnCtrlC: false });
  // The positive frame first: the tree drew and raw mode is on before the key that breaks it.
  while (!stdout.writes.join('').includes('all good') || !stdin.rawModes.includes(true)) {
    await new Promise((resolve) => setImmediate(resolve));
  }
  stdin.type('x');
  const { crash: caught } = await exited;
  return { caught, stdout, stdin };
}

function said(crash: unknown, lang: 'es' | 'en', debug = false) {
  const lines: string[] = [];
  const stderrWrite = process.stderr.write;
  const stack: string[] = [];
  process.stderr.write = ((chunk: string) => stack.push(chunk) > 0) as typeof process.stderr.write;
  try {
    const code = reportCrash(crash, messages(lang), (text) => lines.push(text), debug);
    return { code, lines, stack: stack.join('') };
  } finally {
    process.stderr.write = stderrWrite;
  }
}

describe('error boundary around the Ink tree', () => {
  it('ends the interface on a render error with one sentence and exit 1, the terminal restored', async () => {
    const { caught, stdout, stdin } = await crashWith(
      new Error('cannot read lesson 07\n    at Lesson (lesson.tsx:3:9)'),
    );
    expect(caught).toBeInstanceOf(Error);
    expect(stdin.rawModes.at(-1)).toBe(false);
    const output = stdout.writes.join('');
    expect(output.lastIndexOf('\u001B[?25h')).toBeGreaterThan(output.lastIndexOf('\u001B[?25l'));
    // Ink's own overview (stack and code excerpt) is never drawn.
    expect(output).not.toContain('lesson.tsx');

    const { code, lines, stack } = said(caught, 'es');
    expect(code).toBe(1);
    expect(lines).toEqual([
      'La interfaz se cerró por un error inesperado (cannot read lesson 07): vuelve a ejecutar mlops-tutor, o con DEBUG=mlops-tutor para ver el detalle.',
    ]);
    expect(stack).toBe('');
  });

  it('says it in English, and prints the stack only with DEBUG=mlops-tutor', async () => {
    const { caught } = await crashWith(new Error('boom'));
    const plain = said(caught, 'en');
    expect(plain.lines).toEqual([
      'The interface closed on an unexpected error (boom): run mlops-tutor again, or with DEBUG=mlops-tutor for details.',
    ]);
    expect(plain.stack).toBe('');
    const debug = said(caught, 'en', true);
    expect(debug.code).toBe(1);
    expect(debug.lines).toEqual(plain.lines);
    expect(debug.stack).toContain('Error: boom');
    expect(debug.stack).toContain('error-boundary.test.tsx');
  });

  it('says a store error thrown while drawing in its own words, in both languages', async () => {
    const { caught } = await crashWith(new StoreError({ reason: 'future-version', version: 9 }, 'schema 9'));
    expect(said(caught, 'es').lines).toEqual([messages('es').store.futureVersion(9)]);
    expect(said(caught, 'en').lines).toEqual([
      'The progress file was written by a newer mlops-tutor (schema 9): update mlops-tutor to read it.',
    ]);
  });
});
