/** @jest-environment ./test/runtime/ort-environment.js */
// Long work says how far it is: done, rate and time left; a live line on a terminal, a plain line
// every few seconds in a runner's log (no carriage returns there), and predict reports its rows.
import { createRequire } from 'node:module';
import { PassThrough } from 'node:stream';
import { readCsv } from '../../shared/data/csv.js';
import { consoleLogger, silentLogger, type Logger } from '../../shared/log.js';
import { loadModel, predict } from '../../shared/model/session.js';
import { ProgressReporter } from '../../shared/progress.js';
import type { OrtModule } from '../../shared/runtime/ort-module.js';
import { fixtureData, fixtureModel } from '../model/fixture-table.js';

const ort = createRequire(import.meta.url)('onnxruntime-node') as OrtModule;

function stream(tty: boolean) {
  const s = new PassThrough() as PassThrough & { isTTY?: boolean; text: () => string };
  let text = '';
  s.on('data', (d) => (text += String(d)));
  if (tty) s.isTTY = true;
  s.text = () => text;
  return s;
}

test('on a runner: a plain line every 5 s with done, total, rate and time left', () => {
  const lines: string[] = [];
  const logger: Logger = { ...silentLogger, info: (m) => void lines.push(m) };
  let t = 0;
  const progress = new ProgressReporter(logger, { what: 'Running model.onnx', unit: 'rows', total: 1000, now: () => t });
  t = 1000;
  progress.update(100);
  expect(lines).toEqual([]);
  t = 6000;
  progress.update(600);
  expect(lines).toEqual(['Running model.onnx: 600 of 1,000 (60%), 100/s, about 4 s left']);
  t = 10000;
  progress.finish(1000);
  expect(lines[1]).toBe('Running model.onnx: 1,000 of 1,000 (100%), 100/s');
});

test('work that ends within the interval prints nothing on a runner', () => {
  const lines: string[] = [];
  const progress = new ProgressReporter({ ...silentLogger, info: (m) => void lines.push(m) }, { what: 'x', unit: 'bytes', now: () => 0 });
  progress.update(10);
  progress.finish(10);
  expect(lines).toEqual([]);
});

test('on a terminal: one live line redrawn in place, ended before the next message', () => {
  const out = stream(true);
  const logger = consoleLogger(out, out);
  let t = 0;
  const progress = new ProgressReporter(logger, { what: 'Validating data.csv', unit: 'bytes', total: 4e9, now: () => t });
  for (t = 300; t <= 1200; t += 300) progress.update(t * 1e6);
  logger.info('done');
  const text = out.text();
  expect(text).toMatch(/^\r\x1b\[KValidating data\.csv: 300 MB of 4\.00 GB \(7%\), 1\.00 GB\/s, about 4 s left/);
  expect(text.match(/\r/g)).toHaveLength(4);
  expect(text.endsWith('\ndone\n')).toBe(true);
});

test('in a log that is not a terminal there are no carriage returns', () => {
  const out = stream(false);
  const logger = consoleLogger(out, out);
  let t = 0;
  const progress = new ProgressReporter(logger, { what: 'x', unit: 'rows', total: 10, now: () => t });
  t = 6000;
  progress.update(5);
  expect(out.text()).not.toContain('\r');
  expect(out.text()).toMatch(/x: 5 of 10/);
});

test('predict reports the rows done after each batch', async () => {
  const table = await readCsv(fixtureData('iris_test.csv'));
  const seen: number[] = [];
  await predict(await loadModel(fixtureModel('iris_lr.onnx'), { ort }), table, { target: 'species', batchSize: 10, onRows: (n) => seen.push(n) });
  expect(seen.at(-1)).toBe(table.rowCount);
  expect(seen).toEqual([...seen].sort((a, b) => a - b));
  expect(seen.length).toBe(Math.ceil(table.rowCount / 10));
});
