/**
 * A set of 32-bit hashes in a typed array (open addressing, linear probing): what HyperLogLog keeps
 * while its counts are exact. A `Set<number>` boxes every hash above 2^30 and costs a few hundred
 * nanoseconds an insertion; this costs a multiply and a probe or two, and allocates only to grow.
 * Slot value 0 means free, so the hash 0 is remembered apart.
 */
export class HashSet32 {
  private slots: Uint32Array;
  private hasZero = false;
  /** hashes held */
  size = 0;

  /**
   * `limit`: the owner drops the set once it holds more than this many hashes (HyperLogLog turns
   * to registers), so the table starts big enough for them and never rehashes; the one hash past
   * the limit needs no room to grow into.
   */
  constructor(private readonly limit = Infinity) {
    this.slots = new Uint32Array(limit === Infinity ? 1024 : 2 ** Math.ceil(Math.log2(2 * limit)));
  }

  add(hash: number): void {
    hash >>>= 0;
    if (hash === 0) {
      if (!this.hasZero) {
        this.hasZero = true;
        this.size++;
      }
      return;
    }
    let slots = this.slots;
    let mask = slots.length - 1;
    // Fibonacci hashing spreads hashes that differ only in their high bits
    for (let at = (Math.imul(hash, 0x9e3779b1) >>> 0) & mask; ; at = (at + 1) & mask) {
      const held = slots[at]!;
      if (held === hash) return;
      if (held !== 0) continue;
      slots[at] = hash;
      this.size++;
      // at most half full, so that probe runs stay short; past the limit only if the owner kept it
      if (2 * this.size > slots.length && (this.size <= this.limit || 4 * this.size > 3 * slots.length)) {
        this.grow();
        slots = this.slots;
        mask = slots.length - 1;
      }
      return;
    }
  }

  /** the table itself, for ColumnKernel.addToSet to add to as `add` would (then `restore`) */
  get slotArray(): Uint32Array {
    return this.slots;
  }

  /** whether the hash 0 is held (no slot holds it) */
  get holdsZero(): boolean {
    return this.hasZero;
  }

  /** after the slots were filled in place (ColumnKernel.addToSet): how many hashes, and whether 0 is one */
  restore(size: number, hasZero: boolean): void {
    this.size = size;
    this.hasZero = hasZero;
  }

  /** the table's slots: twice the hashes held at least (while it keeps to its limit) */
  get slotCount(): number {
    return this.slots.length;
  }

  /** every hash, in no particular order */
  values(): Uint32Array {
    const out = new Uint32Array(this.size);
    let n = 0;
    if (this.hasZero) out[n++] = 0;
    const slots = this.slots;
    for (let i = 0; i < slots.length; i++) if (slots[i]! !== 0) out[n++] = slots[i]!;
    return out;
  }

  private grow(): void {
    const old = this.slots;
    this.slots = new Uint32Array(old.length * 2);
    this.size = this.hasZero ? 1 : 0;
    for (let i = 0; i < old.length; i++) if (old[i]! !== 0) this.add(old[i]!);
  }
}
