import { createRequire as __mlciCreateRequire } from 'node:module'; var __mlciRequire; function require(id) { return (__mlciRequire ??= __mlciCreateRequire(import.meta.url))(id); }
import {
  UserError
} from "./chunk-PWERFMPE.mjs";

// shared/steps/read-threads-setting.ts
import { availableParallelism } from "node:os";
function readThreadsSetting(raw) {
  if (!raw?.trim()) return Math.max(1, Math.min(3, availableParallelism() - 1));
  const threads = Number(raw);
  if (!Number.isInteger(threads) || threads < 0 || threads > 16) throw new UserError(`MLCI_READ_THREADS must be a whole number from 0 to 16, got "${raw}".`, "environment MLCI_READ_THREADS", "Unset it to let mlci choose, or set 0 to parse on the main thread.");
  return threads;
}

export {
  readThreadsSetting
};
