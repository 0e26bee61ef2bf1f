import { createRequire as __mlciCreateRequire } from 'node:module'; var __mlciRequire; function require(id) { return (__mlciRequire ??= __mlciCreateRequire(import.meta.url))(id); }

// shared/runtime/embedded-wasm.ts
var wasmApi = () => globalThis.WebAssembly;
var EmbeddedWasm = class {
  constructor(base64) {
    this.base64 = base64;
  }
  base64;
  /** null: it cannot be compiled here (no WebAssembly, or an engine without SIMD) */
  compiled;
  compiling;
  /**
   * Starts compiling the module off this thread. Nothing changes if it is not done by first use
   * (that compiles as before) or fails (the synchronous compile decides). Resolves when it is done
   * either way; never rejects.
   */
  compileAhead() {
    const api = wasmApi();
    if (this.compiled !== void 0 || !api?.compile) return Promise.resolve();
    return this.compiling ??= api.compile(Buffer.from(this.base64, "base64")).then(
      (module) => void (this.compiled ??= module),
      () => void 0
    );
  }
  /** the exports of a fresh instance (with its own memory), or null where the module cannot be compiled */
  instantiate() {
    const api = wasmApi();
    if (!api) return null;
    if (this.compiled === void 0) {
      try {
        this.compiled = new api.Module(Buffer.from(this.base64, "base64"));
      } catch {
        this.compiled = null;
      }
    }
    return this.compiled === null ? null : new api.Instance(this.compiled, {}).exports;
  }
};

export {
  EmbeddedWasm
};
