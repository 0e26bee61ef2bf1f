import { createRequire as __mlciCreateRequire } from 'node:module'; const require = __mlciCreateRequire(import.meta.url);
import {
  answerJob,
  loadInputs
} from "./chunks/chunk-2IA3ZRLK.mjs";
import "./chunks/chunk-YHY5NU3N.mjs";
import "./chunks/chunk-AZ5JKRPQ.mjs";
import "./chunks/chunk-FXP66TXB.mjs";
import "./chunks/chunk-NUAR2BBI.mjs";
import "./chunks/chunk-YKTM2BZU.mjs";
import "./chunks/chunk-IBXA3ZOQ.mjs";
import "./chunks/chunk-NJ4I72ZN.mjs";
import "./chunks/chunk-XIYFUSOM.mjs";
import "./chunks/chunk-NKN2XUC7.mjs";
import "./chunks/chunk-J4TH6JGP.mjs";
import "./chunks/chunk-JCJ7PNO6.mjs";
import "./chunks/chunk-T2FDPCVF.mjs";
import "./chunks/chunk-WKRJA3LE.mjs";
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
