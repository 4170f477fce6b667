// Reading a learner's files defensively: symlink loops, FIFOs, unreadable and huge files and
// non-UTF-8 bytes all give a sentence, never a hang or a crash.
import { closeSync, constants, openSync, readdirSync, readSync, realpathSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';

/** Larger files are read up to this many bytes: enough for any source, README or CSV a lesson asks for. */
export const MAX_READ_BYTES = 8 * 1024 * 1024;

export type ReadResult = { ok: true; text: string; bytes: Buffer } | { ok: false; reason: 'missing' | 'not-file' | 'unreadable' | 'outside'; code: string };

/** The absolute path of `rel` inside `dir`; undefined when it would leave the folder. */
export function inside(dir: string, rel: string): string | undefined {
  const path = resolve(dir, rel);
  const back = relative(dir, path);
  return back.startsWith('..') || back.startsWith(sep) ? undefined : path;
}

export function readLearnerFile(dir: string, rel: string): ReadResult {
  const path = inside(dir, rel);
  if (!path) return { ok: false, reason: 'missing', code: 'ENOENT' };
  let size: number;
  try {
    // A symlink that leaves the folder (to /etc/shadow, say) is not the learner's file: never read it.
    const real = realpathSync(path);
    const back = relative(realpathSync(dir), real);
    if (back.startsWith('..') || back.startsWith(sep)) return { ok: false, reason: 'outside', code: 'ELOOP' };
    const stat = statSync(path);
    // A FIFO or device would block a read forever; a directory is not a file.
    if (!stat.isFile()) return { ok: false, reason: 'not-file', code: 'EISDIR' };
    size = stat.size;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'EIO';
    return code === 'ENOENT' || code === 'ENOTDIR' ? { ok: false, reason: 'missing', code } : { ok: false, reason: 'unreadable', code };
  }
  let fd: number | undefined;
  try {
    // O_NONBLOCK: a FIFO swapped in after the stat must not hang the check.
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
    const buffer = Buffer.alloc(Math.min(size, MAX_READ_BYTES));
    let read = 0;
    while (read < buffer.length) {
      const n = readSync(fd, buffer, read, buffer.length - read, read);
      if (n === 0) break;
      read += n;
    }
    const bytes = buffer.subarray(0, read);
    // Invalid UTF-8 becomes U+FFFD instead of an exception: a Latin-1 README still gets graded.
    return { ok: true, bytes, text: new TextDecoder('utf-8', { fatal: false }).decode(bytes) };
  } catch (error) {
    return { ok: false, reason: 'unreadable', code: (error as NodeJS.ErrnoException).code ?? 'EIO' };
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

export function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

export function isDir(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

export function listDir(path: string): string[] {
  try {
    return readdirSync(path).sort();
  } catch {
    return [];
  }
}

/** Does `rel` exist as a file? A `*` in the last segment matches any name. */
export function fileExists(dir: string, rel: string): boolean {
  const path = inside(dir, rel);
  if (!path) return false;
  const last = rel.split('/').pop()!;
  if (!last.includes('*')) return isFile(path);
  const parent = join(path, '..');
  const pattern = new RegExp(`^${last.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`);
  return listDir(parent).some((name) => pattern.test(name) && isFile(join(parent, name)));
}
