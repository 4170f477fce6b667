// npm pack never ships files named .gitignore. Before packing, every solutions/**/.gitignore gets a
// `gitignore` twin that does ship (`solution NN --copy` writes it back as .gitignore); after packing
// the twins are removed. Silent: `npm pack --json` output must stay JSON.
import { copyFileSync, existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', 'solutions');
const mode = process.argv[2];

function* gitignores(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory() && entry.name !== '__pycache__' && entry.name !== '.venv') yield* gitignores(path);
    else if (entry.isFile() && entry.name === '.gitignore') yield path;
  }
}

for (const file of gitignores(root)) {
  const twin = join(dirname(file), 'gitignore');
  if (mode === 'add') copyFileSync(file, twin);
  else if (mode === 'remove' && existsSync(twin) && readFileSync(twin, 'utf8') === readFileSync(file, 'utf8'))
    rmSync(twin);
}
