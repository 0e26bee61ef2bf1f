/**
 * Memory for the large binary-form bodies the fast lane copies out of the socket's chunks
 * (fast-lane.ts), kept from one request to the next instead of allocated for each.
 *
 * Why: a buffer dropped after its request is freed only when V8 next collects its wrapper, and
 * after a busy spell V8's young generation has grown, so collections are rare. Meanwhile each
 * large request took fresh memory from the top of the C heap, and when a collection freed it all
 * at once, glibc gave it back to the kernel, to be faulted in page by page again: measured on the
 * 1,000 × 30 binary request (bench/serve.mjs, after its 64-client run), 40–60 page faults and
 * ~0.9 ms of CPU more a request, in whole blocks of requests (docs/serve.md).
 *
 * A buffer is given back only once nothing refers to it (the lane's caller says so); the pool keeps
 * a few, bounded in count and bytes, so a burst of large concurrent requests holds no more than that.
 */
export class BodyPool {
  private readonly spares: Buffer[] = [];
  private bytes = 0;

  constructor(
    readonly maxBytes = 16 << 20,
    readonly maxSpares = 4,
  ) {}

  /** memory for `size` bytes or more, 8-byte aligned at its start, its contents left from before */
  take(size: number): Buffer {
    for (let i = 0; i < this.spares.length; i++) {
      const spare = this.spares[i]!;
      if (spare.length < size) continue;
      this.spares.splice(i, 1);
      this.bytes -= spare.length;
      return spare;
    }
    // a whole allocation of its own (never node's shared pool, which other buffers point into),
    // rounded up so that bodies of about the same size share it
    return Buffer.allocUnsafeSlow(Math.ceil(size / ROUND) * ROUND);
  }

  /** takes back memory nothing refers to any more; beyond the pool's bounds it is left to the GC */
  give(buffer: Buffer): void {
    if (this.spares.length >= this.maxSpares || this.bytes + buffer.length > this.maxBytes) return;
    this.spares.push(buffer);
    this.bytes += buffer.length;
  }

  get held(): { count: number; bytes: number } {
    return { count: this.spares.length, bytes: this.bytes };
  }
}

const ROUND = 16_384;
