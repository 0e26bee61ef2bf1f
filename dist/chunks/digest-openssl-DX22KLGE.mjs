import { createRequire as __mlciCreateRequire } from 'node:module'; var __mlciRequire; function require(id) { return (__mlciRequire ??= __mlciCreateRequire(import.meta.url))(id); }
import "./chunk-4NDXX6IS.mjs";

// shared/fs/digest-openssl.ts
import { resolve } from "node:path";
function sha256FileByOpenssl(path) {
  let cancelled = false;
  let kill;
  const result = import("node:child_process").then(
    ({ execFile }) => new Promise((done) => {
      if (cancelled) return done(void 0);
      const child = execFile("openssl", ["dgst", "-sha256", "-r", resolve(path)], { env: process.env, windowsHide: true, maxBuffer: 64 * 1024 }, (err, stdout) => {
        const hex = /^([0-9a-f]{64})\s/.exec(String(stdout))?.[1];
        done(err || !hex ? void 0 : hex);
      });
      child.on("error", () => done(void 0));
      kill = () => child.kill();
    }),
    () => void 0
  );
  return {
    result,
    cancel: () => {
      cancelled = true;
      kill?.();
    }
  };
}
export {
  sha256FileByOpenssl
};
