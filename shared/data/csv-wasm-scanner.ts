import { CsvRecordScanner } from './csv-scanner.js';
import { instantiateCsvScan, type CsvScanExports } from './csv-scan-module.js';

/** Where the module's own static data ends (assembly/csv-scan.ts has a few hundred bytes of it). */
const LAYOUT_BASE = 65536;
const PAGE = 65536;
/** bytes of the buffer copied into the module at a time, unless one record needs more */
const WINDOW = 256 * 1024;
const INCOMPLETE = -1;
const CELLS_FULL = -2;

/**
 * CsvRecordScanner with its record loop in WebAssembly (assembly/csv-scan.ts: the same rules, 16
 * bytes at a time for the common short cell, Clinger's fast path for decimals of up to 19 digits
 * with an exponent). Its `starts`, `ends`, `flags` and `numbers` are views of the module's memory,
 * where the module writes each record's cells: nothing is copied per record. The buffer is copied
 * in a window at a time, so this suits a reader that goes through a buffer record after record
 * (CsvReader); one that jumps about (the row locator) is better served by CsvRecordScanner. Each
 * scanner has an instance (and memory) of its own.
 */
export class CsvWasmScanner extends CsvRecordScanner {
  private readonly wasm: CsvScanExports;
  private readonly delimiterByte: number;
  private cellCapacity = 64;
  private inputCapacity = 0;
  // the layout in the module's memory
  private inputAt = 0;
  private startsAt = 0;
  private endsAt = 0;
  private flagsAt = 0;
  private numbersAt = 0;
  private statusAt = 0;
  private input = new Uint8Array(0);
  private status = new Int32Array(3);
  // which bytes of which buffer the module holds
  private window: Buffer | undefined;
  /** the `eof` the window's buffer came with */
  private bufferEof = false;
  /** nothing follows the window's bytes */
  private windowEof = false;
  private windowStart = 0;
  private windowEnd = 0;

  /** `windowBytes`: how much of the buffer to copy in at a time (small ones test the refills) */
  constructor(
    delimiter: number,
    wasm: CsvScanExports,
    private readonly windowBytes = WINDOW,
  ) {
    super(delimiter);
    this.wasm = wasm;
    this.delimiterByte = delimiter;
    this.layout(windowBytes);
  }

  override scan(buf: Buffer, pos: number, eof: boolean): number {
    if (buf !== this.window || eof !== this.bufferEof || pos < this.windowStart || pos >= this.windowEnd) {
      if (pos >= buf.length) return super.scan(buf, pos, eof);
      this.load(buf, pos, eof, this.windowBytes);
    }
    for (;;) {
      const next = this.wasm.scan(pos - this.windowStart);
      if (next >= 0) {
        const status = this.status;
        this.cellCount = status[0]!;
        this.innerNewlines = status[1]!;
        this.unterminatedQuote = (status[2]! & 1) !== 0;
        return next;
      }
      if (next === CELLS_FULL) this.grow();
      else if (next === INCOMPLETE && this.windowEnd < buf.length) this.load(buf, pos, eof, 2 * (this.windowEnd - pos));
      else return -1;
    }
  }

  /** Copies `buf` from `pos`, up to `bytes` of it, into the module. */
  private load(buf: Buffer, pos: number, eof: boolean, bytes: number): void {
    const end = Math.min(buf.length, pos + Math.max(bytes, this.windowBytes));
    if (end - pos > this.inputCapacity) this.layout(end - pos);
    this.input.set(buf.subarray(pos, end));
    this.window = buf;
    this.bufferEof = eof;
    this.windowEof = eof && end === buf.length;
    this.windowStart = pos;
    this.windowEnd = end;
    this.wasm.window(end - pos, this.windowEof ? 1 : 0, pos, this.delimiterByte);
  }

  protected override grow(): void {
    const { starts, ends, flags, numbers } = this;
    const kept = [starts.slice(), ends.slice(), flags.slice(), numbers.slice()] as const;
    this.cellCapacity *= 2;
    this.layout(this.inputCapacity);
    this.starts.set(kept[0]);
    this.ends.set(kept[1]);
    this.flags.set(kept[2]);
    this.numbers.set(kept[3]);
  }

  /** Lays out the module's memory for `inputBytes` of input and `cellCapacity` cells; the input is kept. */
  private layout(inputBytes: number): void {
    const align = (n: number): number => (n + 15) & ~15;
    const kept = this.input.subarray(0, this.windowEnd - this.windowStart);
    this.inputCapacity = inputBytes;
    // the cells first: the input moves when it grows, the cells when they do
    this.statusAt = LAYOUT_BASE;
    this.numbersAt = this.statusAt + 16;
    this.startsAt = this.numbersAt + this.cellCapacity * 8;
    this.endsAt = this.startsAt + this.cellCapacity * 4;
    this.flagsAt = this.endsAt + this.cellCapacity * 4;
    this.inputAt = align(this.flagsAt + this.cellCapacity);
    const needed = this.inputAt + inputBytes + 16; // 16 bytes after the input for the vector loads
    // Growing the memory detaches its old ArrayBuffer, and the first detach anywhere in a process
    // costs every typed-array access in optimised code a check from then on: the module starts
    // with 1 MiB (--initialMemory in scripts/build-wasm.mjs), which a usual layout fits in.
    const memory = this.wasm.memory;
    const saved = kept.length > 0 ? Buffer.from(kept) : undefined;
    if (needed > memory.buffer.byteLength) memory.grow(Math.ceil((needed - memory.buffer.byteLength) / PAGE));
    const buffer = memory.buffer;
    this.status = new Int32Array(buffer, this.statusAt, 3);
    this.numbers = new Float64Array(buffer, this.numbersAt, this.cellCapacity);
    this.starts = new Int32Array(buffer, this.startsAt, this.cellCapacity);
    this.ends = new Int32Array(buffer, this.endsAt, this.cellCapacity);
    this.flags = new Uint8Array(buffer, this.flagsAt, this.cellCapacity);
    this.input = new Uint8Array(buffer, this.inputAt, inputBytes);
    this.wasm.layout(this.inputAt, this.startsAt, this.endsAt, this.flagsAt, this.numbersAt, this.cellCapacity, this.statusAt);
    if (saved) this.input.set(saved.subarray(0, Math.min(saved.length, inputBytes)));
  }
}

/** The fastest scanner this engine runs for reading a buffer record after record. */
export function createCsvScanner(delimiter: number): CsvRecordScanner {
  const wasm = instantiateCsvScan();
  return wasm ? new CsvWasmScanner(delimiter, wasm) : new CsvRecordScanner(delimiter);
}
