import { ESCAPED_QUOTES, AS_WRITTEN, decodeCell } from './csv-scanner.js';

/** distinct texts one column keeps; a column with more (ids, free text) is decoded cell by cell */
const MAX_TEXTS = 4096;
/** (TEXT_HASH_BYTES in assembly/csv-scan.ts) */
const MAX_TEXT_BYTES = 64;
const SLOTS = 8192; // a power of two, twice MAX_TEXTS: short probe runs

/**
 * One column's cell texts by their bytes: a value that repeats (a category) is decoded once and the
 * same string handed out again, so a categorical column costs a hash of a few bytes per cell, not a
 * new string (and the maps that count values find the string's hash already computed).
 */
export class TextInterner {
  private readonly slots = new Int32Array(SLOTS); // entry + 1, or 0 when free
  private readonly hashes = new Int32Array(MAX_TEXTS + 1);
  private readonly starts = new Int32Array(MAX_TEXTS + 1);
  private readonly lengths = new Int32Array(MAX_TEXTS + 1);
  private readonly arena = Buffer.allocUnsafe(MAX_TEXTS * 16);
  private arenaUsed = 0;
  private readonly texts: string[] = [];
  /** per entry: 1 when its text reads as a number (noted by the reader, see `readsAsNumber`) */
  private readonly numberTexts = new Uint8Array(MAX_TEXTS + 1);
  private full = false;

  /** true once the column keeps no more texts: from then on `code` and `find` give -1 for every text */
  get isFull(): boolean {
    return this.full;
  }

  /** every text kept so far, by code (see `code`); it only grows */
  get dictionary(): readonly string[] {
    return this.texts;
  }

  /** the text of buf[start, end), as decodeCell gives it */
  text(buf: Buffer, start: number, end: number, flags: number): string {
    const code = this.code(buf, start, end, flags);
    return code >= 0 ? this.texts[code]! : decodeCell(buf, start, end, flags);
  }

  /** the index in `dictionary` of the text of buf[start, end), or -1 when the column keeps no more texts or not this one */
  code(buf: Buffer, start: number, end: number, flags: number): number {
    if (this.full || end - start > MAX_TEXT_BYTES || flags & (ESCAPED_QUOTES | AS_WRITTEN)) return -1;
    return this.probe(buf, start, end, textHash(buf, start, end), true);
  }

  /**
   * `code` of an unquoted cell's bytes for a text kept already; -1, adding nothing, when it is not
   * (or when `code` would give -1): for a reader that must look at a new text before keeping it.
   */
  find(buf: Buffer, start: number, end: number, hash = textHash(buf, start, end)): number {
    if (this.full || end - start > MAX_TEXT_BYTES) return -1;
    return this.probe(buf, start, end, hash, false);
  }

  /** Notes whether entry `code`'s text reads as a number: a property of its bytes, the same each time it is noted. */
  noteReadsAsNumber(code: number, readsAsNumber: boolean): void {
    this.numberTexts[code] = readsAsNumber ? 1 : 0;
  }

  /** what noteReadsAsNumber noted for entry `code` */
  readsAsNumber(code: number): boolean {
    return this.numberTexts[code] === 1;
  }

  private probe(buf: Buffer, start: number, end: number, hash: number, add: boolean): number {
    const length = end - start;
    const arena = this.arena;
    for (let slot = hash & (SLOTS - 1); ; slot = (slot + 1) & (SLOTS - 1)) {
      const entry = this.slots[slot]! - 1;
      if (entry < 0) return add ? this.add(slot, hash, buf, start, end) : -1;
      if (this.hashes[entry] !== hash || this.lengths[entry] !== length) continue;
      let at = this.starts[entry]!;
      let i = start;
      while (i < end && arena[at] === buf[i]) {
        at++;
        i++;
      }
      if (i === end) return entry;
    }
  }

  private add(slot: number, hash: number, buf: Buffer, start: number, end: number): number {
    const length = end - start;
    if (this.texts.length === MAX_TEXTS || this.arenaUsed + length > this.arena.length) {
      this.full = true;
      return -1;
    }
    // (the flags `code` lets through, none or QUOTED, decode the cell's bytes alike)
    const text = decodeCell(buf, start, end, 0);
    const entry = this.texts.length;
    this.texts.push(text);
    this.hashes[entry] = hash;
    this.starts[entry] = this.arenaUsed;
    this.lengths[entry] = length;
    buf.copy(this.arena, this.arenaUsed, start, end);
    this.arenaUsed += length;
    this.slots[slot] = entry + 1;
    return entry;
  }
}

/**
 * The interner's hash of buf[start, end) (the CSV scanner's textHash computes the same in
 * WebAssembly): FNV-1a seeded with the length, over 4 bytes (little-endian) at a time and then the
 * last bytes one by one, and murmur3's finalizer steps, so that every byte reaches the low bits the
 * slots are picked by. Four bytes a step: a category is hashed for every cell of its column.
 */
export function textHash(buf: Buffer, start: number, end: number): number {
  let hash = 0x811c9dc5 ^ (end - start);
  let i = start;
  for (; i + 4 <= end; i += 4) hash = Math.imul(hash ^ (buf[i]! | (buf[i + 1]! << 8) | (buf[i + 2]! << 16) | (buf[i + 3]! << 24)), 0x01000193);
  for (; i < end; i++) hash = Math.imul(hash ^ buf[i]!, 0x01000193);
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 0x85ebca6b);
  return hash ^ (hash >>> 13);
}
