// The inference path's shortcuts must change nothing a client can see: the common-request decoder
// gives the generic decoder's tensors for what it accepts and hands everything else (with its
// errors) to it; the JSON response text is JSON.stringify's; an unchanged model file is not re-read.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { decodeCommonRequest } from '../../shared/serve/decode-fast.js';
import { decodeInferRequest } from '../../shared/serve/decode-request.js';
import { encodeInferResponse, jsonValues } from '../../shared/serve/encode-response.js';
import { fileSource } from '../../shared/serve/model-source.js';

const json = (value: unknown) => Buffer.from(JSON.stringify(value));
/** the generic decoder: the same JSON as a binary-form header with no binary part */
const generic = (body: Buffer) => decodeInferRequest(body, body.length);
const row = Array.from({ length: 30 }, (_, i) => i / 7 - 2);

test('common requests decode to exactly what the generic decoder gives', () => {
  const bodies = [
    { inputs: [{ name: 'input', shape: [1, 30], datatype: 'FP32', data: row }] },
    { id: 'r-1', inputs: [{ name: 'input', shape: [2, 30], datatype: 'FP32', data: [row, row] }] },
    { inputs: [{ datatype: 'FP64', data: [[1e-300, 2], [3, -0]], shape: [2, 2], name: 'x' }] },
    { inputs: [{ name: 'a', shape: [0, 4], datatype: 'FP32', data: [] }, { name: 'b', shape: [], datatype: 'FP64', data: [5] }] },
    { inputs: [{ name: 'mixed', shape: [3], datatype: 'FP32', data: [1, [2], 3] }] },
  ];
  for (const body of bodies) {
    const fast = decodeCommonRequest(JSON.parse(JSON.stringify(body)));
    expect(fast).toBeDefined();
    expect(decodeInferRequest(json(body), undefined)).toStrictEqual(generic(json(body)));
    expect(fast).toStrictEqual(generic(json(body)));
  }
});

test('anything unusual goes to the generic decoder, with its errors', () => {
  const unusual: unknown[] = [
    { inputs: [{ name: 'x', shape: [1000000000, 30], datatype: 'FP32', data: row }] },
    { inputs: [{ name: 'x', shape: [1, 31], datatype: 'FP32', data: row }] },
    { inputs: [{ name: 'x', shape: [1, 30], datatype: 'FP32', data: [...row.slice(1), 'a'] }] },
    { inputs: [{ name: 'x', shape: [1, 2], datatype: 'FP32', data: [[[1, 2]]] }] },
    { inputs: [{ name: 'x', shape: [1, 2], datatype: 'FP32', data: [1, null] }] },
    { inputs: [{ name: 'x', shape: [2], datatype: 'INT64', data: [1, 2] }] },
    { inputs: [{ name: 'x', shape: [2], datatype: 'FP32', data: [1, 2], parameters: {} }] },
    { inputs: [{ name: 'x', shape: [-1], datatype: 'FP32', data: [] }] },
    { inputs: [{ name: '', shape: [1], datatype: 'FP32', data: [1] }] },
    { inputs: [{ name: 'x', shape: [1], datatype: 'FP32', data: [1] }], outputs: [{ name: 'y' }] },
    { inputs: [{ name: 'x', shape: [1], datatype: 'FP32', data: [1] }], parameters: { binary_data_output: true } },
    { id: 7, inputs: [{ name: 'x', shape: [1], datatype: 'FP32', data: [1] }] },
    { inputs: [] },
    [1],
  ];
  for (const body of unusual) {
    expect(decodeCommonRequest(body)).toBeUndefined();
    let viaDefault: unknown;
    let viaGeneric: unknown;
    try {
      viaDefault = decodeInferRequest(json(body), undefined);
    } catch (err) {
      viaDefault = err;
    }
    try {
      viaGeneric = generic(json(body));
    } catch (err) {
      viaGeneric = err;
    }
    expect(viaDefault).toStrictEqual(viaGeneric);
  }
});

test('the JSON response is the text JSON.stringify gives for the same response', () => {
  const outputs = [
    { name: 'label', datatype: 'INT64' as const, shape: [3], data: BigInt64Array.from([0n, -1n, 9007199254740991n]) },
    { name: 'probabilities', datatype: 'FP32' as const, shape: [3, 2], data: Float32Array.from([0.1, 0.9, NaN, Infinity, -0, 1 / 3]), parameters: { class_labels: '[0,1]' } },
    { name: 'flag', datatype: 'BOOL' as const, shape: [2], data: Uint8Array.from([1, 0]) },
    { name: 'text', datatype: 'BYTES' as const, shape: [2], data: ['a"b', 'é\n'] },
    { name: 'none', datatype: 'FP64' as const, shape: [0], data: new Float64Array(0) },
    // the widest array written by the loop, and one past it (JSON.stringify's), with non-finite values in both
    { name: 'edge', datatype: 'FP64' as const, shape: [64], data: Float64Array.from({ length: 64 }, (_, i) => (i === 5 ? NaN : i === 9 ? -Infinity : i / 7 - 3)) },
    { name: 'wide', datatype: 'FP32' as const, shape: [5, 13], data: Float32Array.from({ length: 65 }, (_, i) => (i === 64 ? Infinity : i * 1e-7)) },
    { name: 'counts', datatype: 'UINT64' as const, shape: [2], data: BigUint64Array.from([0n, 2n ** 60n]) },
    { name: 'half', datatype: 'FP16' as const, shape: [2], data: Uint16Array.from([15360, 0]) },
  ];
  for (const id of [undefined, 'req "1"']) {
    const encoded = encodeInferResponse({ model_name: 'm', model_version: 'v1', ...(id !== undefined ? { id } : {}), outputs });
    const expected = JSON.stringify({
      model_name: 'm',
      model_version: 'v1',
      ...(id !== undefined ? { id } : {}),
      outputs: outputs.map(({ data, ...tensor }) => ({ ...tensor, data: jsonValues(data, tensor.datatype) })),
    });
    expect(encoded.headers).toEqual({ 'content-type': 'application/json' });
    expect(encoded.body.toString()).toBe(expected);
  }
});

test('an unchanged model file is not read again; a changed one is, even at the same size', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'mlci-file-source-'));
  try {
    const path = join(dir, 'm.onnx');
    writeFileSync(path, 'first bytes');
    const source = fileSource(path);
    const first = await source.current();
    // the very object from the last read: nothing was read or hashed
    expect(await source.current()).toBe(first);
    writeFileSync(path, 'other bytes');
    const second = await source.current();
    expect(second.digest).not.toBe(first.digest);
    expect(second.digest).toBe('sha256:' + (await import('node:crypto')).createHash('sha256').update('other bytes').digest('hex'));
    rmSync(path);
    await expect(source.current()).rejects.toThrow(/cannot be read/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
