// The command table drives commander, the argv scans and both levels of help: every command in it
// must be documented in both languages, and every documented option must be one commander accepts.
import { describe, expect, it } from 'vitest';
import { COMMANDS, GLOBAL_OPTIONS, VALUED_FLAGS } from '../../src/cli/command-table.js';
import { commandHelpText, helpCommand, helpText } from '../../src/cli/help.js';
import { messages } from '../../src/i18n/index.js';
import { LANGS } from '../../src/core/types.js';

describe('one command table', () => {
  for (const lang of LANGS) {
    it(`${lang}: the global help lists every command of the table, in its order`, () => {
      const text = helpText(lang, '0.0.0', 200);
      const positions = COMMANDS.map((command) => text.indexOf(`  ${command.name}`));
      expect(positions.every((position) => position > 0)).toBe(true);
      expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    });

    it(`${lang}: each command's help names exactly the options the table gives it`, () => {
      const help = messages(lang).cli.commandHelp.commands;
      for (const command of COMMANDS) {
        const documented = help[command.text].options
          .map(([name = '']) => name.split(' ')[0])
          .filter((flag) => flag !== '--dir');
        expect(documented.sort(), command.name).toEqual(command.options.map((option) => option.flag).sort());
        expect(commandHelpText(lang, command.name)).toContain(`mlops-tutor ${command.name}`);
      }
    });
  }

  it('the argv scan skips the value of every flag that takes one', () => {
    expect([...VALUED_FLAGS].sort()).toEqual([
      '--copy',
      '--count',
      '--dir',
      '--format',
      '--home',
      '--junit',
      '--lang',
      '--level',
      '--minutes',
      '--module',
      '--out',
      '--python',
    ]);
    expect(helpCommand(['--home', 'check', 'status', '--help'])).toBe('status');
    expect(helpCommand(['--lang', 'en', 'drill', '--help'])).toBe('drill');
    expect(GLOBAL_OPTIONS.map((option) => option.flag)).toEqual(['--lang', '--home', '--dir']);
  });
});
