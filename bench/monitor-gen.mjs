// Writes some of the files of bench/monitor.mjs's generated week of prediction log: those whose
// index k has k % parts === part (several of these run side by side). Each file has its own seed,
// so a file's contents do not depend on how the work was split.
//   node bench/monitor-gen.mjs LOG_DIR MEGABYTES PART PARTS
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { rng } from './xorshift.mjs';

export const FEATURES = 20;
export const DAYS = 7;
export const FILES = DAYS * 4;
export const SHIFTED = ['f3', 'f11'];
export const START = Date.parse('2026-11-28T00:00:00Z');

export function normal(next) {
  return Math.sqrt(-2 * Math.log(next() + 1e-12)) * Math.cos(2 * Math.PI * next());
}

const POOL = 1 << 16;

/**
 * Each feature's values (normal(i, 1), and shifted by 0.5 for SHIFTED on the last two days) drawn
 * once into a pool of 65,536 written-out numbers, from which records pick at random: formatting a
 * number is most of the cost of writing 10 GB, and 65,536 distinct values a feature is plenty for
 * the tests and sketches measured.
 */
function valuePools() {
  const next = rng(20261206);
  return [false, true].map((late) =>
    Array.from({ length: FEATURES }, (_, i) => {
      const numbers = new Float64Array(POOL);
      const texts = new Array(POOL);
      for (let k = 0; k < POOL; k++) {
        const v = Number((normal(next) + i + (late && SHIFTED.includes(`f${i}`) ? 0.5 : 0)).toPrecision(6));
        numbers[k] = v;
        texts[k] = String(v);
      }
      return { numbers, texts };
    }),
  );
}

/** file k of the week: its records as JSON Lines text (a record is about 520 bytes) */
function fileText(megabytes, k, pools) {
  const records = Math.round((megabytes * 1e6) / 520);
  const stepMs = (DAYS * 86_400_000) / records;
  const perFile = Math.ceil(records / FILES);
  const next = rng(20261205 + k * 7919);
  const lines = [];
  for (let n = k * perFile; n < Math.min((k + 1) * perFile, records); n++) {
    const t = START + n * stepMs;
    const pool = pools[t >= START + (DAYS - 2) * 86_400_000 ? 1 : 0];
    // written out by hand rather than JSON.stringify'd: the same text, several times faster to make
    let inputs = '';
    let f3 = 3;
    for (let i = 0; i < FEATURES; i++) {
      const pick = (next() * POOL) | 0;
      const missing = next() < 0.001;
      if (i === 3 && !missing) f3 = pool[i].numbers[pick];
      inputs += `${i ? ',' : ''}"f${i}":[${missing ? 'null' : pool[i].texts[pick]}]`;
    }
    const p = 1 / (1 + Math.exp(-f3 + 3));
    lines.push(`{"timestamp":"${new Date(t).toISOString()}","request_id":"r${n}","model":"bench","version":"v1","digest":"sha256:0","model_digest":"sha256:1","role":"stable","inputs":{${inputs}},"outputs":{"label":[${p > 0.5 ? 1 : 0}],"probabilities":[[${1 - p},${p}]]},"latency_ms":0.8}`);
  }
  return lines.length ? lines.join('\n') + '\n' : '';
}

export function fileName(k) {
  const stamp = new Date(START + k * 6 * 3_600_000).toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z');
  return `predictions-${stamp}-${k + 1}.jsonl${k === FILES - 1 ? '' : '.gz'}`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [logDir, megabytes, part, parts] = process.argv.slice(2).map((a, i) => (i ? Number(a) : a));
  const pools = valuePools();
  for (let k = part; k < FILES; k += parts) {
    const text = fileText(megabytes, k, pools);
    if (!text) continue;
    // the live file as it is, the rotated ones gzipped (level 1: quick to write, read as fast)
    writeFileSync(join(logDir, fileName(k)), k === FILES - 1 ? text : gzipSync(text, { level: 1 }));
  }
}
