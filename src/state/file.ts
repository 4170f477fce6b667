// Reading and writing state.json by hand rather than through conf: the read must never block (a FIFO
// in the file's place hung every command), the write must fail with its real cause (ENOSPC) and leave
// no temporary file behind, and a large file is parsed once per process, not once per caller.
import {
  closeSync,
  constants,
  fstatSync,
  fsyncSync,
  openSync,
  readdirSync,
  readSync,
  renameSync,
  rmSync,
  statSync,
  writeSync,
} from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** The file exists but is not a regular file (a FIFO, a folder, a device). */
export class NotRegularFileError extends Error {
  constructor(readonly path: string) {
    super(`${path} is not a regular file`);
  }
}

export interface FileText {
  text: string;
  /** The whole file was read (it ended before `maxBytes`). */
  complete: boolean;
  /** Identifies this version of the file (inode, size, mtime), to reuse a parse while it is unchanged. */
  version: string;
}

// O_NONBLOCK does not exist on Windows, where FIFOs cannot take the file's place anyway.
const READ_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

/**
 * The file's text (its first `maxBytes` when given), or undefined when it does not exist. Never blocks,
 * whatever sits at the path.
 */
export function readFileText(path: string, maxBytes = Infinity): FileText | undefined {
  let fd: number;
  try {
    fd = openSync(path, READ_FLAGS);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) throw new NotRegularFileError(path);
    const chunks: Buffer[] = [];
    let total = 0;
    let complete = false;
    for (;;) {
      if (total >= maxBytes) break;
      const chunk = Buffer.allocUnsafe(Math.min(maxBytes - total, Math.max(65_536, stat.size - total + 1)));
      const read = readSync(fd, chunk, 0, chunk.length, null);
      if (read === 0) {
        complete = true;
        break;
      }
      chunks.push(read === chunk.length ? chunk : chunk.subarray(0, read));
      total += read;
    }
    return {
      text: Buffer.concat(chunks, total).toString('utf8'),
      complete,
      version: `${stat.ino}:${stat.size}:${stat.mtimeMs}`,
    };
  } finally {
    closeSync(fd);
  }
}

const parsed = new Map<string, { version: string; value: unknown }>();

/**
 * The file parsed as JSON (undefined when missing), parsed once per version of the file: the language
 * lookup at start-up and the store then share one parse. Throws SyntaxError for invalid JSON.
 */
export function readJson(path: string, read?: FileText): { value: unknown; version: string } | undefined {
  const version = read?.version ?? fileVersion(path);
  const cached = parsed.get(path);
  if (version && cached?.version === version) return cached;
  // `read`: the whole file, just read by the caller (saved-language.ts), so it is not read twice.
  const file = read?.complete ? read : readFileText(path);
  if (!file) return undefined;
  const entry = { version: file.version, value: JSON.parse(file.text) as unknown };
  parsed.set(path, entry);
  return entry;
}

/** The version key of the file now, without reading it (undefined when missing or not a file). */
export function fileVersion(path: string): string | undefined {
  try {
    const stat = statSync(path);
    return stat.isFile() ? `${stat.ino}:${stat.size}:${stat.mtimeMs}` : undefined;
  } catch {
    return undefined;
  }
}

const TMP_MARK = '.tmp-';

/**
 * Writes through a temporary file in the same folder, flushed, then renamed over the target: a crash or
 * a full disk leaves the previous file whole. On failure the temporary file is removed and the error
 * (ENOSPC, EACCES, EROFS…) is thrown as it came.
 */
export function writeFileAtomic(path: string, text: string): void {
  const tmp = `${path}${TMP_MARK}${process.pid}-${Math.random().toString(36).slice(2, 8)}`;
  let fd: number | undefined;
  try {
    fd = openSync(tmp, 'wx', 0o600);
    const bytes = Buffer.from(text, 'utf8');
    let written = 0;
    while (written < bytes.length) written += writeSync(fd, bytes, written, bytes.length - written);
    fsyncSync(fd);
    closeSync(fd);
    fd = undefined;
    renameSync(tmp, path);
  } catch (error) {
    if (fd !== undefined) closeSync(fd);
    rmSync(tmp, { force: true });
    throw error;
  }
}

/**
 * Removes temporary files a killed writer left next to the state file. Called while holding the store's
 * lock: every writer writes only under it, so no temporary file there can belong to a live write.
 */
export function removeLeftoverTemps(path: string): void {
  const prefix = `${basename(path)}${TMP_MARK}`;
  try {
    for (const name of readdirSync(dirname(path)))
      if (name.startsWith(prefix)) rmSync(join(dirname(path), name), { force: true });
  } catch {
    // A folder we cannot list holds nothing we could remove either.
  }
}
