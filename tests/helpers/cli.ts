// Runs the built launcher as a learner would, without a terminal (stdin ignored, output piped).
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execa } from 'execa';
import { repoRoot } from './syllabus.js';

export const bin = join(repoRoot, 'bin', 'mlops-tutor.js');
export const tempDir = (prefix = 'mlops-e2e-') => mkdtempSync(join(tmpdir(), prefix));

export function cli(args: string[], options: { home?: string; env?: Record<string, string>; input?: string } = {}) {
  return execa(process.execPath, [bin, ...args], {
    reject: false,
    stdin: options.input === undefined ? 'ignore' : 'pipe',
    input: options.input,
    // Unset, not empty: Node 22+ reads FORCE_COLOR="" as "force colour" and warns that NO_COLOR is ignored.
    env: {
      MLOPS_TUTOR_HOME: options.home ?? tempDir(),
      LANG: 'en_US.UTF-8',
      LC_ALL: '',
      NO_COLOR: undefined,
      FORCE_COLOR: undefined,
      ...options.env,
    },
    extendEnv: true,
  });
}
