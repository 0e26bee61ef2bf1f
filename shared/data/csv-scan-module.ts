import { CSV_SCAN_WASM } from './csv-scan-wasm.js';

/** What the WebAssembly CSV record scanner exports (assembly/csv-scan.ts). */
export interface CsvScanExports {
  memory: { buffer: ArrayBuffer; grow(pages: number): number };
  layout(input: number, starts: number, ends: number, flags: number, numbers: number, capacity: number, status: number): void;
  window(length: number, eof: number, base: number, delimiter: number): void;
  scan(pos: number): number;
  rowPlan(plan: number, width: number, matrix: number, columns: number, float64: number, kept: number, keptCells: number, keptColumns: number, lines: number, capacity: number): void;
  scanRows(pos: number, maxRows: number, line: number): number;
}

/** The parts of the WebAssembly global this needs (lib.dom's types are not in this project). */
interface WasmApi {
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object, imports: object) => { exports: unknown };
}

let compiled: object | null | undefined;

/**
 * A fresh instance of the record scanner (its own memory), or null where WebAssembly with SIMD is
 * not there or MLCI_CSV_SCANNER=js asks for the JavaScript scanner. The module is compiled once
 * per process (or thread), synchronously, on first use: only a reader of CSV pays for it.
 */
export function instantiateCsvScan(): CsvScanExports | null {
  // asked each time, so that a test can read the same file with both scanners
  if (process.env.MLCI_CSV_SCANNER === 'js') return null;
  if (compiled === undefined) compiled = compile();
  if (compiled === null) return null;
  const api = (globalThis as { WebAssembly?: WasmApi }).WebAssembly!;
  return new api.Instance(compiled, {}).exports as CsvScanExports;
}

function compile(): object | null {
  const api = (globalThis as { WebAssembly?: WasmApi }).WebAssembly;
  if (!api) return null;
  try {
    return new api.Module(Buffer.from(CSV_SCAN_WASM, 'base64'));
  } catch {
    return null; // an engine without SIMD: the JavaScript scanner does the same work
  }
}
