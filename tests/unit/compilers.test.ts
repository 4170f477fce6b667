// The TUI's optimising-compiler switch: off from the bare start (bin/tui-flags.js), on while a check
// runs in the TUI (src/ui/compilers.ts).
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { withOptimisingCompilers } from '../../src/ui/compilers.js';

const SWITCH = Symbol.for('mlops-tutor.compilers');
const launcherSwitch = join(import.meta.dirname, '../../bin/tui-flags.js');

afterEach(() => {
  delete (globalThis as Record<symbol, unknown>)[SWITCH];
});

describe('the optimising compilers in the TUI', () => {
  it('stay off for hot code after the bare start, with no word from V8, and are on from the first acquire to the last release', () => {
    // A child Node, so this test's own process keeps its compilers; each probe is a function of its
    // own (same source would share compiled code), called until V8 would normally optimise it.
    const script = `
      require(${JSON.stringify(launcherSwitch)}).setTuiFlags();
      const compilers = globalThis[Symbol.for('mlops-tutor.compilers')];
      let probe = 0;
      const optimised = () => {
        const f = new Function('a', 'let s = ' + probe++ + '; for (let i = 0; i < 100; i++) s += (a * i) % 7; return s;');
        for (let i = 0; i < 200000; i++) f(i);
        return (%GetOptimizationStatus(f) & 16) !== 0;
      };
      const seen = { quiet: optimised() };
      compilers.acquire(); seen.acquired = optimised();
      compilers.acquire(); compilers.release(); seen.nested = optimised();
      compilers.release(); seen.released = optimised();
      compilers.release(); seen.extraRelease = optimised();
      process.stdout.write(JSON.stringify(seen));
    `;
    const child = spawnSync(process.execPath, ['--allow-natives-syntax', '-e', script], { encoding: 'utf8' });
    // V8 prints an error for a flag this Node does not know: a learner would see it over home.
    expect(child.stderr).toBe('');
    expect(JSON.parse(child.stdout)).toEqual({
      quiet: false,
      acquired: true,
      nested: true,
      released: false,
      extraRelease: false,
    });
  });

  it('a check run holds the switch while it works, and lets go when it fails', async () => {
    const calls: string[] = [];
    (globalThis as Record<symbol, unknown>)[SWITCH] = {
      acquire: () => calls.push('acquire'),
      release: () => calls.push('release'),
    };
    expect(await withOptimisingCompilers(async () => (calls.push('work'), 42))).toBe(42);
    await expect(
      withOptimisingCompilers(async () => {
        calls.push('failing work');
        throw new Error('python died');
      }),
    ).rejects.toThrow('python died');
    expect(calls).toEqual(['acquire', 'work', 'release', 'acquire', 'failing work', 'release']);
  });

  it('without a switch (other commands, tests) the work just runs', async () => {
    expect(await withOptimisingCompilers(async () => 'done')).toBe('done');
  });
});
