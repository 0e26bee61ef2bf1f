/**
 * HyperLogLog distinct counter (Flajolet et al. 2007) over 32-bit hashes, 2^14 registers: standard
 * error 1.04/√16384 ≈ 0.8%. Like HLL++'s sparse mode, it keeps the hashes themselves while there are
 * at most 4,096 of them, so small counts are exact (up to 32-bit hash collisions, about n²/2³³).
 * Merging is the union of hashes or the register-wise maximum: shards merge into exactly the
 * one-pass sketch.
 */
import { hashFloatWords } from './hash.js';
import { HashSet32 } from './hash-set.js';
import { columnKernel, type ColumnKernel } from './column-kernel.js';

export const HLL_PRECISION = 14;
const REGISTERS = 1 << HLL_PRECISION;
const REST_BITS = 32 - HLL_PRECISION;
const EXACT_LIMIT = 4096;
/** 2^-rank for every rank a register can hold: the estimate reads 16,384 of them */
const INVERSE_POWERS = Float64Array.from({ length: 256 }, (_, r) => 2 ** -r);

export class HyperLogLog {
  private registers: Uint8Array | undefined;
  private hashes: HashSet32 | undefined = new HashSet32(EXACT_LIMIT);

  addHash(hash: number): void {
    const hashes = this.hashes;
    if (hashes) {
      hashes.add(hash);
      if (hashes.size > EXACT_LIMIT) this.densify();
      return;
    }
    const registers = this.registers!;
    const index = hash >>> REST_BITS;
    const rank = Math.clz32((hash << HLL_PRECISION) | (1 << (HLL_PRECISION - 1))) + 1; // sentinel bit caps the rank
    if (rank > registers[index]!) registers[index] = rank;
  }

  /**
   * Adds every non-NaN number of an array, hashing each from its bytes in place (as hashNumber
   * would): the hot path of numeric columns. Relies on the platform's little-endian doubles.
   * `kernel`: the same values loaded in the WebAssembly kernel, which runs the register loop.
   */
  addNumbers(values: Float64Array, kernel?: ColumnKernel): void {
    const words = new Uint32Array(values.buffer, values.byteOffset, values.length * 2);
    const n = values.length;
    let i = 0;
    const hashes = this.hashes;
    if (kernel && hashes) {
      // the exact phase in the kernel too: the same set, and the index after the value that took it past the limit
      const empty = hashes.size === 0;
      const stop = kernel.addToSet(hashes, EXACT_LIMIT);
      if (stop >= 0) {
        if (hashes.size <= EXACT_LIMIT) return;
        if (empty) {
          // the registers of the set's hashes and of the rest of the batch: those of every value in it
          this.hashes = undefined;
          this.registers = new Uint8Array(REGISTERS);
          kernel.addToRegisters(this.registers, 0);
          return;
        }
        this.densify();
        i = stop;
      }
    }
    // while the hashes are kept exactly; then a loop with nothing but the registers
    for (; i < n && !this.registers; i++) {
      const v = values[i]!;
      if (v === v) this.addHash(hashFloatWords(words[2 * i]!, v === 0 ? 0 : words[2 * i + 1]!)); // -0 hashes as 0
    }
    const registers = this.registers;
    if (!registers) return;
    if (kernel) {
      kernel.addToRegisters(registers, i);
      return;
    }
    for (; i < n; i++) {
      const v = values[i]!;
      if (v !== v) continue;
      const hash = hashFloatWords(words[2 * i]!, v === 0 ? 0 : words[2 * i + 1]!);
      const index = hash >>> REST_BITS;
      const rank = Math.clz32((hash << HLL_PRECISION) | (1 << (HLL_PRECISION - 1))) + 1;
      if (rank > registers[index]!) registers[index] = rank;
    }
  }

  private densify(): void {
    const hashes = this.hashes!;
    this.hashes = undefined;
    this.registers = new Uint8Array(REGISTERS);
    const values = hashes.values();
    for (let i = 0; i < values.length; i++) this.addHash(values[i]!);
  }

  merge(other: HyperLogLog): HyperLogLog {
    const out = new HyperLogLog();
    for (const part of [this, other]) {
      if (part.hashes) for (const h of part.hashes.values()) out.addHash(h);
    }
    for (const part of [this, other]) {
      if (!part.registers) continue;
      if (out.hashes) out.densify();
      const mine = out.registers!;
      const theirs = part.registers;
      for (let i = 0; i < REGISTERS; i++) if (theirs[i]! > mine[i]!) mine[i] = theirs[i]!;
    }
    return out;
  }

  estimate(): number {
    if (this.hashes) return this.hashes.size;
    const { sum, zeros } = columnKernel()?.registerSums(this.registers!) ?? registerSums(this.registers!);
    const alpha = 0.7213 / (1 + 1.079 / REGISTERS);
    const raw = (alpha * REGISTERS * REGISTERS) / sum;
    if (raw <= 2.5 * REGISTERS && zeros > 0) return Math.round(REGISTERS * Math.log(REGISTERS / zeros));
    const two32 = 4294967296;
    if (raw > two32 / 30) return Math.round(-two32 * Math.log(1 - raw / two32));
    return Math.round(raw);
  }

  /** "exact:" and the sorted hashes, or "hll:" and the registers, base64 */
  toJSON(): string {
    if (this.hashes) return `exact:${Buffer.from(this.hashes.values().sort().buffer).toString('base64')}`;
    return `hll:${Buffer.from(this.registers!).toString('base64')}`;
  }

  static fromJSON(text: string): HyperLogLog {
    const [mode, data = ''] = text.split(':');
    const bytes = Buffer.from(data, 'base64');
    const out = new HyperLogLog();
    if (mode === 'exact' && bytes.length % 4 === 0) {
      const words = new Uint32Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length));
      for (const h of words) out.addHash(h);
      return out;
    }
    if (mode === 'hll' && bytes.length === REGISTERS) {
      out.hashes = undefined;
      out.registers = new Uint8Array(bytes);
      return out;
    }
    throw new Error('the distinct-count sketch in this statistics file is damaged');
  }
}

/** the sum of 2^-register and how many registers are zero (ColumnKernel.registerSums, the same to the bit) */
export function registerSums(registers: Uint8Array): { sum: number; zeros: number } {
  let sum = 0;
  let zeros = 0;
  for (let i = 0; i < REGISTERS; i++) {
    const r = registers[i]!;
    sum += INVERSE_POWERS[r]!;
    if (r === 0) zeros++;
  }
  return { sum, zeros };
}
