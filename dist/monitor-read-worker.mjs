import { createRequire as __mlciCreateRequire } from 'node:module'; const require = __mlciCreateRequire(import.meta.url);
import {
  answerJob,
  loadInputs
} from "./chunks/chunk-DPP624LX.mjs";
import "./chunks/chunk-RHBYAKV4.mjs";
import "./chunks/chunk-RPFRGKYZ.mjs";
import "./chunks/chunk-K7ABPFN3.mjs";
import "./chunks/chunk-B6PYH7FH.mjs";
import "./chunks/chunk-5O6E67HN.mjs";
import "./chunks/chunk-XZUQH4QQ.mjs";
import "./chunks/chunk-JCJ7PNO6.mjs";
import "./chunks/chunk-VBEKBVIM.mjs";
import "./chunks/chunk-WKRJA3LE.mjs";
import "./chunks/chunk-B56GY6F4.mjs";
import "./chunks/chunk-MUF43UFQ.mjs";
import "./chunks/chunk-SKS7E2VR.mjs";
import "./chunks/chunk-Y5HJ3DQY.mjs";
import "./chunks/chunk-TLFW3MUB.mjs";

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
