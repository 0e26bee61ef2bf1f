import { streamJsonObjects } from '../data/index.js';
import { cellOf, LABEL_COLUMN, LogBatchBuilder, SCORE_COLUMN, scoreOf, type Cell, type LogBatch } from './log-batch.js';
import type { LogProblems } from './log-problems.js';

/** whether a parsed line is a CloudEvent in structured JSON form (what an event dumper writes) */
export function isCloudEvent(object: Record<string, unknown>): boolean {
  return typeof object.specversion === 'string' && typeof object.id === 'string' && typeof object.type === 'string';
}

/** requests waiting for their response, at most; older ones are dropped and counted */
const MAX_PENDING = 100_000;

interface PendingRequest {
  time: number;
  line: number;
  file: string;
  data: unknown;
  service: string | null;
}

/**
 * KServe's inference logger sends each request and its response as two CloudEvents with the same
 * id (types ending .request and .response). Dumped one per line (JSON Lines, gzip or not), they
 * are paired here by id across the files of a run, in bounded memory; each pair becomes rows.
 */
export class KServeEventReader {
  private readonly pending = new Map<string, PendingRequest>();
  unpaired = 0;

  constructor(
    private readonly problems: LogProblems,
    /** names for the k columns of an [N, k] input, when the caller knows them (the reference's features) */
    private readonly featureNames: readonly string[] = [],
  ) {}

  async read(file: string, onBatch: (batch: LogBatch) => void): Promise<number> {
    const builder = new LogBatchBuilder(file, onBatch);
    let rows = 0;
    await streamJsonObjects(file, {
      onIssue: this.problems.onIssue,
      onObject: (event, line) => {
        const problem = (message: string) => this.problems.add({ file, line, message });
        if (!isCloudEvent(event)) return problem('not a CloudEvent (it needs specversion, id and type)');
        const data = eventData(event);
        const type = event.type as string;
        const id = event.id as string;
        if (type.endsWith('.request')) {
          if (this.pending.size >= MAX_PENDING) {
            this.pending.delete(this.pending.keys().next().value!);
            this.unpaired++;
          }
          const time = typeof event.time === 'string' ? Date.parse(event.time) : NaN;
          this.pending.set(id, { time, line, file, data, service: typeof event.inferenceservicename === 'string' ? event.inferenceservicename : null });
        } else if (type.endsWith('.response')) {
          const request = this.pending.get(id);
          if (!request) return void this.unpaired++;
          this.pending.delete(id);
          rows += this.addPair(builder, id, request, data, problem);
        }
      },
    });
    builder.flush();
    return rows;
  }

  /** requests never answered in the files read */
  get waiting(): number {
    return this.pending.size;
  }

  private addPair(builder: LogBatchBuilder, id: string, request: PendingRequest, response: unknown, problem: (m: string) => void): number {
    const inputs = requestColumns(request.data, this.featureNames);
    if (!inputs) {
      problem(`request ${id} holds neither Open Inference Protocol inputs nor V1 instances`);
      return 0;
    }
    const { cells, rows } = inputs;
    const answer = responseColumns(response, rows);
    for (const [name, values] of answer.cells) cells.set(name, values);
    const body = (response ?? {}) as Record<string, unknown>;
    builder.add(
      {
        model: typeof body.model_name === 'string' ? body.model_name : request.service,
        version: typeof body.model_version === 'string' ? body.model_version : null,
        role: null,
        timestamp: request.time,
        requestId: id,
        line: request.line,
      },
      rows,
      cells,
      answer.probabilities,
    );
    return rows;
  }
}

function eventData(event: Record<string, unknown>): unknown {
  if (event.data !== undefined) return typeof event.data === 'string' ? safeParse(event.data) : event.data;
  if (typeof event.data_base64 === 'string') return safeParse(Buffer.from(event.data_base64, 'base64').toString('utf8'));
  return undefined;
}

function safeParse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

interface OipTensor {
  name: string;
  shape: number[];
  data: unknown[];
}

function tensors(value: unknown): OipTensor[] | undefined {
  if (!Array.isArray(value)) return undefined;
  const out = value.filter((t): t is OipTensor => t && typeof t.name === 'string' && Array.isArray(t.shape) && Array.isArray(t.data));
  return out.length === value.length ? out : undefined;
}

/** rows of a tensor: [N] → N rows of one value, [N, k] → N rows of k (row-major) */
function rowsOf(t: OipTensor): { rows: number; width: number; data: unknown[] } {
  const flat = t.data.flat(Infinity);
  const rows = t.shape[0] ?? flat.length;
  return { rows, width: rows ? Math.round(flat.length / rows) : 0, data: flat };
}

function requestColumns(data: unknown, featureNames: readonly string[]): { cells: Map<string, Cell[]>; rows: number } | undefined {
  const body = data as Record<string, unknown> | undefined;
  const cells = new Map<string, Cell[]>();
  const inputs = tensors(body?.inputs);
  if (inputs) {
    let rows = 0;
    for (const t of inputs) {
      const r = rowsOf(t);
      rows = r.rows;
      const names = r.width === featureNames.length && inputs.length === 1 ? featureNames : Array.from({ length: r.width }, (_, k) => (r.width === 1 ? t.name : `${t.name}_${k}`));
      names.forEach((name, k) => cells.set(name, Array.from({ length: r.rows }, (_, i) => cellOf(r.data[i * r.width + k]))));
    }
    return { cells, rows };
  }
  if (Array.isArray(body?.instances)) {
    const instances = body.instances as unknown[];
    instances.forEach((instance, i) => {
      const entries: [string, unknown][] = Array.isArray(instance)
        ? instance.map((v, k) => [featureNames.length === instance.length ? featureNames[k]! : `input_${k}`, v])
        : instance && typeof instance === 'object' ? Object.entries(instance) : [['input_0', instance]];
      for (const [name, v] of entries) {
        let column = cells.get(name);
        if (!column) cells.set(name, (column = new Array<Cell>(instances.length).fill(null)));
        column[i] = cellOf(v);
      }
    });
    return { cells, rows: instances.length };
  }
  return undefined;
}

function responseColumns(data: unknown, rows: number): { cells: Map<string, Cell[]>; probabilities?: number[][] } {
  const body = data as Record<string, unknown> | undefined;
  const cells = new Map<string, Cell[]>();
  const outputs = tensors(body?.outputs);
  if (outputs) {
    let probabilities: number[][] | undefined;
    const probs = outputs.find((t) => /prob/i.test(t.name) && rowsOf(t).width > 1);
    if (probs) {
      const r = rowsOf(probs);
      probabilities = Array.from({ length: r.rows }, (_, i) => r.data.slice(i * r.width, (i + 1) * r.width) as number[]);
      cells.set(SCORE_COLUMN, probabilities.map((p) => scoreOf(p)));
    }
    const label = outputs.find((t) => t !== probs && rowsOf(t).width === 1 && rowsOf(t).rows === rows);
    if (label) cells.set(probs ? LABEL_COLUMN : SCORE_COLUMN, rowsOf(label).data.map(cellOf));
    return probabilities ? { cells, probabilities } : { cells };
  }
  if (Array.isArray(body?.predictions) && body.predictions.length === rows) {
    const predictions = body.predictions as unknown[];
    if (predictions.every(Array.isArray)) {
      const probabilities = predictions as number[][];
      cells.set(SCORE_COLUMN, probabilities.map((p) => scoreOf(p)));
      return { cells, probabilities };
    }
    cells.set(LABEL_COLUMN, predictions.map(cellOf));
  }
  return { cells };
}
