// The installed package's root (where syllabus.yaml, lessons/ and quizzes/ ship), found from this file.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export function packageRoot(from: string = fileURLToPath(import.meta.url)): string {
  let dir = dirname(from);
  for (;;) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest) && JSON.parse(readFileSync(manifest, 'utf8')).name === 'mlops-tutor') return dir;
    const parent = dirname(dir);
    if (parent === dir) throw new Error('mlops-tutor package root not found');
    dir = parent;
  }
}
