/**
 * V8 compiles typed-array code on the assumption that no ArrayBuffer of the thread's isolate has
 * ever been detached, until one is (a buffer transferred to another thread, a WebAssembly memory
 * that grows). Then it throws away every optimised function that relied on that at once, and they
 * run unoptimised until they are compiled again. A thread about to transfer buffers gives the
 * assumption up first, by detaching a throwaway buffer, so that its hot code is compiled once,
 * with the checks it would have had after the first transfer anyway. (validate-data on 200 MB:
 * fifteen hot functions on its two threads were compiled twice, docs/performance.md.)
 */
export function detachThrowawayArrayBuffer(): void {
  const buffer = new ArrayBuffer(8);
  structuredClone(buffer, { transfer: [buffer] });
}
