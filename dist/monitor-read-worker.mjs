import { createRequire as __mlciCreateRequire } from 'node:module'; var __mlciRequire; function require(id) { return (__mlciRequire ??= __mlciCreateRequire(import.meta.url))(id); }
import {
  answerJob,
  loadInputs
} from "./chunks/chunk-LGIV2YE5.mjs";
import "./chunks/chunk-SJ6TO5GV.mjs";
import "./chunks/chunk-J5MMDF3H.mjs";
import "./chunks/chunk-FOAE3HMN.mjs";
import "./chunks/chunk-E6H5GRHK.mjs";
import "./chunks/chunk-PIO7UDJF.mjs";
import "./chunks/chunk-OBKOI45Q.mjs";
import "./chunks/chunk-MWAICGG4.mjs";
import "./chunks/chunk-AUKHAFSQ.mjs";
import "./chunks/chunk-Z7FU6QYM.mjs";
import "./chunks/chunk-OODZNGRG.mjs";
import "./chunks/chunk-HMON5L2P.mjs";
import "./chunks/chunk-HJAITZ65.mjs";
import "./chunks/chunk-I3CLNAZB.mjs";
import "./chunks/chunk-PWERFMPE.mjs";
import "./chunks/chunk-4NDXX6IS.mjs";

// shared/monitor/read-worker.ts
var loaded = /* @__PURE__ */ new Map();
function inputsFor(context) {
  const key = JSON.stringify([context.schemaFile, context.labels]);
  let inputs = loaded.get(key);
  if (!inputs) {
    inputs = loadInputs(context);
    loaded.set(key, inputs);
  }
  return inputs;
}
process.on("message", async (message) => {
  try {
    process.send({ result: await answerJob(message, inputsFor) });
  } catch (err) {
    process.send({ error: err instanceof Error ? err.stack ?? err.message : String(err) });
  }
});
