// `check` through the launcher's own entry (dist/check.cjs, for the simple command lines) and through
// the app's parser (anything else, here the same options written `--dir=…`): a learner sees the same
// output, the same errors and the same exit codes either way.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { solutionWorkspace, testPython } from '../checks/helpers.js';
import { cli, tempDir } from '../helpers/cli.js';

/** The same command line in the shape only commander parses: each `--flag value` written `--flag=value`. */
function viaCommander(argv: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const value = argv[i + 1];
    if (VALUED.has(arg) && value !== undefined) {
      out.push(`${arg}=${value}`);
      i += 1;
    } else out.push(arg);
  }
  return out;
}
const VALUED = new Set(['--dir', '--home', '--lang', '--python', '--junit']);

/** Timings differ from run to run; everything else must not. */
const untimed = (text: string) => text.replace(/\d+([.,]\d+)? ?(ms|s)\b/g, '<t>').replace(/"durationMs": \d+/g, '');

async function both(argv: string[], options: { home?: string } = {}) {
  const home = options.home ?? tempDir();
  const quick = await cli(argv, { home });
  const slow = await cli(viaCommander(argv), { home });
  return { quick, slow };
}

describe('check: the quick entry and the app agree', () => {
  it('spells the commander shape as intended', () => {
    expect(viaCommander(['check', '01', '--dir', '/w', '--json', '--python', 'p'])).toEqual([
      'check',
      '01',
      '--dir=/w',
      '--json',
      '--python=p',
    ]);
  });

  it('grades the reference solution alike, as JSON and as text', { timeout: 120_000 }, async () => {
    const { workspace } = solutionWorkspace('01');
    for (const argv of [
      ['check', '01', '--dir', workspace, '--python', testPython(), '--json'],
      ['check', '01', '--dir', workspace, '--python', testPython(), '--lang', 'es'],
    ]) {
      const { quick, slow } = await both(argv);
      expect(quick.exitCode, argv.join(' ')).toBe(0);
      expect(slow.exitCode).toBe(0);
      expect(quick.stderr).toBe('');
      expect(untimed(quick.stdout)).toBe(untimed(slow.stdout));
    }
    const { quick } = await both(['check', '01', '--dir', workspace, '--python', testPython(), '--json']);
    expect(JSON.parse(quick.stdout)).toMatchObject({ module: '01', score: 100, passed: true });
  });

  it('says the same sentence with exit 2 for bad input', { timeout: 60_000 }, async () => {
    const workspace = tempDir();
    const cases: [string[], RegExp][] = [
      [['check', '42', '--dir', workspace], /^There is no checker for "42"/],
      [['check', '42', '--dir', workspace, '--json'], /^$/],
      [['check', '03', '--dir', workspace], /^The mini-project folder .*03-feature-engineering does not exist/],
      [['check', '01', '--dir', join(workspace, 'nope')], /nope/],
      [['check', '01', '--dir', workspace, '--lang', 'xx'], /^Unknown language "xx"/],
    ];
    for (const [argv, stderr] of cases) {
      const { quick, slow } = await both(argv);
      expect(quick.exitCode, argv.join(' ')).toBe(2);
      expect(quick.stderr.trim()).toMatch(stderr);
      expect({ code: slow.exitCode, stdout: slow.stdout, stderr: slow.stderr }).toEqual({
        code: quick.exitCode,
        stdout: quick.stdout,
        stderr: quick.stderr,
      });
    }
  });

  it('leaves unusual command lines to the app: its usage errors and help', async () => {
    const workspace = tempDir();
    const usage: [string[], string][] = [
      [['check', '01', '--bogus'], 'Unknown option "--bogus": see mlops-tutor --help.'],
      [['check', '01', '02', '--dir', workspace], 'Unexpected argument "02": see mlops-tutor --help.'],
      [['check', '01', '--dir'], 'The option --dir needs a value: see mlops-tutor --help.'],
    ];
    for (const [argv, sentence] of usage) {
      const result = await cli(argv);
      expect({ code: result.exitCode, stderr: result.stderr.trim() }, argv.join(' ')).toEqual({
        code: 2,
        stderr: sentence,
      });
    }
    const empty = await cli(['check', '01', '--dir', '']);
    expect(empty.exitCode).toBe(2);
    expect(empty.stderr).toContain('--dir');
    const help = await cli(['check', '--help']);
    expect(help.exitCode).toBe(0);
    expect(help.stdout).toContain('check');
    expect(help.stdout).toContain('--junit');
  });
});
