/**
 * One role of one served model (stable, canary or shadow): the version it serves now, and the
 * hot swap to the next. A new version is loaded and warmed up beside the old one and swapped in
 * with one assignment; requests already holding the old version finish on it, and its session is
 * released when the last one does. A version that fails to load is logged, counted and not
 * swapped in; the old one keeps serving.
 */
import { describeError } from '../errors.js';
import type { OrtModule } from '../runtime/ort-module.js';
import { DynamicBatcher } from './batcher.js';
import { versionMetrics, type Role, type ServerMetrics, type VersionMetrics } from './metrics.js';
import type { ModelSource } from './model-source.js';
import { loadServedModel, type ModelIdentity, type ServedModel } from './served-model.js';

export interface SlotDeps {
  ort: OrtModule;
  metrics: ServerMetrics;
  log(record: Record<string, unknown>): void;
  batching: { maxBatchRows: number; maxQueueDelayUs: number; maxQueueRows: number };
  /** onnxruntime threads per run (served-model.ts: DEFAULT_INTRA_OP_THREADS) */
  intraOpThreads?: number;
}

export interface ActiveVersion {
  model: ServedModel;
  batcher: DynamicBatcher;
  /** the metric series of this version in this slot's role, resolved once */
  counted: VersionMetrics;
  inflight: number;
  retired: boolean;
}

export class ModelSlot {
  private active: ActiveVersion | undefined;
  private polling: Promise<void> | undefined;
  /** a digest that failed to load: not retried until the source moves on */
  private failedDigest: string | undefined;

  constructor(
    readonly name: string,
    readonly role: Role,
    readonly source: ModelSource,
    private readonly deps: SlotDeps,
  ) {}

  get current(): ServedModel | undefined {
    return this.active?.model;
  }

  /** loads the source's current version; throws when it cannot (the caller decides what that means) */
  async start(): Promise<void> {
    const identity = await this.source.current();
    this.swapIn(await this.load(identity));
  }

  /** a version for one request; give it back with `release` */
  acquire(): ActiveVersion | undefined {
    const active = this.active;
    if (active) active.inflight++;
    return active;
  }

  release(active: ActiveVersion): void {
    active.inflight--;
    if (active.retired && active.inflight === 0) void this.dispose(active);
  }

  /** follows the source once: a new version is loaded, warmed up and swapped in */
  poll(): Promise<void> {
    this.polling ??= this.pollOnce().finally(() => {
      this.polling = undefined;
    });
    return this.polling;
  }

  private async pollOnce(): Promise<void> {
    let identity: ModelIdentity;
    try {
      identity = await this.source.current();
    } catch (err) {
      this.deps.log({ level: 'warning', msg: 'model source unreachable; serving the loaded version', model: this.name, role: this.role, reference: this.source.reference, error: describeError(err) });
      return;
    }
    const current = this.active?.model;
    if (current && current.modelDigest === identity.modelDigest && current.digest === identity.digest) return;
    if (identity.digest === this.failedDigest) return;
    let next: ActiveVersion;
    try {
      next = await this.load(identity);
    } catch (err) {
      this.failedDigest = identity.digest;
      this.deps.metrics.loadFailures.inc({ model: this.name });
      this.deps.log({ level: 'error', msg: 'new model version failed to load; the previous version keeps serving', model: this.name, role: this.role, version: identity.version, digest: identity.digest, error: describeError(err) });
      return;
    }
    this.swapIn(next);
  }

  async stop(): Promise<void> {
    const active = this.active;
    this.active = undefined;
    if (active) this.retire(active);
  }

  private async load(identity: ModelIdentity): Promise<ActiveVersion> {
    const path = await this.source.materialize(identity);
    const model = await loadServedModel(path, identity, this.deps.ort, this.deps.intraOpThreads);
    const { metrics } = this.deps;
    const labels = { model: this.name, version: model.version };
    const batchSize = metrics.batchSize.labels(labels);
    const queue = metrics.queue.labels(labels);
    const batcher = new DynamicBatcher({
      ...this.deps.batching,
      batchable: model.batchable,
      where: `model "${this.name}" version ${model.version}`,
      run: (inputs) => model.run(inputs),
      onBatch(rows, waited) {
        batchSize.observe(rows);
        for (const s of waited) queue.observe(s);
      },
      onBatchError: (error) => this.deps.log({ level: 'warning', msg: 'batch metrics failed; requests are served, batches no longer counted', model: this.name, version: model.version, error: describeError(error) }),
    });
    metrics.loadDuration.set(labels, model.loadSeconds);
    this.deps.log({ level: 'info', msg: 'model loaded', model: this.name, role: this.role, version: model.version, digest: model.digest, model_digest: model.modelDigest, load_seconds: model.loadSeconds, batchable: model.batchable });
    return { model, batcher, counted: versionMetrics(metrics, this.name, model.version, this.role), inflight: 0, retired: false };
  }

  private swapIn(next: ActiveVersion): void {
    const previous = this.active;
    this.active = next;
    this.failedDigest = undefined;
    if (previous) {
      this.deps.log({ level: 'info', msg: 'model swapped', model: this.name, role: this.role, from: previous.model.version, to: next.model.version });
      this.retire(previous);
    }
    const { metrics } = this.deps;
    metrics.ready.set({ model: this.name, version: next.model.version, role: this.role }, 1);
    metrics.info.set({ model: this.name, version: next.model.version, role: this.role, digest: next.model.digest, model_digest: next.model.modelDigest }, 1);
  }

  private retire(active: ActiveVersion): void {
    const { metrics } = this.deps;
    const { version, digest, modelDigest } = active.model;
    if (this.active?.model.version !== version) metrics.ready.remove({ model: this.name, version, role: this.role });
    metrics.info.remove({ model: this.name, version, role: this.role, digest, model_digest: modelDigest });
    active.retired = true;
    if (active.inflight === 0) void this.dispose(active);
  }

  private async dispose(active: ActiveVersion): Promise<void> {
    await active.model.release().catch(() => {});
  }
}
