// The byte-level reader of small common requests (decode-small.ts) against V8's JSON.parse as the
// reference: for every body it reads, the tensors are exactly what JSON.parse and the common
// decoder give (numbers bit for bit, as FP64); every body it does not read returns undefined and
// decodeInferRequest still answers as before (the same tensors or the same error).
import { jest } from '@jest/globals';
import { decodeCommonRequest } from '../../shared/serve/decode-fast.js';
import { decodeInferRequest } from '../../shared/serve/decode-request.js';
import { SMALL_BODY_BYTES, decodeSmallRequest } from '../../shared/serve/decode-small.js';

/** the reference: JSON.parse, then the common decoder */
const reference = (text: string) => decodeCommonRequest(JSON.parse(text));
const bytes = (text: string) => Buffer.from(text, 'utf8');

/** a seeded generator (xorshift32), so a failure names a reproducible body */
function generator(seed: number) {
  let x = seed;
  return () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return (x >>> 0) / 2 ** 32;
  };
}

/** number texts in the forms clients write: shortest round trip, fixed, exponent, many digits, integers */
function numberText(random: () => number): string {
  const magnitude = 10 ** Math.floor(random() * 40 - 20);
  const value = (random() - 0.5) * 2 * magnitude;
  switch (Math.floor(random() * 9)) {
    case 0:
      return String(value);
    case 1:
      return value.toFixed(Math.floor(random() * 8));
    case 2:
      return value.toExponential(Math.floor(random() * 20));
    case 3:
      return value.toPrecision(1 + Math.floor(random() * 21));
    case 4:
      return String(Math.floor(random() * 2 ** 53) * (random() < 0.5 ? -1 : 1));
    case 5:
      return `${Math.floor(random() * 1e6)}E${random() < 0.5 ? '+' : '-'}${Math.floor(random() * 330)}`;
    case 6:
      return `0.${'0'.repeat(Math.floor(random() * 25))}${Math.floor(random() * 1e9)}`;
    case 7:
      return ['0', '-0', '0.0', '-0.0e0', '1e22', '1e23', '9007199254740993', '123456789012345', '1234567890123456', '2.2250738585072014e-308', '1e-400', '1e400'][Math.floor(random() * 12)]!;
    default:
      return (random() * 1000).toFixed(Math.floor(random() * 17));
  }
}

test('numbers read bit for bit as JSON.parse reads them (20,000 seeded texts, as FP64)', () => {
  const random = generator(20261206);
  let read = 0;
  for (let body = 0; body < 1000; body++) {
    const texts = Array.from({ length: 20 }, () => numberText(random));
    const text = `{"inputs":[{"name":"x","shape":[20],"datatype":"FP64","data":[${texts.join(',')}]}]}`;
    const small = decodeSmallRequest(bytes(text));
    expect({ text, small }).toStrictEqual({ text, small: reference(text) });
    read += small ? 1 : 0;
  }
  // every one of these bodies is plain: all of them are read here, none left to JSON.parse
  expect(read).toBe(1000);
});

test('common requests in every spacing and key order read as JSON.parse reads them, FP32 rounding included', () => {
  const row = Array.from({ length: 30 }, (_, i) => Math.fround(i / 7 - 2) * 1.1);
  const bodies: unknown[] = [
    { inputs: [{ name: 'input', shape: [1, 30], datatype: 'FP32', data: row }] },
    { id: 'r-1', inputs: [{ name: 'input', shape: [2, 30], datatype: 'FP32', data: [row, row] }] },
    { inputs: [{ datatype: 'FP64', data: [[1e-300, 2], [3, -0]], shape: [2, 2], name: 'x' }], id: 'last' },
    { inputs: [{ name: 'a', shape: [0, 4], datatype: 'FP32', data: [] }, { name: 'b', shape: [], datatype: 'FP64', data: [5] }] },
    { inputs: [{ name: 'mixed', shape: [3], datatype: 'FP32', data: [1, [2], 3] }] },
    { inputs: [{ name: 'rows', shape: [2, 0], datatype: 'FP32', data: [[], []] }] },
    { inputs: [{ name: 'big', shape: [3], datatype: 'FP32', data: [3.4028235677973366e38, 1e39, -1e-46] }] },
  ];
  for (const body of bodies) {
    for (const text of [JSON.stringify(body), JSON.stringify(body, null, 2), JSON.stringify(body).replace(/,/g, ', ').replace(/:/g, ': '), ` \r\n\t${JSON.stringify(body, null, '\t')}\n`]) {
      const small = decodeSmallRequest(bytes(text));
      expect(small).toBeDefined();
      expect(small).toStrictEqual(reference(text));
      // and decodeInferRequest takes this reader's tensors: no JSON.parse for a small plain body
      const parse = jest.spyOn(JSON, 'parse');
      try {
        expect(decodeInferRequest(bytes(text), undefined)).toStrictEqual(small);
        expect(parse).not.toHaveBeenCalled();
      } finally {
        parse.mockRestore();
      }
    }
  }
});

test('anything else is left to the JSON.parse path, which answers as before', () => {
  const one = '{"name":"x","shape":[2],"datatype":"FP32","data":[1,2]}';
  const others = [
    '',
    '[1]',
    '{}',
    '{"inputs":[]}',
    `{"inputs":[${one}],"inputs":[${one}]}`,
    `{"id":"a","id":"b","inputs":[${one}]}`,
    `{"id":7,"inputs":[${one}]}`,
    `{"inputs":[${one}],"outputs":[{"name":"y"}]}`,
    `{"inputs":[${one}],"parameters":{"binary_data_output":true}}`,
    `{"inputs":[${one}]} x`,
    `{"inputs":[${one}],}`,
    `{"inputs":[${one}]`,
    `{"in\\u0070uts":[${one}]}`,
    `{"id":"caf\u00e9","inputs":[${one}]}`,
    `{"id":"a\\"b","inputs":[${one}]}`,
    '{"inputs":[{"name":"x","name":"y","shape":[2],"datatype":"FP32","data":[1,2]}]}',
    '{"inputs":[{"name":"","shape":[2],"datatype":"FP32","data":[1,2]}]}',
    // an input without one of its four keys
    '{"inputs":[{"shape":[2],"datatype":"FP32","data":[1,2]}]}',
    '{"inputs":[{"name":"x","datatype":"FP32","data":[1,2]}]}',
    '{"inputs":[{"name":"x","shape":[2],"data":[1,2]}]}',
    '{"inputs":[{"name":"x","shape":[2],"datatype":"FP32"}]}',
    '{"inputs":[{"name":"x","shape":[2],"datatype":"INT64","data":[1,2]}]}',
    '{"inputs":[{"name":"x","shape":[2],"datatype":"FP32","data":[1,2],"parameters":{}}]}',
    '{"inputs":[{"name":"x","shape":[3],"datatype":"FP32","data":[1,2]}]}',
    '{"inputs":[{"name":"x","shape":[02],"datatype":"FP32","data":[1,2]}]}',
    '{"inputs":[{"name":"x","shape":[2.0],"datatype":"FP32","data":[1,2]}]}',
    '{"inputs":[{"name":"x","shape":[-2],"datatype":"FP32","data":[1,2]}]}',
    '{"inputs":[{"name":"x","shape":[1000000000,30],"datatype":"FP32","data":[1,2]}]}',
    '{"inputs":[{"name":"x","shape":[2],"datatype":"FP32","data":[1,null]}]}',
    '{"inputs":[{"name":"x","shape":[2],"datatype":"FP32","data":[1,"2"]}]}',
    '{"inputs":[{"name":"x","shape":[2],"datatype":"FP32","data":[[[1,2]]]}]}',
    '{"inputs":[{"name":"x","shape":[2],"datatype":"FP32","data":[1,NaN]}]}',
    '{"inputs":[{"name":"x","shape":[2],"datatype":"FP32","data":[1,Infinity]}]}',
    '{"inputs":[{"name":"x","shape":[2],"datatype":"FP32","data":[01,2]}]}',
    '{"inputs":[{"name":"x","shape":[2],"datatype":"FP32","data":[+1,2]}]}',
    '{"inputs":[{"name":"x","shape":[2],"datatype":"FP32","data":[.5,2]}]}',
    '{"inputs":[{"name":"x","shape":[2],"datatype":"FP32","data":[1.,2]}]}',
    '{"inputs":[{"name":"x","shape":[2],"datatype":"FP32","data":[1e,2]}]}',
    '{"inputs":[{"name":"x","shape":[2],"datatype":"FP32","data":[1,2,]}]}',
    '{"inputs":[{"name":"x","shape":[2],"datatype":"FP32","data":[-,2]}]}',
  ];
  for (const text of others) {
    expect({ text, small: decodeSmallRequest(bytes(text)) }).toEqual({ text, small: undefined });
    // the answer of the path that takes it, compared with the generic decoder's (a binary-form header with no binary part)
    const outcome = (decode: () => unknown) => {
      try {
        return decode();
      } catch (err) {
        return err;
      }
    };
    expect(outcome(() => decodeInferRequest(bytes(text), undefined))).toStrictEqual(outcome(() => decodeInferRequest(bytes(text), bytes(text).length)));
  }
});

test('a body over the size limit takes the JSON.parse path, with the same tensors', () => {
  const data = Array.from({ length: 1000 }, (_, i) => i / 3);
  const text = JSON.stringify({ inputs: [{ name: 'x', shape: [1000], datatype: 'FP64', data }] });
  expect(text.length).toBeGreaterThan(SMALL_BODY_BYTES);
  expect(decodeSmallRequest(bytes(text))).toBeUndefined();
  expect(decodeInferRequest(bytes(text), undefined)).toStrictEqual(reference(text));
});
