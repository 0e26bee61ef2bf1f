// esbuild options of scripts/build.mjs that a test builds with too.
import { dirname, sep } from 'node:path';

// @actions/core's core.js imports its OIDC client at the top, and with it @actions/http-client and
// undici (0.8 MB of JavaScript, ~40 ms of every action's start), for getIDToken alone, which no
// step calls before it runs. This resolves that one import to a stand-in with the same API that
// loads the real module (a chunk of its own) on first use.
export const lazyActionsOidc = {
  name: 'lazy-actions-oidc',
  setup(b) {
    const core = `${sep}@actions${sep}core${sep}lib${sep}`;
    // the stand-in's path is a name, not where it lies: esbuild writes it into the bundle, which
    // must be the same bytes from any checkout (check-dist compares them)
    b.onResolve({ filter: /^\.\/oidc-utils\.js$/ }, (args) => (args.importer.includes(core) && args.namespace === 'file' ? { path: '@actions/core/lib/oidc-utils.js', namespace: 'lazy-actions-oidc', pluginData: { dir: dirname(args.importer) } } : undefined));
    b.onLoad({ filter: /.*/, namespace: 'lazy-actions-oidc' }, (args) => ({
      // resolved from the real module's folder, outside this plugin's namespace: the real module
      contents: `export class OidcClient {\n  static async getIDToken(audience) {\n    const { OidcClient: real } = await import('./oidc-utils.js');\n    return real.getIDToken(audience);\n  }\n}\n`,
      resolveDir: args.pluginData.dir,
    }));
  },
};

// Bundled CommonJS dependencies call require(); give ESM output a real one, made on first use:
// every chunk carries this banner, and creating a require costs ~0.1 ms a chunk at start-up
// although few chunks ever call it.
export const requireBanner = "import { createRequire as __mlciCreateRequire } from 'node:module'; var __mlciRequire; function require(id) { return (__mlciRequire ??= __mlciCreateRequire(import.meta.url))(id); }";
