/** The parts of the WebAssembly global used here (lib.dom's types are not in this project). */
interface WasmApi {
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object, imports: object) => { exports: unknown };
  compile(bytes: Uint8Array): Promise<object>;
}

const wasmApi = () => (globalThis as { WebAssembly?: WasmApi }).WebAssembly;

/**
 * A WebAssembly module embedded in the bundle as base64 (scripts/build-wasm.mjs), compiled once per
 * process (or thread): synchronously on first use, or ahead on V8's background threads when
 * `compileAhead` was called early enough (validate-data does, before it reads its schema).
 */
export class EmbeddedWasm {
  /** null: it cannot be compiled here (no WebAssembly, or an engine without SIMD) */
  private compiled: object | null | undefined;
  private compiling: Promise<void> | undefined;

  constructor(private readonly base64: string) {}

  /**
   * Starts compiling the module off this thread. Nothing changes if it is not done by first use
   * (that compiles as before) or fails (the synchronous compile decides). Resolves when it is done
   * either way; never rejects.
   */
  compileAhead(): Promise<void> {
    const api = wasmApi();
    if (this.compiled !== undefined || !api?.compile) return Promise.resolve();
    return (this.compiling ??= api.compile(Buffer.from(this.base64, 'base64')).then(
      (module) => void (this.compiled ??= module),
      () => undefined,
    ));
  }

  /** the exports of a fresh instance (with its own memory), or null where the module cannot be compiled */
  instantiate<T>(): T | null {
    const api = wasmApi();
    if (!api) return null;
    if (this.compiled === undefined) {
      try {
        this.compiled = new api.Module(Buffer.from(this.base64, 'base64'));
      } catch {
        this.compiled = null; // the callers have JavaScript that does the same work
      }
    }
    return this.compiled === null ? null : (new api.Instance(this.compiled, {}).exports as T);
  }
}
