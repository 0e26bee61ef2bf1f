import type { Column } from './table.js';

/**
 * Accumulates one column's cells, row by row, as numbers for as long as every present cell is a
 * number, then as text from the first cell that is not. Every reader fills its columns with these,
 * so the rule "numeric when every present cell parses as a number" lives here only.
 */
export class ColumnBuilder {
  private numbers: Float64Array;
  private texts: (string | null)[] | undefined;
  private length = 0;
  private numericCells = 0;
  private textCells = 0;
  private firstTextRow = -1;
  /** true once numbers already stored had to be turned back into text (their spelling is lost) */
  numbersBecameText = false;

  constructor(
    readonly name: string,
    capacity = 1024,
    /** start as text: keep every cell's own spelling even where it reads as a number */
    asText = false,
    /** arrays of earlier batches, free to reuse */
    spare?: Float64Array[],
  ) {
    const reused = !asText && spare?.length && spare[spare.length - 1]!.length >= capacity ? spare.pop() : undefined;
    this.numbers = reused ?? new Float64Array(asText ? 0 : Math.max(16, capacity));
    if (asText) this.texts = [];
  }

  /** false while every present cell so far was a number */
  get isText(): boolean {
    return this.texts !== undefined;
  }

  get rowCount(): number {
    return this.length;
  }

  addNumber(value: number): void {
    this.numericCells++;
    if (this.texts) {
      this.texts.push(String(value));
    } else {
      if (this.length === this.numbers.length) this.grow();
      this.numbers[this.length] = value;
    }
    this.length++;
  }

  /** addNumber for the common case (a numeric column with room): false, having done nothing, otherwise */
  tryAddNumber(value: number): boolean {
    if (this.texts !== undefined || this.length === this.numbers.length) return false;
    this.numbers[this.length++] = value;
    this.numericCells++;
    return true;
  }

  addMissing(): void {
    if (this.texts) this.texts.push(null);
    else {
      if (this.length === this.numbers.length) this.grow();
      this.numbers[this.length] = NaN;
    }
    this.length++;
  }

  /** `readsAsNumber`: the text is a number (only when the column was started as text). */
  addText(text: string, readsAsNumber = false): void {
    if (readsAsNumber) this.numericCells++;
    else {
      this.textCells++;
      if (this.firstTextRow < 0) this.firstTextRow = this.length;
    }
    if (!this.texts) this.texts = this.numbersToText();
    this.texts.push(text);
    this.length++;
  }

  /** Pads with missing cells up to `rows` (a JSON Lines key that first appears late). */
  fillMissingTo(rows: number): void {
    while (this.length < rows) this.addMissing();
  }

  finish(): Column {
    if (this.texts) {
      const column: Column = { kind: 'text', name: this.name, values: this.texts };
      if (this.firstTextRow >= 0 && this.numericCells > this.textCells) column.firstNonNumericRow = this.firstTextRow;
      return column;
    }
    // Trim the growth slack; copy only when it is worth the memory.
    const used = this.numbers.length - this.length > this.length / 8 ? this.numbers.slice(0, this.length) : this.numbers.subarray(0, this.length);
    return { kind: 'numeric', name: this.name, values: used };
  }

  private grow(): void {
    const bigger = new Float64Array(Math.max(16, this.numbers.length * 2));
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
