import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseDecimal } from '../../shared/data/decimal.js';
import { readCsv } from '../../shared/data/csv.js';
import type { NumericColumn } from '../../shared/data/table.js';
import { FIXTURES, tempDir } from './helpers.js';

const parse = (text: string) => parseDecimal(Buffer.from(text, 'latin1'), 0, text.length);

const TRICKY = [
  '0', '-0', '0.0', '-0.0', '00012', '0.1', '0.2', '0.3', '1e-300', '1e300', '4.9e-324', '5e-324', '2.2250738585072014e-308',
  '1.7976931348623157e308', '9007199254740991', '9007199254740992', '9007199254740993', '123456789012345678901234567890',
  '0.1234567890123456789', '-0.0018820165277906047', '0.05068011873981862', '3.14159', '.5', '5.', '+7', '-.25', '1E5', '1e+5',
  '2.5e-3', '123e30', '1e22', '1e23', '8.98846567431158e307', '0.000001', '1e-7', '17.99', '432.0', '-1e9', '  12.5 ', '\t3',
];

describe('parseDecimal', () => {
  test.each(TRICKY)('%j equals Number()', (text) => {
    expect(Object.is(parse(text), Number(text))).toBe(true);
  });

  test.each(['', ' ', 'abc', 'n/a', 'NaN', '0x1F', '0b11', '1_000', '1e', '1e+', '.', '-', '+', '1.2.3', '--1', '1,5', '12abc', 'Infinityx', 'inf'])(
    '%j is not a number',
    (text) => {
      expect(parse(text)).toBeNaN();
    },
  );

  test('Infinity with either sign', () => {
    expect(parse('Infinity')).toBe(Infinity);
    expect(parse('-Infinity')).toBe(-Infinity);
    expect(parse('+Infinity')).toBe(Infinity);
  });

  test('round-trips random doubles in every spelling JavaScript writes them', () => {
    let seed = 42;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const wrong: string[] = [];
    for (let i = 0; i < 20000; i++) {
      const magnitude = 10 ** Math.floor(random() * 40 - 20);
      const value = (random() - 0.5) * magnitude;
      for (const text of [String(value), value.toPrecision(17), value.toPrecision(6), value.toExponential(), value.toFixed(4)]) {
        if (!Object.is(parse(text), Number(text))) wrong.push(text);
      }
    }
    expect(wrong).toEqual([]);
  });

  test('equals Number() on every cell of every CSV fixture', () => {
    const dir = join(FIXTURES, 'data');
    let cells = 0;
    const wrong: string[] = [];
    for (const name of readdirSync(dir).filter((n) => n.endsWith('.csv'))) {
      const buf = readFileSync(join(dir, name));
      let start = buf.indexOf(10) + 1;
      for (let i = start; i < buf.length; i++) {
        if (buf[i] !== 44 && buf[i] !== 10) continue;
        const text = buf.toString('latin1', start, i);
        const expected = text === '' || text.trim() !== text || text === 'n/a' ? NaN : Number(text);
        if (!Object.is(parseDecimal(buf, start, i), expected)) wrong.push(`${name}: ${text}`);
        cells++;
        start = i + 1;
      }
    }
    expect(wrong).toEqual([]);
    expect(cells).toBeGreaterThan(10000);
  });
});

describe('numbers read by the CSV scanner on the way', () => {
  const dir = tempDir();
  afterAll(() => dir.remove());

  test('each cell equals Number() of its text, LF and CRLF', async () => {
    const texts = [...TRICKY.filter((t) => t.trim() === t), '1', '-2', '10.25', '0.5', '1234567.125', '999999999999999', '0.30000000000000004'];
    for (const eol of ['\n', '\r\n']) {
      const path = dir.write(`tricky${eol.length}.csv`, `x,y${eol}${texts.map((t) => `${t},${t}`).join(eol)}${eol}`);
      const table = await readCsv(path);
      for (const column of table.columns as NumericColumn[]) {
        expect(column.kind).toBe('numeric');
        texts.forEach((text, row) => expect(Object.is(column.values[row], Number(text))).toBe(true));
      }
    }
  });

  test('random decimals of 1 to 12 digits, signs and exponents equal Number() of their text', async () => {
    let seed = 7;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const texts: string[] = [];
    for (let i = 0; i < 5000; i++) {
      const digits = 1 + Math.floor(random() * 12);
      let body = '';
      for (let k = 0; k < digits; k++) body += Math.floor(random() * 10);
      const dot = Math.floor(random() * (digits + 1));
      let text = random() < 0.7 ? `${body.slice(0, dot)}.${body.slice(dot)}` : body;
      if (random() < 0.3) text = `-${text}`;
      if (random() < 0.1) text += `e${Math.floor(random() * 40) - 20}`;
      if (text.replace(/^-/, '').startsWith('.') && random() < 0.5) text = text.replace('.', '0.');
      texts.push(text);
    }
    const path = dir.write('random.csv', `x\n${texts.join('\n')}\n`);
    const column = (await readCsv(path)).columns[0] as NumericColumn;
    expect(column.kind).toBe('numeric');
    expect(texts.filter((text, row) => !Object.is(column.values[row], Number(text)))).toEqual([]);
  });
});
