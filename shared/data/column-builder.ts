import { codedTextColumn, decodeCodes } from './coded-text.js';
import type { Column } from './table.js';

/**
 * Accumulates one column's cells, row by row, as numbers for as long as every present cell is a
 * number, then as text from the first cell that is not. Every reader fills its columns with these,
 * so the rule "numeric when every present cell parses as a number" lives here only.
 */
export class ColumnBuilder {
  /** the cells while the column is numeric; empty once it is text */
  private numbers: Float64Array;
  /** the cells as text (null: missing), once the column is text and not coded */
  private texts: (string | null)[] | undefined;
  /**
   * The cells as codes into `dictionary` (-1: missing), while the column is text and every cell so
   * far came by addCoded or addMissing: no string per cell (see TextColumn.codes).
   */
  private codes: Int32Array | undefined;
  private dictionary: readonly string[] | undefined;
  private length = 0;
  private numericCells = 0;
  private textCells = 0;
  private firstTextRow = -1;
  /** the rows the column was made for (it grows past them) */
  private readonly capacity: number;
  /** true once numbers already stored had to be turned back into text (their spelling is lost) */
  numbersBecameText = false;

  constructor(
    readonly name: string,
    capacity = 1024,
    /** start as text: keep every cell's own spelling even where it reads as a number */
    asText = false,
    /** arrays of earlier batches, free to reuse */
    spare?: Float64Array[],
    /**
     * the column is likely to turn text (it did in the batch before): its room for numbers is made
     * at its first number, not before (a categorical column took a fresh array per batch, unused)
     */
    textExpected = false,
    /** code arrays of earlier batches, free to reuse (a coded column takes one when it turns text) */
    private readonly spareCodes?: Int32Array[],
  ) {
    this.capacity = Math.max(16, capacity);
    const reused = !asText && !textExpected && spare?.length && spare[spare.length - 1]!.length >= capacity ? spare.pop() : undefined;
    this.numbers = reused ?? new Float64Array(asText || textExpected ? 0 : this.capacity);
    if (asText) this.codes = new Int32Array(this.capacity).fill(-1);
  }


  /** false while every present cell so far was a number */
  get isText(): boolean {
    return this.texts !== undefined || this.codes !== undefined;
  }

  get rowCount(): number {
    return this.length;
  }

  addNumber(value: number): void {
    this.numericCells++;
    if (this.isText) {
      this.plainTexts().push(String(value));
    } else {
      if (this.length === this.numbers.length) this.grow();
      this.numbers[this.length] = value;
    }
    this.length++;
  }

  /** addNumber for the common case (a numeric column with room): false, having done nothing, otherwise */
  tryAddNumber(value: number): boolean {
    // a text column's `numbers` is empty, so one test covers both "text" and "full"
    if (this.length >= this.numbers.length) return false;
    this.numbers[this.length++] = value;
    this.numericCells++;
    return true;
  }

  /**
   * addNumber of each value, in order, to a column that is still numeric; `missing` of them are NaN
   * for missing cells (addMissing's, which count as no number), the rest numbers
   */
  addNumbers(values: Float64Array, missing = 0): void {
    if (this.isText) throw new Error(`addNumbers on the text column ${this.name}`);
    while (this.length + values.length > this.numbers.length) this.grow();
    this.numbers.set(values, this.length);
    this.length += values.length;
    this.numericCells += values.length - missing;
  }

  addMissing(): void {
    if (this.codes) {
      if (this.length === this.codes.length) this.growCodes();
      this.codes[this.length] = -1;
    } else if (this.texts) this.texts.push(null);
    else {
      if (this.length === this.numbers.length) this.grow();
      this.numbers[this.length] = NaN;
    }
    this.length++;
  }

  /** `readsAsNumber`: the text is a number (only when the column was started as text). */
  addText(text: string, readsAsNumber = false): void {
    this.countText(readsAsNumber);
    this.plainTexts().push(text);
    this.length++;
  }

  /**
   * addText of `dictionary[code]`, kept as the code (see TextColumn.codes). The cells of a column
   * coded with one dictionary stay coded; the dictionary may grow meanwhile, never change.
   */
  addCoded(code: number, dictionary: readonly string[], readsAsNumber = false): void {
    this.countText(readsAsNumber);
    if (!this.isText) this.startText();
    const codes = this.codes;
    if (codes && (this.dictionary === undefined || this.dictionary === dictionary)) {
      this.dictionary = dictionary;
      if (this.length === codes.length) this.growCodes();
      this.codes![this.length] = code;
    } else this.plainTexts().push(dictionary[code]!);
    this.length++;
  }

  /**
   * addCoded(code, dictionary) of each code, in order (texts that do not read as numbers): false,
   * having done nothing, when the cells would not stay codes (the column holds numbers or plain
   * texts, or codes of another dictionary), for the caller to add them one by one.
   */
  addCodes(codes: Int32Array, dictionary: readonly string[]): boolean {
    if (this.isText ? !this.codes || (this.dictionary !== undefined && this.dictionary !== dictionary) : this.numericCells > 0) return false;
    if (codes.length === 0) return true;
    if (!this.isText) this.startText();
    this.dictionary = dictionary;
    this.textCells += codes.length;
    if (this.firstTextRow < 0) this.firstTextRow = this.length;
    while (this.length + codes.length > this.codes!.length) this.growCodes();
    this.codes!.set(codes, this.length);
    this.length += codes.length;
    return true;
  }

  /** Pads with missing cells up to `rows` (a JSON Lines key that first appears late). */
  fillMissingTo(rows: number): void {
    while (this.length < rows) this.addMissing();
  }

  finish(): Column {
    if (this.isText) {
      const firstNonNumericRow = this.firstTextRow >= 0 && this.numericCells > this.textCells ? this.firstTextRow : undefined;
      // the reader's dictionary grows on: the column keeps the part its codes can name
      if (this.codes && this.dictionary) return codedTextColumn(this.name, this.codes.subarray(0, this.length), this.dictionary.slice(), firstNonNumericRow);
      const column: Column = { kind: 'text', name: this.name, values: this.plainTexts() };
      if (firstNonNumericRow !== undefined) column.firstNonNumericRow = firstNonNumericRow;
      return column;
    }
    // Trim the growth slack; copy only when it is worth the memory.
    const used = this.numbers.length - this.length > this.length / 8 ? this.numbers.slice(0, this.length) : this.numbers.subarray(0, this.length);
    return { kind: 'numeric', name: this.name, values: used };
  }

  private countText(readsAsNumber: boolean): void {
    if (readsAsNumber) this.numericCells++;
    else {
      this.textCells++;
      if (this.firstTextRow < 0) this.firstTextRow = this.length;
    }
  }

  /** The column turns text: coded while it holds no number yet, else its numbers become text. */
  private startText(): void {
    if (this.numericCells > 0) {
      this.texts = this.numbersToText();
      return;
    }
    const size = Math.max(this.capacity, this.numbers.length, this.length);
    const spare = this.spareCodes;
    // a recycled array: fresh memory costs a page fault per 4 KiB, every batch (see SpareArrays)
    const reused = spare?.length && spare[spare.length - 1]!.length >= size ? spare.pop() : undefined;
    this.codes = (reused ?? new Int32Array(size)).fill(-1);
    this.numbers = new Float64Array(0);
  }

  /** the cells as plain texts from now on (decoding the codes, or the numbers, so far) */
  private plainTexts(): (string | null)[] {
    if (this.texts) return this.texts;
    if (this.codes) {
      this.texts = this.dictionary ? decodeCodes(this.codes.subarray(0, this.length), this.dictionary) : new Array<string | null>(this.length).fill(null);
      this.codes = undefined;
      this.dictionary = undefined;
    } else this.texts = this.numbersToText();
    return this.texts;
  }

  private growCodes(): void {
    const codes = new Int32Array(Math.max(16, this.codes!.length * 2)).fill(-1);
    codes.set(this.codes!);
    this.codes = codes;
  }

  private grow(): void {
    // (a column made without room for numbers gets the room it was made for)
    const bigger = new Float64Array(Math.max(16, this.numbers.length * 2, this.numbers.length === 0 ? this.capacity : 0));
    bigger.set(this.numbers);
    this.numbers = bigger;
  }

  private numbersToText(): (string | null)[] {
    const texts = new Array<string | null>(this.length);
    for (let i = 0; i < this.length; i++) {
      const v = this.numbers[i]!;
      texts[i] = Number.isNaN(v) ? null : String(v);
    }
    if (this.numericCells > 0) this.numbersBecameText = true;
    this.numbers = new Float64Array(0);
    return texts;
  }
}
