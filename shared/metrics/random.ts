/**
 * A small seeded pseudo-random generator for the bootstrap: xoshiro128** (Blackman & Vigna), a
 * 128-bit-state generator with 32-bit outputs that passes BigCrush, seeded by running splitmix32
 * over the seed so that nearby seeds (1, 2, 3) give unrelated streams. Pure 32-bit integer
 * arithmetic, so the stream is the same on every platform and Node version: same seed, same
 * resamples, same intervals.
 */
export class SeededRandom {
  private s0: number;
  private s1: number;
  private s2: number;
  private s3: number;

  constructor(seed: number) {
    let x = seed >>> 0;
    const next = () => {
      // splitmix32
      x = (x + 0x9e3779b9) >>> 0;
      let z = x;
      z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
      z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
      return (z ^ (z >>> 16)) >>> 0;
    };
    this.s0 = next();
    this.s1 = next();
    this.s2 = next();
    this.s3 = next();
  }

  /** uniform on 0..2³²−1 */
  nextUint32(): number {
    const result = Math.imul(rotl(Math.imul(this.s1, 5), 7), 9) >>> 0;
    const t = this.s1 << 9;
    this.s2 ^= this.s0;
    this.s3 ^= this.s1;
    this.s1 ^= this.s2;
    this.s0 ^= this.s3;
    this.s2 ^= t;
    this.s3 = rotl(this.s3, 11);
    return result;
  }

  /** uniform on (0, 1), 53 bits from two draws, never 0 or 1 (the binomial draws take its logarithm) */
  nextUnit(): number {
    const high = this.nextUint32() >>> 5;
    const low = this.nextUint32() >>> 6;
    return (high * 67108864 + low + 0.5) / 9007199254740992;
  }

  /**
   * Uniform on 0..n−1 without bias, 1 ≤ n ≤ 2³². Up to 2²¹ rows, Lemire's multiply-and-reject (the
   * high 32 bits of x·n, rejecting the few x whose low bits fall below 2³² mod n); x·n then stays
   * below 2⁵³, exact in a double, and no division is needed. Above, the plain rejection of the top
   * partial block of 2³² and x mod n.
   */
  nextIndex(n: number): number {
    if (n <= LEMIRE_MAX) {
      let m = this.nextUint32() * n;
      let low = m - Math.floor(m * TWO_TO_MINUS_32) * TWO_TO_32;
      if (low < n) {
        const threshold = (TWO_TO_32 - n) % n;
        while (low < threshold) {
          m = this.nextUint32() * n;
          low = m - Math.floor(m * TWO_TO_MINUS_32) * TWO_TO_32;
        }
      }
      return Math.floor(m * TWO_TO_MINUS_32);
    }
    const limit = TWO_TO_32 - (TWO_TO_32 % n);
    let x = this.nextUint32();
    while (x >= limit) x = this.nextUint32();
    return x % n;
  }
}

const TWO_TO_32 = 0x100000000;
const TWO_TO_MINUS_32 = 1 / TWO_TO_32;
const LEMIRE_MAX = 2 ** 21;

function rotl(x: number, k: number): number {
  return (x << k) | (x >>> (32 - k));
}

/**
 * One bootstrap resample as weights: n rows drawn uniformly with replacement, each row's weight the
 * number of times it was drawn (a multinomial(n, 1/n, ..., 1/n) draw). Metrics weighted by these
 * counts equal the metrics of the resampled rows, without copying rows.
 */
export function resampleCounts<T extends Float64Array | Uint8Array = Float64Array>(random: SeededRandom, n: number, into: T = new Float64Array(n) as T): T {
  into.fill(0);
  for (let i = 0; i < n; i++) {
    const row = random.nextIndex(n);
    // 8-bit counts would wrap past 255: never seen in practice (about n/256! of a chance), refused all the same
    into[row]++;
    if (into[row] === 0) throw new Error(`row ${row} was drawn more than 255 times in one resample`);
  }
  return into;
}
