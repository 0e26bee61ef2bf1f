// esbuild options of scripts/build.mjs that a test builds with too.
import { dirname, resolve, sep } from 'node:path';

// @actions/core's core.js imports its OIDC client at the top, and with it @actions/http-client and
// undici (0.8 MB of JavaScript, ~40 ms of every action's start), for getIDToken alone, which no
// step calls before it runs. This resolves that one import to a stand-in with the same API that
// loads the real module (a chunk of its own) on first use.
export const lazyActionsOidc = {
  name: 'lazy-actions-oidc',
  setup(b) {
    const core = `${sep}@actions${sep}core${sep}lib${sep}`;
    b.onResolve({ filter: /^\.\/oidc-utils\.js$/ }, (args) => (args.importer.includes(core) && args.namespace === 'file' ? { path: resolve(dirname(args.importer), args.path), namespace: 'lazy-actions-oidc' } : undefined));
    b.onLoad({ filter: /.*/, namespace: 'lazy-actions-oidc' }, (args) => ({
      contents: `export class OidcClient {\n  static async getIDToken(audience) {\n    const { OidcClient: real } = await import(${JSON.stringify(args.path)});\n    return real.getIDToken(audience);\n  }\n}\n`,
      resolveDir: dirname(args.path),
    }));
  },
};

// Bundled CommonJS dependencies call require(); give ESM output a real one, made on first use:
// every chunk carries this banner, and creating a require costs ~0.1 ms a chunk at start-up
// although few chunks ever call it.
export const requireBanner = "import { createRequire as __mlciCreateRequire } from 'node:module'; var __mlciRequire; function require(id) { return (__mlciRequire ??= __mlciCreateRequire(import.meta.url))(id); }";
