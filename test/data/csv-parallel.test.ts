// streamCsvInParallel parses a CSV file on worker threads and must hand on the very batches a
// one-thread read (streamCsv) gives: the same rows in the same batches, cells, lines and feature
// matrix, and for a bad row the same error naming the same line.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { streamCsv } from '../../shared/data/csv.js';
import { startCsvReadThread, startCsvReadThreads, streamCsvInParallel, type ParallelCsvRead } from '../../shared/data/csv-parallel.js';
import type { StreamOptions } from '../../shared/data/read-options.js';
import type { Table } from '../../shared/data/table.js';
import { UserError } from '../../shared/errors.js';
import { FIXTURES, plainBatch } from './helpers.js';
import { bundleForNode } from '../support/bundle.js';

const dir = mkdtempSync(join(tmpdir(), 'mlci-csv-parallel-'));
const workerScript = join(dir, 'csv-read-worker.mjs');

beforeAll(async () => {
  // the worker runs as a module of its own: bundled from the sources, as the build does for dist/
  await bundleForNode('shared/data/csv-read-worker.ts', workerScript);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

type Options = Omit<StreamOptions, 'onBatch'> & { delimiter?: string };

/** the batches (as plain data, copied at once: the reads recycle their arrays) and summary of a read */
async function read(path: string, options: Options, parallel?: ParallelCsvRead) {
  const batches: ReturnType<typeof plainBatch>[] = [];
  const onBatch = (t: Table) => void batches.push(plainBatch(t));
  const summary = parallel ? await streamCsvInParallel(path, { ...options, onBatch }, parallel) : await streamCsv(path, { ...options, onBatch });
  return { summary, batches };
}

/** the error a read rejects with */
async function failure(run: Promise<unknown>): Promise<UserError> {
  const err = await run.then(() => undefined, (e: unknown) => e);
  expect(err).toBeInstanceOf(UserError);
  return err as UserError;
}

/** rows of numbers, a category and a note with quotes, commas and line breaks inside quotes, CRLF on some lines, blank lines */
function awkwardCsv(rows: number, crlf: boolean): string {
  const notes = ['plain', 'with, comma', 'say "hi"', 'two\nlines', 'crlf\r\ninside', 'ünïcödé ✓', ''];
  const out = ['x1,x2,label,note,x3\n'];
  for (let i = 0; i < rows; i++) {
    const note = notes[i % notes.length]!;
    const cell = /[",\n\r]/.test(note) ? `"${note.replaceAll('"', '""')}"` : note;
    // a missing feature now and then, a long decimal parseDecimal reads, a label that is text
    const x2 = i % 11 === 0 ? '' : i % 13 === 0 ? '1234567.123456789' : String((i * 7) % 100 / 8);
    out.push(`${i * 0.5},${x2},${i % 3 === 0 ? 'yes' : 'no'},${cell},${-i}${crlf && i % 2 ? '\r\n' : '\n'}`);
    if (i % 97 === 5) out.push('\n');
  }
  return out.join('');
}

const matrix = { exclude: ['label', 'note'], type: 'float32' as const };

describe.each([1, 2, 3])('on %i threads', (threads) => {
  const parallel: ParallelCsvRead = { workerScript, threads, minBytes: 0 };

  test.each([
    ['LF', false],
    ['mixed CRLF and LF', true],
  ])('quoted cells, line breaks in quotes, %s and blank lines: the batches of one thread', async (_, crlf) => {
    const path = join(dir, `awkward-${crlf}.csv`);
    writeFileSync(path, awkwardCsv(2000, crlf));
    for (const options of [{ batchRows: 64 }, { batchRows: 100, featureMatrix: matrix }, { batchRows: 1999, featureMatrix: { ...matrix, type: 'float64' as const } }] satisfies Options[]) {
      const one = await read(path, options);
      const many = await read(path, options, parallel);
      expect(many.summary).toEqual(one.summary);
      expect(many.batches).toEqual(one.batches);
    }
    expect((await read(path, { batchRows: 64 })).batches).toHaveLength(Math.ceil(2000 / 64));
  });

  test('the breast-cancer test split, a row count that is a whole number of batches', async () => {
    const [header, ...rows] = readFileSync(join(FIXTURES, 'data', 'breast_cancer_test.csv'), 'utf8').trim().split('\n');
    const path = join(dir, 'bc.csv');
    writeFileSync(path, `${header}\n${[...rows, ...rows].slice(0, 320).join('\n')}\n`);
    const options = { batchRows: 32, featureMatrix: { exclude: ['target'], type: 'float32' as const } };
    const many = await read(path, options, parallel);
    expect(many.batches).toHaveLength(10);
    expect(many).toEqual(await read(path, options));
  });

  test('a short row: the same error, naming its line, after the same batches', async () => {
    const lines = awkwardCsv(600, true).split('\n');
    // line 400 of the file becomes a row with a cell missing
    const bad = 399;
    lines[bad] = '1,2,yes,3';
    const path = join(dir, 'short-row.csv');
    writeFileSync(path, lines.join('\n'));
    const handed: number[][] = [[], []];
    const one = await failure(streamCsv(path, { batchRows: 50, featureMatrix: matrix, onBatch: (t) => void handed[0]!.push(t.rowLines![0]!) }));
    const many = await failure(streamCsvInParallel(path, { batchRows: 50, featureMatrix: matrix, onBatch: (t) => void handed[1]!.push(t.rowLines![0]!) }, parallel));
    expect(many.message).toBe(one.message);
    expect(many.location).toEqual(one.location);
    expect(one.location?.line).toBe(bad + 1);
    // every batch before the bad row's, none after
    expect(handed[1]!.every((line) => line < bad + 1)).toBe(true);
    expect(handed[1]!.slice(0, handed[0]!.length)).toEqual(handed[0]);
  });

  test('a lenient read: the row problems of one thread, in file order, each handed on before the batch its row is in, and the bytes counted add up to the file', async () => {
    const lines = awkwardCsv(3000, true).split('\n');
    // short and long rows spread over the segments, two in one batch, and a quote never closed at the end
    for (const at of [3, 700, 701, 1500, 2999]) lines[at] = at % 2 ? '1,2,yes' : '1,2,yes,x,3,4,5';
    lines.push('7,8,no,"never closed,9');
    const path = join(dir, 'lenient.csv');
    writeFileSync(path, lines.join('\n'));
    const size = readFileSync(path).length;
    const events = async (run: (options: StreamOptions) => Promise<unknown>) => {
      const issues: [string, number, string][] = [];
      const batches: ReturnType<typeof plainBatch>[] = [];
      // per batch: its last row's line, and how many problems were handed on before it
      const handedBefore: [number, number][] = [];
      let bytes = 0;
      await run({
        batchRows: 128,
        onIssue: (issue) => void issues.push([issue.kind, issue.line, issue.message]),
        onBatch: (t) => {
          handedBefore.push([t.rowLines![t.rowCount - 1]!, issues.length]);
          batches.push(plainBatch(t));
        },
        onBytes: (n) => void (bytes += n),
      });
      return { issues, batches, handedBefore, bytes };
    };
    const one = await events((options) => streamCsv(path, options));
    const many = await events((options) => streamCsvInParallel(path, options, parallel));
    expect(many.issues).toEqual(one.issues);
    expect(many.batches).toEqual(one.batches);
    // every problem of a row up to a batch's last one was handed on before that batch (a problem
    // names the line its record ends on, at or after the line the batch names the record by)
    for (const [lastLine, handed] of many.handedBefore) expect(many.issues.filter(([, line]) => line < lastLine).length).toBeLessThanOrEqual(handed);
    const kinds = one.issues.map(([kind]) => kind);
    expect(kinds.length).toBeGreaterThanOrEqual(6);
    expect(new Set(kinds)).toEqual(new Set(['long-row', 'short-row', 'unterminated-quote']));
    expect(one.bytes).toBe(size);
    expect(many.bytes).toBe(size);
  });

  test('with reuseBatches the columns and lines go back to the thread once onBatch is done; without it the batches stay whole', async () => {
    const path = join(dir, 'given-back.csv');
    writeFileSync(path, awkwardCsv(1000, false));
    const expected = await read(path, { batchRows: 100 });
    for (const reuseBatches of [true, false]) {
      const tables: Table[] = [];
      const batches: ReturnType<typeof plainBatch>[] = [];
      await streamCsvInParallel(path, { batchRows: 100, reuseBatches, onBatch: (t) => void (tables.push(t), batches.push(plainBatch(t))) }, parallel);
      expect(batches).toEqual(expected.batches);
      // given back: their memory moved to the reading thread (detached here)
      const moved = tables.map((t) => t.columns[0]!.values.length === 0 && t.rowLines!.length === 0);
      expect(moved).toEqual(tables.map(() => reuseBatches));
      if (!reuseBatches) expect(tables.map(plainBatch)).toEqual(expected.batches);
    }
  });

  test('bytes that are not UTF-8 in a later segment: the same error and line', async () => {
    const text = awkwardCsv(500, false);
    const at = text.indexOf('\n', Math.floor(text.length * 0.8)) + 1;
    const path = join(dir, 'latin1.csv');
    writeFileSync(path, Buffer.concat([Buffer.from(text.slice(0, at)), Buffer.from([0x31, 0x2c, 0xe9, 0x2c, 0x79, 0x65, 0x73, 0x2c, 0x78, 0x2c, 0x31, 0x0a]), Buffer.from(text.slice(at))]));
    const one = await failure(streamCsv(path, { batchRows: 40, onBatch: () => undefined }));
    const many = await failure(streamCsvInParallel(path, { batchRows: 40, onBatch: () => undefined }, parallel));
    expect(many.message).toBe(one.message);
    expect(many.location).toEqual(one.location);
  });
});

test('a gzip file and a small file stay on the calling thread, with the same batches', async () => {
  const text = awkwardCsv(1000, true);
  const gz = join(dir, 'awkward.csv.gz');
  const plainPath = join(dir, 'awkward.csv');
  writeFileSync(gz, gzipSync(Buffer.from(text)));
  writeFileSync(plainPath, text);
  const started: number[] = [];
  const parallel: ParallelCsvRead = { workerScript, threads: 2, minBytes: 0, onThreads: (n) => void started.push(n) };
  const options = { batchRows: 64, featureMatrix: matrix };
  // gzip: a stream has no offsets to start a segment at
  expect(await read(gz, options, parallel)).toEqual(await read(gz, options));
  // a file under minBytes (default 16 MiB): threads would cost more than they save
  expect(await read(plainPath, options, { ...parallel, minBytes: undefined })).toEqual(await read(plainPath, options));
  expect(started).toEqual([]);
  await read(plainPath, options, parallel);
  expect(started).toEqual([2]);
});

test('one thread started at once (startCsvReadThread): a plain CSV of minBytes or more, begun ahead, gives the batches of one thread; a gzip file, a smaller file, JSON Lines or a missing file start none', async () => {
  const text = awkwardCsv(1200, true);
  const path = join(dir, 'at-once.csv');
  writeFileSync(path, text);
  const gz = join(dir, 'at-once.csv.gz');
  writeFileSync(gz, gzipSync(Buffer.from(text)));
  const jsonl = join(dir, 'at-once.jsonl');
  writeFileSync(jsonl, '{"a": 1}\n'.repeat(2000));
  const started: number[] = [];
  const parallel = { workerScript, threads: 1, minBytes: 0, batchRows: 100, onThreads: (n: number) => void started.push(n) };
  for (const other of [gz, jsonl, join(dir, 'missing.csv')]) expect(startCsvReadThread(other, parallel)).toBeUndefined();
  expect(startCsvReadThread(path, { ...parallel, minBytes: Buffer.byteLength(text) + 1 })).toBeUndefined();
  expect(started).toEqual([]);
  const options = { batchRows: 100, onIssue: () => undefined };
  const expected = await read(path, options);
  const thread = startCsvReadThread(path, parallel)!;
  try {
    expect(started).toEqual([1]);
    expect(thread.begin(path, { ...options, delimiter: ',' })).toBe(true);
    const batches: ReturnType<typeof plainBatch>[] = [];
    expect(await thread.stream(path, { ...options, delimiter: ',', onBatch: (t) => void batches.push(plainBatch(t)) })).toEqual(expected.summary);
    expect(batches).toEqual(expected.batches);
  } finally {
    thread.close();
  }
});

test('arrays handed back are what the thread reads its later batches into: the last, short batch\'s row lines lie in memory that held an earlier batch\'s', async () => {
  // Nine batches of 80,000 rows of 64 bytes, each 1.2 blocks of the file (4 MiB), the last one
  // short, its lines a view of room for more. The first onBatch takes long enough for the thread
  // to read as far ahead as it may (SLOTS batches posted, one more made) and wait; then the caller
  // takes the batches posted as fast as they come, handing back the arrays of four at once, which
  // the thread's later batches are read into. A thread slowed by other work, still short of its
  // lead after the 150 ms, finds the caller faster than itself: each batch's arrays come back
  // before the thread is a batch further, which serves too. (Four quick batches, each a block:
  // whether the first came back before the last was made was a race that a loaded machine lost.)
  const rows = 8 * 80_000 + 20_000;
  const batchRows = 80_000;
  const row = '1,2.5,3,3.14159265358979,2.71828182845904,1.41421356237309,-0.5\n';
  expect(row.length).toBe(64);
  const path = join(dir, 'taken-back.csv');
  writeFileSync(path, `a,b,c,d,e,f,g\n${row.repeat(rows)}`);
  const thread = startCsvReadThread(path, { workerScript, threads: 1, minBytes: 0, batchRows })!;
  let beyond: number[] = [];
  let batches = 0;
  try {
    await thread.stream(path, {
      batchRows,
      delimiter: ',',
      reuseBatches: true,
      onBatch: async (t) => {
        batches++;
        const at = t.rowLines!;
        if (t.rowCount < batchRows) beyond = Array.from(new Int32Array(at.buffer, at.byteOffset + t.rowCount * 4));
        if (batches === 1) await new Promise((resolve) => setTimeout(resolve, 150));
      },
    });
  } finally {
    thread.close();
  }
  expect(batches).toBe(9);
  // fresh memory would hold zeros past the rows; memory handed back holds the lines of an earlier batch (2 and more)
  expect(beyond.length).toBeGreaterThan(0);
  expect(beyond.every((line) => line >= 2)).toBe(true);
});

test('a file of fewer rows than a batch is read on the calling thread', async () => {
  const started: number[] = [];
  const path = join(FIXTURES, 'data', 'breast_cancer_test.csv');
  const options = { batchRows: 1000, featureMatrix: { exclude: ['target'], type: 'float32' as const } };
  expect(await read(path, options, { workerScript, threads: 2, minBytes: 0, onThreads: (n) => void started.push(n) })).toEqual(await read(path, options));
  expect(started).toEqual([]);
});

test('threads begun before the reader asks: the batches of one thread; begun for another read, the file is read on the calling thread', async () => {
  const path = join(dir, 'begun.csv');
  writeFileSync(path, awkwardCsv(1500, true));
  const options = { batchRows: 100, featureMatrix: matrix };
  const expected = await read(path, options);
  for (const threads of [1, 2]) {
    const begun = (await startCsvReadThreads(path, { workerScript, threads, minBytes: 0, batchRows: 100 }))!;
    expect(begun.begin(path, options)).toBe(true);
    // the threads parse meanwhile, as far as their memory slots go
    await new Promise((resolve) => setTimeout(resolve, 200));
    const batches: ReturnType<typeof plainBatch>[] = [];
    expect(await begun.stream(path, { ...options, onBatch: (t) => void batches.push(plainBatch(t)) })).toEqual(expected.summary);
    expect(batches).toEqual(expected.batches);
    begun.close();
    const other = (await startCsvReadThreads(path, { workerScript, threads, minBytes: 0, batchRows: 100 }))!;
    expect(other.begin(path, { ...options, featureMatrix: { ...matrix, type: 'float64' } })).toBe(true);
    const mismatched: ReturnType<typeof plainBatch>[] = [];
    await other.stream(path, { ...options, onBatch: (t) => void mismatched.push(plainBatch(t)) });
    expect(mismatched).toEqual(expected.batches);
    other.close();
  }
});

test.each([1, 2])('batches without a matrix in the shared slots, %i thread(s): each thread stays at most three batches ahead of a slow consumer, not the whole file', async (threads) => {
  // a model with one input a column asks for no feature matrix: before the count beside the slots,
  // nothing held such a read back, and the threads read the whole file into memory (44 of 45 ahead)
  const path = join(dir, 'no-matrix.csv');
  writeFileSync(path, awkwardCsv(90_000, true));
  const begun = (await startCsvReadThreads(path, { workerScript, threads, minBytes: 0, batchRows: 2000 }))!;
  const ahead: number[] = [];
  const batches: ReturnType<typeof plainBatch>[] = [];
  try {
    expect(begun.threads).toBe(threads);
    await begun.stream(path, {
      batchRows: 2000,
      onBatch: async (t) => {
        batches.push(plainBatch(t));
        // a thread parses a 2,000-row batch in a few ms: given this time, it would read on to the end
        await new Promise((resolve) => setTimeout(resolve, 15));
        ahead.push(begun.batchesAhead);
      },
    });
  } finally {
    begun.close();
  }
  expect(batches).toEqual((await read(path, { batchRows: 2000 })).batches);
  expect(ahead.length).toBeGreaterThanOrEqual(45);
  expect(Math.max(...ahead)).toBeLessThanOrEqual(3 * threads);
  expect(Math.max(...ahead)).toBeGreaterThan(0);
});

test('slot memory touched before the first job (sized by the header line) gives the same batches, for a header whose quoted name holds the delimiter and for float64 matrices larger than it', async () => {
  const path = join(dir, 'quoted-header.csv');
  const lines = ['"x,1",x2,label\n'];
  for (let i = 0; i < 2500; i++) lines.push(`${i / 4},${-i},${i % 2}\n`);
  writeFileSync(path, lines.join(''));
  for (const type of ['float32', 'float64'] as const) {
    const options = { batchRows: 300, featureMatrix: { exclude: ['label'], type } };
    const expected = await read(path, options);
    for (const threads of [1, 2]) {
      const begun = (await startCsvReadThreads(path, { workerScript, threads, minBytes: 0, batchRows: 300 }))!;
      // the threads touch their slots now, before any job
      await new Promise((resolve) => setTimeout(resolve, 100));
      const batches: ReturnType<typeof plainBatch>[] = [];
      expect(await begun.stream(path, { ...options, onBatch: (t) => void batches.push(plainBatch(t)) })).toEqual(expected.summary);
      expect(batches).toEqual(expected.batches);
      begun.close();
    }
  }
});

test('with reuseBatches, the memory this thread writes while it waits for the first batch takes that batch\'s matrix: the same batches, float32 and float64, a quoted header name holding the delimiter', async () => {
  const path = join(dir, 'reused-prefaulted.csv');
  const lines = ['"x,1",x2,label,x3\n'];
  for (let i = 0; i < 2500; i++) lines.push(`${i / 4},${-i},${i % 2},${(i * 7) % 13}\n`);
  writeFileSync(path, lines.join(''));
  for (const type of ['float32', 'float64'] as const) {
    const options = { batchRows: 300, reuseBatches: true, featureMatrix: { exclude: ['label'], type } };
    const expected = await read(path, options);
    for (const threads of [1, 2]) {
      // streamed at once: the thread is still booting, so this one waits for the first batch
      const begun = (await startCsvReadThreads(path, { workerScript, threads, minBytes: 0, batchRows: 300 }))!;
      const batches: ReturnType<typeof plainBatch>[] = [];
      const firstMemory: number[] = [];
      const summary = await begun.stream(path, {
        ...options,
        onBatch: (t) => {
          if (batches.length === 0) firstMemory.push(t.featureMatrix!.data.buffer.byteLength);
          batches.push(plainBatch(t));
        },
      });
      begun.close();
      expect(summary).toEqual(expected.summary);
      expect(batches).toEqual(expected.batches);
      // sized by the first line's five cells (one more than its four columns), not the matrix's three columns
      expect(firstMemory).toEqual([300 * 5 * (type === 'float64' ? 8 : 4)]);
    }
  }
});
