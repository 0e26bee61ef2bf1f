// ColumnBuilder made for a column expected to turn text (textExpected: no room for numbers made
// ahead, as the CSV reader asks for a column that was text in the batch before) against one made
// the usual way: fed the same cells, in every order of numbers, texts, codes and missing cells,
// both finish into the same column. And runs of codes taken at once (addCodes, as the CSV reader
// takes the codes the WebAssembly scanner found) against the same codes added one by one.
import { ColumnBuilder } from '../../shared/data/column-builder.js';
import { rng } from '../../bench/xorshift.mjs';

type Cell = { kind: 'number'; value: number } | { kind: 'missing' } | { kind: 'text'; text: string; readsAsNumber: boolean } | { kind: 'coded'; code: number; readsAsNumber: boolean } | { kind: 'numbers'; values: number[] };

const dictionary = ['a', 'b', '12', 'c'];

function feed(builder: ColumnBuilder, cells: Cell[]): void {
  for (const cell of cells) {
    if (cell.kind === 'number') {
      if (!builder.tryAddNumber(cell.value)) builder.addNumber(cell.value);
    } else if (cell.kind === 'missing') builder.addMissing();
    else if (cell.kind === 'text') builder.addText(cell.text, cell.readsAsNumber);
    else if (cell.kind === 'coded') builder.addCoded(cell.code, dictionary, cell.readsAsNumber);
    else if (!builder.isText) builder.addNumbers(Float64Array.from(cell.values));
  }
}

function finished(builder: ColumnBuilder) {
  const column = builder.finish();
  return { kind: column.kind, values: Array.from(column.values as ArrayLike<unknown>), codes: column.kind === 'text' && column.codes ? Array.from(column.codes) : null, first: column.kind === 'text' ? column.firstNonNumericRow : undefined, mixed: builder.numbersBecameText, rows: builder.rowCount };
}

describe('a column built without room for numbers ahead (textExpected)', () => {
  test('finishes as the usual column does, whatever its cells', () => {
    const next = rng(909);
    let text = 0;
    let numeric = 0;
    for (let trial = 0; trial < 400; trial++) {
      const capacity = 1 + Math.floor(next() * 300);
      const cells: Cell[] = [];
      const length = Math.floor(next() * 2 * capacity);
      // mostly one kind, as real columns are, with the others now and then
      const usual = next();
      for (let r = 0; r < length; r++) {
        const roll = next() < 0.98 ? usual : next();
        if (roll < 0.3) cells.push({ kind: 'number', value: Math.round(next() * 1000) / 10 });
        else if (roll < 0.4) cells.push({ kind: 'missing' });
        else if (roll < 0.5) cells.push({ kind: 'numbers', values: Array.from({ length: Math.floor(next() * 40) }, () => next()) });
        else if (roll < 0.9) {
          const code = Math.floor(next() * dictionary.length);
          cells.push({ kind: 'coded', code, readsAsNumber: code === 2 });
        } else cells.push({ kind: 'text', text: `t${r}`, readsAsNumber: false });
      }
      const usualBuilder = new ColumnBuilder('c', capacity);
      const expecting = new ColumnBuilder('c', capacity, false, undefined, true);
      feed(usualBuilder, cells);
      feed(expecting, cells);
      const want = finished(usualBuilder);
      expect(finished(expecting)).toEqual(want);
      if (want.kind === 'text') text++;
      else numeric++;
    }
    expect(text).toBeGreaterThan(50);
    expect(numeric).toBeGreaterThan(40);
  });
});

describe('a run of codes taken at once (addCodes)', () => {
  test('finishes as the codes added one by one do, or refuses and changes nothing', () => {
    const next = rng(4711);
    const other = ['a', 'b', '12', 'c'];
    let taken = 0;
    let refused = 0;
    for (let trial = 0; trial < 400; trial++) {
      const capacity = 1 + Math.floor(next() * 200);
      const textExpected = next() < 0.5;
      const one = new ColumnBuilder('c', capacity, false, undefined, textExpected);
      const runs = new ColumnBuilder('c', capacity, false, undefined, textExpected, [new Int32Array(capacity + 50).fill(7)]);
      const steps = Math.floor(next() * 8);
      for (let s = 0; s < steps; s++) {
        const roll = next();
        if (roll < 0.6) {
          const codes = Int32Array.from({ length: Math.floor(next() * 2 * capacity) }, () => (next() < 0.5 ? 1 : Math.floor(next() * dictionary.length)));
          // another dictionary object now and then (the builder then keeps plain texts)
          const dict = next() < 0.1 ? other : dictionary;
          if (runs.addCodes(codes, dict)) taken++;
          else {
            refused++;
            for (const code of codes) runs.addCoded(code, dict);
          }
          for (const code of codes) one.addCoded(code, dict);
        } else {
          const cells: Cell[] = [roll < 0.75 ? { kind: 'missing' } : roll < 0.9 ? { kind: 'number', value: s } : { kind: 'text', text: `t${s}`, readsAsNumber: false }];
          feed(one, cells);
          feed(runs, cells);
        }
      }
      expect(finished(runs)).toEqual(finished(one));
    }
    expect(taken).toBeGreaterThan(300);
    expect(refused).toBeGreaterThan(30);
  });
});
