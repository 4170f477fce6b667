// Bounded output capture: a learner's script may print megabytes; we keep the head and the tail
// (where tracebacks and summaries are) and say how much was cut, so memory stays flat.
export const HEAD_BYTES = 16 * 1024;
export const TAIL_BYTES = 16 * 1024;

export class Capture {
  #head: Buffer[] = [];
  #headSize = 0;
  #tail: Buffer[] = [];
  #tailSize = 0;
  #total = 0;

  constructor(
    readonly headBytes = HEAD_BYTES,
    readonly tailBytes = TAIL_BYTES,
  ) {}

  push(chunk: Buffer): void {
    this.#total += chunk.length;
    if (this.#headSize < this.headBytes) {
      const take = chunk.subarray(0, this.headBytes - this.#headSize);
      this.#head.push(take);
      this.#headSize += take.length;
      chunk = chunk.subarray(take.length);
      if (chunk.length === 0) return;
    }
    this.#tail.push(chunk);
    this.#tailSize += chunk.length;
    // Drop whole chunks from the front while the rest still covers the tail window.
    while (this.#tail.length > 1 && this.#tailSize - this.#tail[0]!.length >= this.tailBytes) this.#tailSize -= this.#tail.shift()!.length;
  }

  /** Bytes received in total. */
  get total(): number {
    return this.#total;
  }

  /** The kept text: head, a marker with the number of bytes cut, tail. */
  text(cutMarker: (bytes: number) => string): string {
    const head = Buffer.concat(this.#head);
    let tail = Buffer.concat(this.#tail);
    if (tail.length > this.tailBytes) tail = tail.subarray(tail.length - this.tailBytes);
    const cut = this.#total - head.length - tail.length;
    const decode = (buffer: Buffer) => buffer.toString('utf8');
    return cut > 0 ? `${decode(head)}\n${cutMarker(cut)}\n${decode(tail)}` : decode(Buffer.concat([head, tail]));
  }
}
