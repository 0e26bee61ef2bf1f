import { EmbeddedWasm } from '../runtime/embedded-wasm.js';
import { CSV_SCAN_WASM } from './csv-scan-wasm.js';

/** What the WebAssembly CSV record scanner exports (assembly/csv-scan.ts). */
export interface CsvScanExports {
  memory: { buffer: ArrayBuffer; grow(pages: number): number };
  layout(input: number, starts: number, ends: number, flags: number, numbers: number, capacity: number, status: number): void;
  window(length: number, eof: number, base: number, delimiter: number): void;
  scan(pos: number): number;
  rowPlan(plan: number, width: number, matrix: number, columns: number, float64: number, kept: number, keptCells: number, keptColumns: number, lines: number, capacity: number, codes: number): void;
  scanRows(pos: number, maxRows: number, line: number): number;
  textTables(at: number): void;
  textTablesBytes(): number;
  textTableCount(): number;
  keepText(table: number, code: number, hash: number, length: number): void;
}

const scanner = new EmbeddedWasm(CSV_SCAN_WASM);

/**
 * Starts compiling the record scanner on V8's background threads, for a caller with other work
 * to do before it reads (validate-data reads its schema meanwhile): instantiateCsvScan then finds
 * it compiled instead of compiling on the main thread (see EmbeddedWasm.compileAhead).
 */
export function precompileCsvScan(): Promise<void> {
  return process.env.MLCI_CSV_SCANNER === 'js' ? Promise.resolve() : scanner.compileAhead();
}

/**
 * A fresh instance of the record scanner (its own memory), or null where WebAssembly with SIMD is
 * not there (the JavaScript scanner does the same work) or MLCI_CSV_SCANNER=js asks for the
 * JavaScript scanner. The module is compiled once per process (or thread), synchronously, on
 * first use, unless precompileCsvScan compiled it ahead: only a reader of CSV pays for it.
 */
export function instantiateCsvScan(): CsvScanExports | null {
  // asked each time, so that a test can read the same file with both scanners
  if (process.env.MLCI_CSV_SCANNER === 'js') return null;
  return scanner.instantiate<CsvScanExports>();
}
