/**
 * The prediction log writer: JSON Lines in `dir`, `predictions-<UTC yyyymmddThhmmssZ>-<seq>.jsonl`,
 * gzipped to `.jsonl.gz` when the file reaches `maxFileBytes` or `maxFileAgeMs`, the oldest
 * gzipped files deleted beyond `maxTotalBytes`.
 *
 * Off the request path: a request only offers a record (a closure over its tensors) to a bounded
 * queue; the records are built and written later, one file append at a time. When the writer
 * falls behind (a slow disk) or fails, records are dropped and counted, never buffered without
 * bound. Sampling is by request id, so a request's stable and shadow records are kept together.
 */
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, open, readdir, rename, rm, stat, type FileHandle } from 'node:fs/promises';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import { describeError } from '../errors.js';
import type { PredictionRecord } from './log-record.js';

export interface PredictionLogOptions {
  dir: string;
  now: () => Date;
  /** fraction of requests logged, 0..1 */
  sampleRate?: number;
  maxFileBytes?: number;
  maxFileAgeMs?: number;
  maxTotalBytes?: number;
  /** records waiting to be written; more are dropped */
  maxPending?: number;
  onWritten?(count: number): void;
  onDropped?(count: number): void;
  onError?(message: string): void;
}

const PREFIX = 'predictions-';
/** a log file is rotated once it holds this many bytes, when no maxFileBytes is given */
const DEFAULT_MAX_FILE_BYTES = 64 << 20;

export class PredictionLog {
  private pending: (() => PredictionRecord)[] = [];
  private writing: Promise<void> | undefined;
  private file: { handle: FileHandle; path: string; bytes: number; opened: number } | undefined;
  private seq = 0;
  private readonly timer: NodeJS.Timeout;
  private closed = false;

  constructor(private readonly options: PredictionLogOptions) {
    // Rotation by age must happen on a quiet server too.
    const every = Math.min(this.maxAge, 60_000);
    this.timer = setInterval(() => this.kick(), every);
    this.timer.unref();
  }

  private get maxAge(): number {
    return this.options.maxFileAgeMs ?? 3_600_000;
  }

  /** true when the request id falls in the sample */
  sampled(requestId: string): boolean {
    const rate = this.options.sampleRate ?? 1;
    if (rate >= 1) return true;
    if (rate <= 0) return false;
    return fnv1a(requestId) / 0x1_0000_0000 < rate;
  }

  /** true when the record is queued: `build`, and what it refers to, is kept until it is written */
  offer(requestId: string, build: () => PredictionRecord): boolean {
    if (this.closed || !this.sampled(requestId)) return false;
    if (this.pending.length >= (this.options.maxPending ?? 10_000)) {
      this.options.onDropped?.(1);
      return false;
    }
    this.pending.push(build);
    this.kick();
    return true;
  }

  /** resolves when every record offered so far is written (or dropped) */
  async flush(): Promise<void> {
    while (this.writing || this.pending.length > 0) {
      this.kick();
      await this.writing;
    }
  }

  async close(): Promise<void> {
    await this.flush();
    this.closed = true;
    clearInterval(this.timer);
    await this.rotate();
  }

  private kick(): void {
    if (this.writing) return;
    this.writing = this.drain()
      .catch((err: unknown) => this.options.onError?.(`prediction log: ${describeError(err)}`))
      .finally(() => {
        this.writing = undefined;
      });
  }

  private async drain(): Promise<void> {
    if (this.file && (this.file.bytes >= (this.options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES) || Date.now() - this.file.opened >= this.maxAge)) await this.rotate();
    while (this.pending.length > 0) {
      const batch = this.pending;
      this.pending = [];
      let text = '';
      for (const build of batch) text += `${JSON.stringify(build())}\n`;
      try {
        const file = this.file ?? (await this.openFile());
        await file.handle.appendFile(text);
        file.bytes += Buffer.byteLength(text);
        this.options.onWritten?.(batch.length);
      } catch (err) {
        this.options.onDropped?.(batch.length);
        this.options.onError?.(`prediction log: ${batch.length} records dropped: ${describeError(err)}`);
        await this.file?.handle.close().catch(() => {});
        this.file = undefined;
        return;
      }
      if (this.file!.bytes >= (this.options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES)) await this.rotate();
    }
  }

  private async openFile() {
    await mkdir(this.options.dir, { recursive: true });
    const stamp = this.options.now().toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z');
    for (;;) {
      const path = join(this.options.dir, `${PREFIX}${stamp}-${String(++this.seq).padStart(6, '0')}.jsonl`);
      const handle = await open(path, 'wx').catch((err: NodeJS.ErrnoException) => {
        if (err.code === 'EEXIST') return undefined;
        throw err;
      });
      if (!handle) continue;
      this.file = { handle, path, bytes: 0, opened: Date.now() };
      return this.file;
    }
  }

  /** closes the current file, gzips it and keeps the directory under maxTotalBytes */
  private async rotate(): Promise<void> {
    const file = this.file;
    if (!file) return;
    this.file = undefined;
    await file.handle.close();
    if (file.bytes === 0) {
      await rm(file.path, { force: true });
      return;
    }
    const gz = `${file.path}.gz`;
    await pipeline(createReadStream(file.path), createGzip(), createWriteStream(`${gz}.tmp`));
    await rename(`${gz}.tmp`, gz);
    await rm(file.path, { force: true });
    await this.enforceTotal();
  }

  private async enforceTotal(): Promise<void> {
    const limit = this.options.maxTotalBytes;
    if (!limit) return;
    const names = (await readdir(this.options.dir)).filter((n) => n.startsWith(PREFIX) && n.endsWith('.jsonl.gz')).sort();
    const sizes = await Promise.all(names.map(async (n) => (await stat(join(this.options.dir, n))).size));
    let total = sizes.reduce((a, b) => a + b, 0);
    for (let i = 0; i < names.length - 1 && total > limit; i++) {
      await rm(join(this.options.dir, names[i]!), { force: true });
      total -= sizes[i]!;
    }
  }
}

/** 32-bit FNV-1a: a stable hash of a request id, for sampling and canary assignment */
export function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}
