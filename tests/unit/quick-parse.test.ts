// `status` and `check` parsed without commander (src/cli/quick-parse.ts) must mean what commander makes
// of the same argv, and leave every other shape to commander.
import { describe, expect, it, vi } from 'vitest';
import type { Context } from '../../src/cli/context.js';
import { parseCommandLine } from '../../src/cli/program.js';
import { quickParse, quickStatusOptions } from '../../src/cli/quick-parse.js';

// commander's `check` hands its module argument to the tool: this one gives it back instead of grading.
vi.mock('../../src/tools.js', () => ({
  loadTool: async () => ({ runCheckCommand: async (_ctx: Context, module: string | undefined) => module }),
}));

const taken = [
  ['status'],
  ['status', '--json'],
  ['status', '--lang', 'es'],
  ['status', '--json', '--lang', 'en', '--home', '/tmp/h', '--dir', '/tmp'],
  ['status', '--home', '/tmp/h', '--json'],
  ['status', '--lang', 'xx'],
  ['status', '--dir', 'status'],
];
const left = [
  ['status', 'extra'],
  ['status', '--bogus'],
  ['status', '--home'],
  ['status', '--home', ''],
  ['status', '--home', '--json'],
  ['status', '--lang=en'],
  ['status', '--json', '--json'],
  ['status', '--lang', 'es', '--lang', 'en'],
  ['status', '--', '--json'],
  ['--lang', 'en', 'status'],
  ['export'],
  [],
];

describe('status without commander', () => {
  for (const argv of taken)
    it(`${argv.join(' ')}: the options commander gives`, async () => {
      const parsed = await parseCommandLine(argv);
      expect(typeof parsed).toBe('object');
      expect(quickStatusOptions(argv)).toEqual((parsed as { globals: object }).globals);
    });

  it('leaves every other shape to commander', () => {
    for (const argv of left) expect(quickStatusOptions(argv), argv.join(' ')).toBeUndefined();
  });
});

/** Each argv with the module argument commander hands `check` (undefined: none given). */
const checkTaken: [string[], string | undefined][] = [
  [['check'], undefined],
  [['check', '01'], '01'],
  [['check', 'all', '--json'], 'all'],
  [['check', '01', '--dir', '/tmp/ws', '--python', '/usr/bin/python3', '--json'], '01'],
  [['check', '--dir', '/tmp/ws', '03'], '03'],
  [['check', '--json', '--lang', 'es', '--home', '/tmp/h', '1'], '1'],
  [['check', '01', '--junit', '/tmp/report.xml', '--lang', 'en'], '01'],
  [['check', '01', '--watch', '--dir', '01'], '01'],
  [['check', '99'], '99'],
  [['check', '--dir', 'check', 'check'], 'check'],
];
const checkLeft = [
  ['check', '01', '02'],
  ['check', '01', '--bogus'],
  ['check', '01', '--dir'],
  ['check', '01', '--dir', ''],
  ['check', '01', '--python', '--json'],
  ['check', '01', '--dir=/tmp'],
  ['check', '01', '--json', '--json'],
  ['check', '01', '--dir', '/a', '--dir', '/b'],
  ['check', '--', '01'],
  ['check', ''],
  ['check', '-1'],
  ['--dir', '/tmp', 'check', '01'],
  ['check', '01', '--force'],
];

describe('check without commander', () => {
  for (const [argv, argument] of checkTaken)
    it(`${argv.join(' ')}: the module and options commander gives`, async () => {
      const parsed = (await parseCommandLine(argv)) as { globals: object; run: (ctx: Context) => unknown };
      expect(typeof parsed).toBe('object');
      expect(await parsed.run({} as Context)).toBe(argument);
      expect(quickParse(argv)).toEqual({ command: 'check', argument, options: parsed.globals });
    });

  it('leaves every other shape to commander', () => {
    for (const argv of checkLeft) expect(quickParse(argv), argv.join(' ')).toBeUndefined();
  });

  it('never takes a check shape for status', () => {
    expect(quickStatusOptions(['check', '01'])).toBeUndefined();
    expect(quickParse(['status', '01'])).toBeUndefined();
  });
});
