// checks/python/supervise.py hands the learner's command over as a shell would: its exit status, its
// death by a signal, a missing program in one line, and SIGPIPE back at its default (Python ignores it
// at start, and an ignored signal stays ignored across exec: `yes | head` would then never end).
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { helperDir } from '../../src/checks/definitions.js';
import { testPython } from '../checks/helpers.js';

/** Runs `argv` under the supervisor, as `check` does: this process is its parent. */
function supervised(argv: string[]) {
  const script = join(helperDir(), 'supervise.py');
  return spawnSync(testPython(), ['-I', '-S', script, String(process.pid), ...argv], { encoding: 'utf8' });
}

describe.runIf(process.platform === 'linux')('a supervised command', () => {
  it('exits as the command did, or by the signal that ended it', () => {
    expect(supervised(['sh', '-c', 'exit 3']).status).toBe(3);
    expect(supervised(['sh', '-c', 'kill -TERM $$']).signal).toBe('SIGTERM');
  });

  it('says in one line that a program does not exist, with 127 as a shell would', () => {
    const run = supervised(['no-such-program-here']);
    expect(run.status).toBe(127);
    expect(run.stderr).toBe('no-such-program-here: No such file or directory\n');
  });

  it('gets SIGPIPE and SIGXFSZ back at their default, so a writer into a closed pipe ends', () => {
    const ignored = /SigIgn:\s+([0-9a-f]+)/.exec(supervised(['cat', '/proc/self/status']).stdout)?.[1];
    expect(ignored).toBeDefined();
    const mask = BigInt(`0x${ignored}`);
    expect(mask & (1n << 12n)).toBe(0n); // SIGPIPE is 13: bit 12
    expect(mask & (1n << 24n)).toBe(0n); // SIGXFSZ is 25: bit 24
    expect(supervised(['sh', '-c', 'yes | head -n 1']).stdout).toBe('y\n');
  });
});
