import { createRequire as __mlciCreateRequire } from 'node:module'; var __mlciRequire; function require(id) { return (__mlciRequire ??= __mlciCreateRequire(import.meta.url))(id); }
import "./chunk-4NDXX6IS.mjs";

// shared/fs/digest-openssl.ts
import { execFile } from "node:child_process";
import { setPriority } from "node:os";
import { resolve } from "node:path";
function sha256FileByOpenssl(path, niceness = 0) {
  let cancelled = false;
  let kill;
  const args = ["dgst", "-sha256", "-r", resolve(path)];
  const run = (idle) => new Promise((done) => {
    const child = execFile(idle ? "chrt" : "openssl", idle ? ["--idle", "0", "openssl", ...args] : args, { env: process.env, windowsHide: true, maxBuffer: 64 * 1024 }, (err, stdout, stderr) => {
      const hex = /^([0-9a-f]{64})\s/.exec(String(stdout))?.[1];
      const chrtFailed = idle && !hex && (err?.code === "ENOENT" || String(stderr).startsWith("chrt:"));
      done({ hex: err || !hex ? void 0 : hex, chrtFailed });
    });
    child.on("error", () => done({ hex: void 0, chrtFailed: idle }));
    if (niceness > 0 && child.pid !== void 0) {
      try {
        setPriority(child.pid, niceness);
      } catch {
      }
    }
    kill = () => child.kill();
  });
  const yielding = niceness > 0 && process.platform === "linux";
  const result = (yielding ? run(true).then((first) => first.chrtFailed && !cancelled ? run(false) : first) : run(false)).then((answer) => answer.hex);
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
