// Output of the quick commands (`--help`, `status`, `check` outside a terminal) straight to file
// descriptor 1: process.stdout builds a stream on first use, and the stream modules behind it cost
// 5–20 ms of a start whose budget is ~20 ms (Node 22 most). Node's own stdout writes files and pipes
// synchronously on Linux, so this changes no order; a non-blocking pipe (EAGAIN) hands the rest to
// process.stdout, which waits.
import { writeSync } from 'node:fs';

let viaStream = false;

export function writeOut(text: string): void {
  if (viaStream) {
    process.stdout.write(text);
    return;
  }
  const bytes = Buffer.from(text, 'utf8');
  let written = 0;
  try {
    while (written < bytes.length) written += writeSync(1, bytes, written, bytes.length - written);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    // `mlops-tutor status | head` closes the pipe early: that is the reader's choice, not an error.
    if (code === 'EPIPE') process.exit(0);
    if (code !== 'EAGAIN') throw error;
    viaStream = true;
    process.stdout.write(bytes.subarray(written));
  }
}
