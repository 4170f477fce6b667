// `status` parsed without commander (src/cli/quick-parse.ts) must mean what commander makes of the
// same argv, and leave every other shape to commander.
import { describe, expect, it } from 'vitest';
import { parseCommandLine } from '../../src/cli/program.js';
import { quickStatusOptions } from '../../src/cli/quick-parse.js';

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
