import { createRequire as __mlciCreateRequire } from 'node:module'; var __mlciRequire; function require(id) { return (__mlciRequire ??= __mlciCreateRequire(import.meta.url))(id); }
import {
  EmbeddedWasm
} from "./chunk-OODZNGRG.mjs";
import {
  BatchBuilder,
  BatchQueue,
  DEFAULT_MAX_RECORD_BYTES,
  FLOAT32_MAX,
  FeatureMatrixBuilder,
  checkHeader,
  codedTextColumn,
  delimiterByte,
  emptyFileError,
  isOwnMemory,
  noRowsError,
  openTextDataFile,
  recordTooLongError,
  selectColumns,
  splitMatrixColumns
} from "./chunk-HMON5L2P.mjs";
import {
  UserError
} from "./chunk-PWERFMPE.mjs";

// shared/data/csv-scan-wasm.ts
var CSV_SCAN_WASM = "AGFzbQEAAAABcA1gBH9/f38AYAABf2AFf39/f3sBf2AEf39/fwF/YAAAYAF/AGADf39/AX9gC39/f39/e39/f39/AX9gCn9/f39/f39/f38Bf2AHf39/f397fwF/YAF/AX9gC39/f39/f39/f39/AGAHf39/f39/fwADEA8CAwQAAQUBBgcICQoLDAAFAwEAIAbGAit/AUEAC38BQQALfwFBAAt/AUEAC38BQQALfwFBAAt/AUEAC38BQQALfwFBAAt/AUEAC38BQQALfwFBAAt/AUEAC38BQSwLewH9DAAAAAAAAAAAAAAAAAAAAAALewH9DAAAAAAAAAAAAAAAAAAAAAALewH9DAAAAAAAAAAAAAAAAAAAAAALewH9DAAAAAAAAAAAAAAAAAAAAAALewH9DAAAAAAAAAAAAAAAAAAAAAALewH9DAAAAAAAAAAAAAAAAAAAAAALfwFBAAt/AUEAC38BQQALfwFBAAt/AUEAC38BQQALfwFBAAt/AUEAC38BQQALfwFBAAt/AUEAC38BQQALfwFBAAt/AUEAC38BQQALfwFBAAt/AUEAC38BQQALfwFBAAt/AUEAC3wBRAAAAAAAAPh/C3wBRAAAAAAAAPh/C38BQQALB3MKBmxheW91dAANBndpbmRvdwADBHNjYW4ACwdyb3dQbGFuAAwKdGV4dFRhYmxlcwAFD3RleHRUYWJsZXNCeXRlcwAECGtlZXBUZXh0AA4OdGV4dFRhYmxlQ291bnQABghzY2FuUm93cwAHBm1lbW9yeQIACAECDAEDCuUoD/gFBAh/AX4BfAF7IAEgAkoEfyAAIAJqLQAABUEKCyIMQS1GIgggDEErRnIEQCAIIQcgAkEBaiECCwNAIAEgAkoEfyAAIAJqLQAAQTBrIgpBCU0FQQALBEAgCq0gDUIKfnwhDSAFQQFqIQUgAkEBaiECDAELCyABIAJKBH8gACACai0AAEEuRgVBAAsEQCACQQFqIQIDQCABIAJKBH8gACACai0AAEEwayIKQQlNBUEACwRAIAqtIA1CCn58IQ0gC0EBaiELIAJBAWohAgwBCwsgBSALaiEFCyAFQQBKIggEfyAFQRNMBSAICyEFIAEgAkpBACAFGwR/IAAgAmotAABBIHJB5QBGBUEACwRAIAJBAWoiAiABSARAIAAgAmotAAAiDEEtRiIIIAxBK0ZyBEAgCCEGIAJBAWohAgsLIAIhCANAIAEgAkoEfyAAIAJqLQAAQTBrIgpBCU0FQQALBEAgCUEKbCAKaiAJIAlBkM4ASBshCSACQQFqIQIMAQsLQQAgCWsgCSAGGyEJIAVBACACIAhHGyEFCyABIAJKBH8gACACai0AAAVBCgshBiANQoCAgICAgIAQVEEAIAUbBH8gBkEKRiADIAZGcgR/QQEFIAZBDUYgAkEBaiABSHEEfyAAIAJqLQABQQpGBUEACwsFQQALBHwgCSALayIFBHwgBUEWTCAFQQBKcQR8IA26IAVBA3RBoAhqKwMAogUgBUEASCAFQWpOcQR8IA26QQAgBWtBA3RBoAhqKwMAowVEAAAAAAAA+H8LCwUgDboLIg6aIA4gBxsFRAAAAAAAAPh/CyAGQQpHIAMgBkdxBEACQANAIAJBEGoiAyABTARAIAIgACACav0ABAAiDyAE/SMgD/0MCgoKCgoKCgoKCgoKCgoKCv0j/VD9ZCIFaGohAiAFDQIgAyECDAELCyAE/RYAQf8BcSEDA0AgASACSgRAIAAgAmotAAAiBUEKRiADIAVGcg0CIAJBAWohAgwBCwsgASECCwskKCACC9EBAQV/IAFB/x9xIQgDQCAAQRBqIAhBBHRqIgcoAgwiBEUEQEF/DwsgBCADQQFqRyAHKAIAIAFHckUEQCAHKAIIIABBkIAEamohBkEAIQUCfwNAIAVBEGoiBCADTARAQQAgBSAGav0ABAAgAiAFav0ABAD9I/1kQf//A0cNAhogBCEFDAELC0EBIAMgBWsiBEUNABpBASAEdEEBayIEIAUgBmr9AAQAIAIgBWr9AAQA/SP9ZHEgBEYLBEAgBygCBA8LCyAIQQFqQf8fcSEIDAALAAuhAgEHf/0MAAAAAAAAAAAAAAAAAAAAACQO/QwAAAAAAAAAAAAAAAAAAAAAJA/9DAAAAAAAAAAAAAAAAAAAAAAkEP0MAAAAAAAAAAAAAAAAAAAAACQR/QwAAAAAAAAAAAAAAAAAAAAAJBL9DAAAAAAAAAAAAAAAAAAAAAAkEwNAIANBAkgEQEEAIQADQCAAQRBIBEBBACECA0AgACACakEQSARAIANBCHQgAEEEdHIgAnJBBHRBgIABaiEFQRAgAGsgAmshBEEAIQEDQCABQRBIBEAgASAFaiABIAROBH8gASAEayIGIANqIAAgBkxqBUH/AQs6AAAgAUEBaiEBDAELCyACQQFqIQIMAQsLIABBAWohAAwBCwsgA0EBaiEDDAELCwsVACAAJAsgAUEARyQMIAIkAyADJA0LBgBBwIEwCwYAIAAkJgsEAEEIC/UCAwZ/AXsBfCMNIgb9DyEJIx1BACMeQQJ0/AsAIyNBACMeQQN0/AsAA0AgASAFSgRAAkAgACMLTgRAQQIhBAwBCyMEIwsgACMMIAYgCSAFEAoiA0EASARAIychBEEAIQEDQCABIARIBEACQCMUIAFBAnRqKAIAIgZBf04NAEF+IAZrIgYjIGwgBWohByMhIAZBAnRqKAIAQQBOBH8jIiAHQQJ0aigCAEEASAVBAAsEQCMjIAZBAnRqIgggCCgCAEEBazYCAAsjGSAHQQN0aisDACIKIAphDQAgBkECdCIGIx1qIgggCCgCAEEBazYCACMaIAdBAnRqIgcjG2ooAgAgBygCAEoEQCMkIAZqIgYgBigCAEEBazYCAAsLIAFBAWohAQwBCwtBAkEBIANBf0YbIQQMAQsjHyAFQQJ0aiACNgIAIAJBAWohAiAFQQFqIQUgAyEADAILCwsjCSIBIAU2AgwgASACNgIQIAEgBDYCFCAAIwNqC6UHBAl/AX4BfAJ7QQAkAUEAJAIDQCAKIAxGBEBBfg8LIAEgAkoEfyAAIAJqLQAAQSJGBUEACwRAIAAgASACIAMgBCAGIAcgCCAJIAwQCSICQQBIBEBBfw8LIwJBAXEEQCAMQQFqJAAgAQ8LBSACIgtBEGogAUwEQCAAIAJqIg39AAQAIhYgBf0jIBb9DAoKCgoKCgoKCgoKCgoKCgr9I/1Q/WQiEQR/IBFoIgIEfyACIA1qLQAAQQpGBUEACwR/IAIgDWpBAWstAABBDUYFQQALBEAgAkEBayECCyACJCoCf0EAQQEgAnRBAWtBASAW/RYAQf8BcSISQStGIBJBLUZyIg50QQFrQX9zcSIPIBYjDv1xIhcjD/0m/WRxIhNpIg1BASAWIxD9I/1kIA9xIhBBAWsgEHEgECATciAPRxsbRQRAQQAgFv0MICAgICAgICAgICAgICAgIP1Q/QxlZWVlZWVlZWVlZWVlZWVl/SP9ZCAPcQ0BGkQAAAAAAAD4fyQpQQEMAQtBACAXIA0gEGggDmsgAiAOayAQGyICayINIA5BCHQgAkEEdHJyQQR0QYCAAWr9AAQA/Q4iFv2JASMR/boBIBb9igEjEf26Af2FASMS/boBIhYgFv2FASMT/boBIhb9GwGsIBb9GwCsQoDC1y9+fCIUQoCAgICAgIAQWg0AGiANBHwgFLogDUEDdEGgCGorAwCjBSAUugsiFZogFSASQS1GIA5xGyQpQQELBUEACwRAIAkgDEEDdGojKTkDACAGIAxBAnQiAmogCyMDajYCACACIAdqIwMgCyMqamo2AgAgCCAMakEAOgAAIAxBAWohDCALIBFoaiICIABqLQAAIARGBEAgAkEBaiECDAQLIAwkACACQQFqDwsLIAAgASALIAQgBRAAIgIgAUgEfyAAIAJqLQAABUEKCyENIANFIAEgAkZxBEBBfw8LIAkgDEEDdGojKDkDACAMQQJ0Ig4gBmogCyMDajYCACAHIA5qIwMgAkEBayACIA1BCkYgAiALSnEEfyAAIAJqQQFrLQAAQQ1GBUEACxtqNgIAIAggDGpBADoAAAsgDEEBaiEMIAEgAkwEQCAMJAAgAQ8LIAAgAmotAAAiCyAERgRAIAJBAWohAgwBCwsgDCQAIAtBDUYEQCADRSACQQFqIAFGcQRAQX8PCyACQQJqIAJBAWoiBCABSAR/IAAgAmotAAFBCkYFQQALIQAgBCAAGw8LIAJBAWoLoQYBBX9BASENIAJBAWohCgN/AkADQCAKQRBqIgsgAUwEQCAKIAAgCmr9AAQA/QwiIiIiIiIiIiIiIiIiIiIi/SP9ZCIMaGohCiAMDQIgCyEKDAELCwNAIAEgCkoEQCAAIApqLQAAQSJGDQIgCkEBaiEKDAELC0F/IQoLIApBAE4EfyADRSAKQQFqIAFGcQRAQX8PCyAKQQFqIAFIBH8gACAKai0AAUEiRgVBAAsEQCANQQJyIQ0gCkECaiEKDAILIAoFQX8LCyIOQQBIBEAgA0UEQEF/DwsjAkEBciQCQQAhAyACQQFqIQQDQCAEQRBqIgogAUwEQCADIAAgBGr9AAQA/QwKCgoKCgoKCgoKCgoKCgoK/SP9ZGlqIQMgCiEEDAELCwNAIAEgBEoEQCADQQFqIAMgACAEai0AAEEKRhshAyAEQQFqIQQMAQsLIwEgA2okASAIIAlBA3RqRAAAAAAAAPh/OQMAIAlBAnQiACAFaiMDIAJBAWpqNgIAIAAgBmogASMDajYCACAHIAlqIA06AAAgAQ8LQQAhCiACQQFqIQsDQCALQRBqIgwgDkwEQCAKIAAgC2r9AAQA/QwKCgoKCgoKCgoKCgoKCgoK/SP9ZGlqIQogDCELDAELCwNAIAsgDkgEQCAKQQFqIAogACALai0AAEEKRhshCiALQQFqIQsMAQsLIwEgCmokASAOQQFqIgsgAUgEQCAAIAtqLQAAIgpBCkcgBCAKR3EgCkENR3EEQANAIAEgC0oEfyAAIAtqLQAAIgogBEcFQQALIQwgCkEKR0EAIAwbBEAgC0EBaiELDAELCyADRSABIAtGcQRAQX8PCyALQQFrIQEgAiALSAR/IAAgC2pBAWstAABBDUYFQQALIQAgCCAJQQN0akQAAAAAAAD4fzkDACAJQQJ0IgMgBWogAiMDajYCACADIAZqIwMgASALIAAbajYCACAHIAlqQQQ6AAAgCw8LCyAIIAlBA3RqRAAAAAAAAPh/OQMAIAlBAnQiACAFaiMDIAJBAWpqNgIAIAAgBmogDiMDajYCACAHIAlqIA06AAAgCwv7CQQNfwJ8AX4CeyMWIAYjF2xBA0ECIxgbdGohDQNAIAsjFUYEf0EBBSABIAJKBH8gACACai0AAEEiRgVBAAsLBEAgCyQnQX0PC0QAAAAAAAD4fyEUIAIiCSEHQQAhCiACQRBqIAFMBEAgACACaiIM/QAEACIXIAX9IyAX/QwKCgoKCgoKCgoKCgoKCgoK/SP9UP1kIg4EfyAOaCIIBH8gCCAMai0AAEEKRgVBAAsEfyAIIAxqQQFrLQAAQQ1GBUEACwRAIAhBAWshCAsgCCQqAn9BAEEBIAh0QQFrQQEgF/0WAEH/AXEiD0ErRiAPQS1GciIQdEEBa0F/c3EiESAXIw79cSIYIw/9Jv1kcSISaSITQQEgFyMQ/SP9ZCARcSIMQQFrIAxxIAwgEnIgEUcbG0UEQEEAIBf9DCAgICAgICAgICAgICAgICD9UP0MZWVlZWVlZWVlZWVlZWVlZf0j/WQgEXENARpEAAAAAAAA+H8kKUEBDAELQQAgGCATIAxoIBBrIAggEGsgDBsiCGsiDCAQQQh0IAhBBHRyckEEdEGAgAFq/QAEAP0OIhf9iQEjEf26ASAX/YoBIxH9ugH9hQEjEv26ASIXIBf9hQEjE/26ASIX/RsBrCAX/RsArEKAwtcvfnwiFkKAgICAgICAEFoNABogDAR8IBa6IAxBA3RBoAhqKwMAowUgFroLIhWaIBUgD0EtRiAQcRskKUEBCwVBAAsEQCMpIRQgCSMqaiEHQQEhCiACIA5oaiECCwsgCgR/IAcFIANFIAAgASACIAQgBRAAIgIgAUZxBEAgCyQnQX8PCyMoIRQgAkEBayACIAIgCUoEfyAAIAJqQQFrLQAAQQ1GBUEACwR/IAEgAkwEf0EBBSAAIAJqLQAAQQpGCwVBAAsbCyEKIxQgC0ECdGooAgAiB0EATgRAIBQgFGIEQCALJCdBfQ8LIxgEQCANIAdBA3RqIBQ5AwAFIA0gB0ECdGogFLY4AgALBSAHQX9HBEAjGUF+IAdrIg4jIGwgBmoiD0EDdGogFDkDACAOQQJ0IgcjIWooAgAhECAUIBRiBH8jHSAHaiIIIAgoAgBBAWo2AgAgCiAJayIRQQBKBEAjJCAHaiIHIAcoAgBBAWo2AgALIBFBwABMBH8gACAJaiESIBFBxbvyiHhzIQxBACEHA0AgESAHQQRqIghOBEAgDCAHIBJqKAIAc0GTg4AIbCEMIAghBwwBCwsDQCAHIBFIBEAgDCAHIBJqLQAAc0GTg4AIbCEMIAdBAWohBwwBCwsjHCAPQQJ0aiAMIAxBEHZzQeuUr694bCIHQQ12IAdzIgc2AgAgEUEASiAQQQBOcQR/IyZBQGsgEEGQgAZsaiAHIAAgCWogERABBUF/CwVBfwsFQX8LIQcgEEEATgRAIyIgD0ECdGogBzYCACAHQQBIBEAjIyAOQQJ0aiIHIAcoAgBBAWo2AgALCyAUIBRiBH9BAQUjJSAOQQJ0aigCAAsEf0EBBSMkIA5BAnRqKAIACwRAIxogD0ECdGoiByAJIwNqNgIAIAcjG2ogCiMDajYCAAsLCyALQQFqIQsgASACTARAIAkgCkYgC0EBRnEgCyMVR3IEfyALJCdBfQUgAQsPCyAAIAJqLQAAIARGBEAgAkEBaiECDAELCyAJIApGIAtBAUZxIAsjFUdyBH8gCyQnQX0FIAJBAWoLC0cBAX8jBCMLIAAjDCMNIgAgAP0PIwUjBiMHIwgjChAIIgFBAEgEQCABDwsjCSIAIwA2AgAgACMBNgIEIAAjAjYCCCABIwNqC3AAIAAkFCAGJBogByAJbEECdCQbIAYjG0EBdGokHCAGIxtBA2xqJB0gByQeIAEkFSACJBYgAyQXIARBAEckGCAFJBkgCCQfIAkkICAKJCEgB0ECdCIAIApqJCMjIyAAaiQkIyQgAGokJSMlIABqJCILlgEA/QwwMDAwMDAwMDAwMDAwMDAwJA79DAoKCgoKCgoKCgoKCgoKCgokD/0MLi4uLi4uLi4uLi4uLi4uLiQQ/QwKAAEACgABAAoAAQAKAAEAJBH9DGQAAQBkAAEAZAABAGQAAQAkEv0MECcBABAnAQAQJwEAECcBACQTIAAkBCABJAUgAiQGIAMkByAEJAggBSQKIAYkCQu6AQEDfyMmQUBrIABBkIAGbGoiBiACIyYgAxABQQBOBEAPCyAGKAIEIgQgA2pBgIACSiAGKAIAIgVBgBBOcgRADwsgBkGQgARqIARqIyYgA/wKAAAgAkH/H3EhAANAIAZBEGogAEEEdGooAgwEQCAAQQFqQf8fcSEADAELCyAGQRBqIABBBHRqIgAgAjYCACAAIAE2AgQgACAENgIIIAAgA0EBajYCDCAGIAVBAWo2AgAgBiADIARqNgIECwvMAQMAQYwICwHMAEGYCAsFBAAAALgAQaYIC7IB8D8AAAAAAAAkQAAAAAAAAFlAAAAAAABAj0AAAAAAAIjDQAAAAAAAavhAAAAAAICELkEAAAAA0BJjQQAAAACE15dBAAAAAGXNzUEAAAAgX6ACQgAAAOh2SDdCAAAAopQabUIAAEDlnDCiQgAAkB7EvNZCAAA0JvVrDEMAgOA3ecNBQwCg2IVXNHZDAMhOZ23Bq0MAPZFg5FjhQ0CMtXgdrxVEUO/i1uQaS0SS1U0Gz/CARA==";

// shared/data/csv-scan-module.ts
var scanner = new EmbeddedWasm(CSV_SCAN_WASM);
function precompileCsvScan() {
  return process.env.MLCI_CSV_SCANNER === "js" ? Promise.resolve() : scanner.compileAhead();
}
function instantiateCsvScan() {
  if (process.env.MLCI_CSV_SCANNER === "js") return null;
  return scanner.instantiate();
}

// shared/data/issues.ts
var FIXES = {
  "short-row": "give every row as many cells as the header has columns (an empty cell is a missing value), or pass the right delimiter",
  "long-row": "give every row as many cells as the header has columns; quote cells that contain the delimiter",
  "invalid-utf8": "save the file as UTF-8 (for example `iconv -f latin1 -t utf-8`)",
  "unterminated-quote": 'close the quote, or double any quote character inside a quoted cell ("")',
  "bad-json": "make each line one complete JSON object",
  "nested-value": "flatten nested objects and arrays into one key per value"
};
var IssueSink = class {
  constructor(source, onIssue) {
    this.source = source;
    this.onIssue = onIssue;
  }
  source;
  onIssue;
  report(kind, line, message) {
    const issue = { kind, source: this.source, line, message };
    if (!this.onIssue) throw issueError(issue);
    this.onIssue(issue);
  }
};
function issueError(issue) {
  return new UserError(issue.message, `${issue.source}:${issue.line}`, FIXES[issue.kind], { file: issue.source, line: issue.line });
}

// shared/data/block-reader.ts
import { open } from "node:fs/promises";
import { resolve } from "node:path";
var STOP = -1;
var CHUNK_BYTES = 4 * 1024 * 1024;
var CARRY_ROOM = 64 * 1024;
async function readBlocks(handle, consumer, maxRecordBytes, range) {
  const { from = 0, to = Infinity } = range;
  const chunk = Math.min(CHUNK_BYTES, maxRecordBytes);
  const room = Math.min(CARRY_ROOM, chunk);
  const warm = warming.get(resolve(range.path));
  if (warm) await warm;
  const buffers = [takeChunk(room + chunk), takeChunk(room + chunk)];
  let long;
  let turn = 0;
  let carry = buffers[1].subarray(0, 0);
  let offset = from;
  let position = from;
  const readInto = (buffer, at) => readChunk(handle, buffer, room, at, Math.min(chunk, to - at));
  let reading = readInto(buffers[turn], position);
  for (; ; ) {
    const { bytesRead } = await reading;
    const eof = bytesRead === 0;
    position += bytesRead;
    const filledBuffer = buffers[turn];
    let block;
    if (carry.length <= room) {
      carry.copy(filledBuffer, room - carry.length);
      block = filledBuffer.subarray(room - carry.length, room + bytesRead);
    } else {
      const size = carry.length + bytesRead;
      if (!long || long.length < size) {
        const bigger = Buffer.allocUnsafe(Math.min(Math.max((long?.length ?? 0) * 2, size), maxRecordBytes + chunk));
        carry.copy(bigger, 0);
        long = bigger;
      } else carry.copy(long, 0);
      filledBuffer.copy(long, carry.length, room, room + bytesRead);
      block = long.subarray(0, size);
    }
    turn ^= 1;
    if (!eof) reading = readInto(buffers[turn], position);
    let used;
    try {
      used = consumer.consume(block, offset, eof);
      await consumer.afterBlock();
    } catch (err) {
      if (!eof) await reading.catch(() => void 0);
      throw err;
    }
    if (used === STOP || eof) {
      if (!eof) await reading.catch(() => void 0);
      for (const buffer of buffers) giveBack(buffer);
      return;
    }
    carry = block.subarray(used);
    offset += used;
    if (carry.length >= maxRecordBytes) {
      await reading.catch(() => void 0);
      consumer.recordTooLong(maxRecordBytes);
    }
  }
}
var spare = [];
function takeChunk(bytes) {
  const k = spare.findIndex((b) => b.length === bytes);
  return k >= 0 ? spare.splice(k, 1)[0] : Buffer.allocUnsafe(bytes);
}
function giveBack(buffer) {
  if (buffer.length === CARRY_ROOM + CHUNK_BYTES && spare.length < 2) spare.push(buffer);
}
var warming = /* @__PURE__ */ new Map();
function warmUpBlocks(path) {
  const key = resolve(path);
  let handle;
  const filled = (async () => {
    const buffer = takeChunk(CARRY_ROOM + CHUNK_BYTES);
    try {
      handle = await open(path, "r");
      await handle.read(buffer, CARRY_ROOM, CHUNK_BYTES, 0);
    } catch {
    } finally {
      giveBack(buffer);
    }
  })();
  const ready = filled.finally(() => {
    if (warming.get(key) === ready) warming.delete(key);
  });
  warming.set(key, ready);
  return ready.then(() => handle?.close().catch(() => void 0));
}
function readChunk(handle, buffer, at, position, length) {
  if (length <= 0) return Promise.resolve({ bytesRead: 0 });
  const read = handle.read(buffer, at, length, position);
  read.catch(() => void 0);
  return read;
}

// shared/data/bytes.ts
var LF = 10;
var CR = 13;
var TAB = 9;
var SPACE = 32;
var QUOTE = 34;
var PLUS = 43;
var MINUS = 45;
var DOT = 46;
var ZERO = 48;
function bomLength(buf) {
  return buf[0] === 239 && buf[1] === 187 && buf[2] === 191 ? 3 : 0;
}

// shared/data/decimal.ts
var POW10 = [1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22];
var MAX_EXACT = 9007199254740992;
var LOWER_E = 101;
var UPPER_E = 69;
var UPPER_I = 73;
function parseDecimal(buf, start, end) {
  let i = start;
  if (buf[i] === SPACE || buf[i] === TAB) {
    while (i < end && (buf[i] === SPACE || buf[i] === TAB)) i++;
    if (i === end) return NaN;
  }
  if (buf[end - 1] === SPACE || buf[end - 1] === TAB) {
    while (buf[end - 1] === SPACE || buf[end - 1] === TAB) end--;
  }
  const first = i;
  let negative = false;
  if (buf[i] === MINUS) {
    negative = true;
    i++;
  } else if (buf[i] === PLUS) i++;
  if (buf[i] === UPPER_I) return parseInfinity(buf, negative, i, end);
  let mantissa = 0;
  let digits = 0;
  let scale = 0;
  let d = 0;
  while (i < end && (d = buf[i] - ZERO) >= 0 && d <= 9) {
    mantissa = mantissa * 10 + d;
    digits++;
    i++;
  }
  if (i < end && buf[i] === DOT) {
    i++;
    while (i < end && (d = buf[i] - ZERO) >= 0 && d <= 9) {
      mantissa = mantissa * 10 + d;
      scale--;
      digits++;
      i++;
    }
  }
  if (digits === 0) return NaN;
  let exponent = 0;
  if (i < end && (buf[i] === LOWER_E || buf[i] === UPPER_E)) {
    i++;
    let exponentNegative = false;
    if (i < end && buf[i] === MINUS) {
      exponentNegative = true;
      i++;
    } else if (i < end && buf[i] === PLUS) i++;
    const exponentStart = i;
    while (i < end && (d = buf[i] - ZERO) >= 0 && d <= 9) {
      if (exponent < 1e5) exponent = exponent * 10 + d;
      i++;
    }
    if (i === exponentStart) return NaN;
    if (exponentNegative) exponent = -exponent;
  }
  if (i !== end) return NaN;
  const power = scale + exponent;
  if (mantissa === 0) return negative ? -0 : 0;
  if (mantissa < MAX_EXACT) {
    let value;
    if (power === 0) value = mantissa;
    else if (power > 0 && power <= 22) value = mantissa * POW10[power];
    else if (power < 0 && power >= -22) value = mantissa / POW10[-power];
    else if (power > 22 && power <= 22 + 15) {
      const scaled = mantissa * POW10[power - 22];
      if (scaled < MAX_EXACT) value = scaled * 1e22;
    }
    if (value !== void 0) return negative ? -value : value;
  }
  return Number(buf.toString("latin1", first, end));
}
function parseInfinity(buf, negative, at, end) {
  if (end - at !== 8 || buf.toString("latin1", at, end) !== "Infinity") return NaN;
  return negative ? -Infinity : Infinity;
}
var DECIMAL_TEXT = /^[ \t]*[+-]?(?:(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?|Infinity)[ \t]*$/;
function parseDecimalText(text) {
  return DECIMAL_TEXT.test(text) ? Number(text) : void 0;
}
function isBlank(buf, start, end) {
  for (let i = start; i < end; i++) if (buf[i] !== SPACE && buf[i] !== TAB) return false;
  return true;
}

// shared/data/csv-scanner.ts
var QUOTED = 1;
var ESCAPED_QUOTES = 2;
var AS_WRITTEN = 4;
var CsvRecordScanner = class {
  constructor(delimiter) {
    this.delimiter = delimiter;
  }
  delimiter;
  starts = new Int32Array(64);
  ends = new Int32Array(64);
  flags = new Uint8Array(64);
  /**
   * Each unquoted cell's value when it is a plain decimal (digits, one optional '.', optional '-',
   * nothing else) read while scanning, else NaN: the common numeric cell costs one pass, not two.
   * NaN does not mean "not a number"; `parseDecimal` decides the rest.
   */
  numbers = new Float64Array(64);
  /** cells in the record last scanned */
  cellCount = 0;
  /** line breaks inside quoted cells of the record last scanned */
  innerNewlines = 0;
  /** the record last scanned ends inside a quote that never closes (only at the end of the file) */
  unterminatedQuote = false;
  /**
   * Scans the record starting at `pos`. Returns the offset just after its line break, or -1 when the
   * record is not complete within `buf` and more of the file follows.
   */
  scan(buf, pos, eof) {
    const end = buf.length;
    const delimiter = this.delimiter;
    let { starts, ends, flags, numbers } = this;
    let n = 0;
    let i = pos;
    this.innerNewlines = 0;
    this.unterminatedQuote = false;
    for (; ; ) {
      if (n === starts.length) {
        this.grow();
        ({ starts, ends, flags, numbers } = this);
      }
      if (i < end && buf[i] === QUOTE) {
        i = this.scanQuoted(buf, i, n, eof);
        if (i < 0) return -1;
        if (this.unterminatedQuote) {
          this.cellCount = n + 1;
          return end;
        }
      } else {
        const start = i;
        let value = NaN;
        let negative = false;
        if (i < end && buf[i] === MINUS) {
          negative = true;
          i++;
        }
        const digitsStart = i;
        let mantissa = 0;
        let d = 0;
        while (i < end && (d = buf[i] - ZERO) >>> 0 <= 9) {
          mantissa = mantissa * 10 + d | 0;
          i++;
        }
        const integerDigits = i - digitsStart;
        let decimals = 0;
        if (i < end && buf[i] === DOT) {
          i++;
          const fractionStart = i;
          while (i < end && (d = buf[i] - ZERO) >>> 0 <= 9) {
            mantissa = mantissa * 10 + d | 0;
            i++;
          }
          decimals = i - fractionStart;
        }
        let c2 = i < end ? buf[i] : LF;
        const digits = integerDigits + decimals;
        if (digits > 0 && digits <= 9 && (c2 === delimiter || c2 === LF || c2 === CR && buf[i + 1] === LF)) {
          value = decimals === 0 ? mantissa : mantissa / POW10[decimals];
          if (negative) value = -value;
        }
        while (c2 !== delimiter && c2 !== LF) c2 = ++i < end ? buf[i] : LF;
        if (i === end && !eof) return -1;
        numbers[n] = value;
        starts[n] = start;
        ends[n] = c2 === LF && i > start && buf[i - 1] === CR ? i - 1 : i;
        flags[n] = 0;
      }
      n++;
      if (i >= end) {
        this.cellCount = n;
        return end;
      }
      const c = buf[i];
      if (c === delimiter) {
        i++;
        continue;
      }
      this.cellCount = n;
      if (c === CR) {
        if (i + 1 === end && !eof) return -1;
        return buf[i + 1] === LF ? i + 2 : i + 1;
      }
      return i + 1;
    }
  }
  /**
   * Scans the quoted cell opening at `open` into cell `n`; returns the offset after it, or -1 when
   * the file may hold more of it. At the end of the file an unclosed quote takes the rest.
   */
  scanQuoted(buf, open2, n, eof) {
    const end = buf.length;
    let cellFlags = QUOTED;
    let close = -1;
    let from = open2 + 1;
    for (; ; ) {
      const q = buf.indexOf(QUOTE, from);
      if (q < 0) break;
      if (q + 1 === end && !eof) return -1;
      if (buf[q + 1] === QUOTE) {
        cellFlags |= ESCAPED_QUOTES;
        from = q + 2;
        continue;
      }
      close = q;
      break;
    }
    if (close < 0) {
      if (!eof) return -1;
      this.unterminatedQuote = true;
      this.innerNewlines += countNewlines(buf, open2 + 1, end);
      this.setCell(n, open2 + 1, end, cellFlags);
      return end;
    }
    this.innerNewlines += countNewlines(buf, open2 + 1, close);
    let i = close + 1;
    const delimiter = this.delimiter;
    if (i < end && buf[i] !== delimiter && buf[i] !== LF && buf[i] !== CR) {
      while (i < end && buf[i] !== delimiter && buf[i] !== LF) i++;
      if (i === end && !eof) return -1;
      this.setCell(n, open2, i > open2 && buf[i - 1] === CR ? i - 1 : i, AS_WRITTEN);
    } else {
      this.setCell(n, open2 + 1, close, cellFlags);
    }
    return i;
  }
  /** A line with nothing on it. */
  isBlankRecord() {
    return this.cellCount === 1 && this.flags[0] === 0 && this.starts[0] === this.ends[0];
  }
  setCell(n, start, end, flags) {
    this.numbers[n] = NaN;
    this.starts[n] = start;
    this.ends[n] = end;
    this.flags[n] = flags;
  }
  grow() {
    const size = this.starts.length * 2;
    const starts = new Int32Array(size);
    const ends = new Int32Array(size);
    const flags = new Uint8Array(size);
    const numbers = new Float64Array(size);
    numbers.set(this.numbers);
    this.numbers = numbers;
    starts.set(this.starts);
    ends.set(this.ends);
    flags.set(this.flags);
    this.starts = starts;
    this.ends = ends;
    this.flags = flags;
  }
};
function countNewlines(buf, start, end) {
  let count = 0;
  for (let i = buf.indexOf(LF, start); i >= 0 && i < end; i = buf.indexOf(LF, i + 1)) count++;
  return count;
}
function decodeCell(buf, start, end, flags) {
  const text = buf.toString("utf8", start, end);
  return flags & ESCAPED_QUOTES ? text.replaceAll('""', '"') : text;
}

// shared/data/csv-plain-rows.ts
var PlainRows = class _PlainRows {
  constructor(scanner2, keptColumns) {
    this.scanner = scanner2;
    this.keptColumns = keptColumns;
  }
  scanner;
  keptColumns;
  /** calls in a row that placed nothing, and the records still to leave to the record path */
  refusals = 0;
  skip = 0;
  /** whether the last scan asked the scanner (else it left the record to the record path at once) */
  asked = false;
  /**
   * The plain-row path for a read of `width` columns that keeps `kept` (file column indexes, in the
   * batch's column order) and puts `matrix` into the feature matrix; undefined when a kept column is
   * read as text from the start (`keptAsText`) or a row does not fit the scanner's room.
   */
  static plan(scanner2, width, kept, matrix, matrixType, keptAsText) {
    if (keptAsText) return void 0;
    const places = new Int32Array(width).fill(-1);
    kept.forEach((k, c) => places[k] = -2 - c);
    matrix.forEach((k, j) => places[k] = j);
    const plan = { places, matrixWidth: matrix.length, matrixType, keptColumns: kept.length };
    return scanner2.planRows(plan) > 0 ? new _PlainRows(scanner2, kept.length) : void 0;
  }
  /**
   * Scans plain rows from `pos`, at most `maxRows`, into the scanner's memory; returns the offset
   * after them (`pos` when the record there is not plain). `copyInto` puts them in the batch.
   */
  scan(buf, pos, eof, maxRows, line, holdsText = () => false) {
    this.asked = false;
    if (this.skip > 0) {
      this.skip--;
      return pos;
    }
    this.asked = true;
    this.scanner.markTextColumns(holdsText);
    const next = this.scanner.scanRowsPlaced(buf, pos, eof, maxRows, line);
    if (this.scanner.placedRows.rows > 0) this.refusals = 0;
    else if (++this.refusals >= REFUSALS_BEFORE_SKIPPING) this.skip = RECORDS_SKIPPED;
    return next;
  }
  get rows() {
    return this.asked ? this.scanner.placedRows.rows : 0;
  }
  get lineAfter() {
    return this.scanner.placedRows.line;
  }
  /**
   * From the next scan on, placed cells of kept column `c` that hold exactly the text of
   * buf[start, end) come with `code`, its code in the column's TextInterner (see
   * CsvWasmScanner.keepText): for a text that does not read as a number.
   */
  keepText(c, code, buf, start, end) {
    this.scanner.keepText(c, code, buf, start, end);
  }
  /** kept column `c`'s cells come without codes from the next scan on */
  stopCoding(c) {
    this.scanner.stopCoding(c);
  }
  /** the rows scan placed (in `buf`), appended to `batch` and `matrix`; cells the scanner did not settle go to `cells` */
  copyInto(buf, batch, matrix, cells) {
    copyRows(buf, this.scanner.placedRows, batch, matrix, this.keptColumns, cells);
  }
};
var REFUSALS_BEFORE_SKIPPING = 8;
var RECORDS_SKIPPED = 256;
function copyRows(buf, placed, batch, matrix, keptColumns, cells) {
  const rows = placed.rows;
  const first = batch.rows;
  if (matrix) {
    matrix.reserve(first + rows - 1);
    const width = matrix.width;
    matrix.data.set(placed.matrix.subarray(0, rows * width), first * width);
  }
  const builders = batch.builders;
  const capacity = placed.capacity;
  const { unsettled, coded, uncoded, textCells } = placed;
  for (let c = 0; c < keptColumns; c++) {
    const from = c * capacity;
    const builder = builders[c];
    if (!builder.isText && (unsettled[c] === 0 || textCells[c] === 0)) {
      builder.addNumbers(placed.kept.subarray(from, from + rows), unsettled[c]);
      continue;
    }
    const dictionary = coded[c] ? cells.codedDictionary(c) : void 0;
    if (dictionary && uncoded[c] === 0 && builder.addCodes(placed.keptCodes.subarray(from, from + rows), dictionary)) continue;
    copyCells(buf, placed, from, rows, builder, c, cells, dictionary);
  }
  batch.endRows(placed.lines.subarray(0, rows));
}
function copyCells(buf, placed, from, rows, builder, c, cells, dictionary) {
  const { kept, keptStarts, keptEnds, keptHashes, keptCodes } = placed;
  for (let i = from; i < from + rows; i++) {
    const value = kept[i];
    if (value === value && !builder.isText) {
      if (!builder.tryAddNumber(value)) builder.addNumber(value);
      continue;
    }
    if (dictionary) {
      const code = keptCodes[i];
      if (code >= 0) {
        builder.addCoded(code, dictionary);
        continue;
      }
    }
    cells.readPlacedCell(buf, builder, c, keptStarts[i], keptEnds[i], value, keptHashes[i]);
    if (dictionary) dictionary = cells.codedDictionary(c);
  }
}

// shared/data/text-interner.ts
var MAX_TEXTS = 4096;
var MAX_TEXT_BYTES = 64;
var SLOTS = 8192;
var TextInterner = class {
  slots = new Int32Array(SLOTS);
  // entry + 1, or 0 when free
  hashes = new Int32Array(MAX_TEXTS + 1);
  starts = new Int32Array(MAX_TEXTS + 1);
  lengths = new Int32Array(MAX_TEXTS + 1);
  arena = Buffer.allocUnsafe(MAX_TEXTS * 16);
  arenaUsed = 0;
  texts = [];
  /** per entry: 1 when its text reads as a number (noted by the reader, see `readsAsNumber`) */
  numberTexts = new Uint8Array(MAX_TEXTS + 1);
  full = false;
  /** true once the column keeps no more texts: from then on `code` and `find` give -1 for every text */
  get isFull() {
    return this.full;
  }
  /** every text kept so far, by code (see `code`); it only grows */
  get dictionary() {
    return this.texts;
  }
  /** the text of buf[start, end), as decodeCell gives it */
  text(buf, start, end, flags) {
    const code = this.code(buf, start, end, flags);
    return code >= 0 ? this.texts[code] : decodeCell(buf, start, end, flags);
  }
  /** the index in `dictionary` of the text of buf[start, end), or -1 when the column keeps no more texts or not this one */
  code(buf, start, end, flags) {
    if (this.full || end - start > MAX_TEXT_BYTES || flags & (ESCAPED_QUOTES | AS_WRITTEN)) return -1;
    return this.probe(buf, start, end, textHash(buf, start, end), true);
  }
  /**
   * `code` of an unquoted cell's bytes for a text kept already; -1, adding nothing, when it is not
   * (or when `code` would give -1): for a reader that must look at a new text before keeping it.
   */
  find(buf, start, end, hash = textHash(buf, start, end)) {
    if (this.full || end - start > MAX_TEXT_BYTES) return -1;
    return this.probe(buf, start, end, hash, false);
  }
  /** Notes whether entry `code`'s text reads as a number: a property of its bytes, the same each time it is noted. */
  noteReadsAsNumber(code, readsAsNumber) {
    this.numberTexts[code] = readsAsNumber ? 1 : 0;
  }
  /** what noteReadsAsNumber noted for entry `code` */
  readsAsNumber(code) {
    return this.numberTexts[code] === 1;
  }
  probe(buf, start, end, hash, add) {
    const length = end - start;
    const arena = this.arena;
    for (let slot = hash & SLOTS - 1; ; slot = slot + 1 & SLOTS - 1) {
      const entry = this.slots[slot] - 1;
      if (entry < 0) return add ? this.add(slot, hash, buf, start, end) : -1;
      if (this.hashes[entry] !== hash || this.lengths[entry] !== length) continue;
      let at = this.starts[entry];
      let i = start;
      while (i < end && arena[at] === buf[i]) {
        at++;
        i++;
      }
      if (i === end) return entry;
    }
  }
  add(slot, hash, buf, start, end) {
    const length = end - start;
    if (this.texts.length === MAX_TEXTS || this.arenaUsed + length > this.arena.length) {
      this.full = true;
      return -1;
    }
    const text = decodeCell(buf, start, end, 0);
    const entry = this.texts.length;
    this.texts.push(text);
    this.hashes[entry] = hash;
    this.starts[entry] = this.arenaUsed;
    this.lengths[entry] = length;
    buf.copy(this.arena, this.arenaUsed, start, end);
    this.arenaUsed += length;
    this.slots[slot] = entry + 1;
    return entry;
  }
};
function textHash(buf, start, end) {
  let hash = 2166136261 ^ end - start;
  let i = start;
  for (; i + 4 <= end; i += 4) hash = Math.imul(hash ^ (buf[i] | buf[i + 1] << 8 | buf[i + 2] << 16 | buf[i + 3] << 24), 16777619);
  for (; i < end; i++) hash = Math.imul(hash ^ buf[i], 16777619);
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 2246822507);
  return hash ^ hash >>> 13;
}

// shared/data/csv-wasm-scanner.ts
var LAYOUT_BASE = 65536;
var PAGE = 65536;
var WINDOW = 256 * 1024;
var INCOMPLETE = -1;
var TEXT_STAGING = 64;
var CELLS_FULL = -2;
var ROW_BYTES = 512 * 1024;
var MAX_ROWS_A_CALL = 4096;
var STOP_INPUT = 2;
var CsvWasmScanner = class extends CsvRecordScanner {
  /** `windowBytes`: how much of the buffer to copy in at a time (small ones test the refills) */
  constructor(delimiter, wasm, windowBytes = WINDOW) {
    super(delimiter);
    this.windowBytes = windowBytes;
    this.wasm = wasm;
    this.delimiterByte = delimiter;
    this.tablesBytes = wasm.textTablesBytes() + 15 & ~15;
    wasm.textTables(this.tablesAt);
    this.layout(windowBytes);
  }
  windowBytes;
  wasm;
  delimiterByte;
  cellCapacity = 64;
  inputCapacity = 0;
  // the layout in the module's memory
  inputAt = 0;
  startsAt = 0;
  endsAt = 0;
  flagsAt = 0;
  numbersAt = 0;
  statusAt = 0;
  input = new Uint8Array(0);
  status = new Int32Array(6);
  rowsAt = 0;
  plan;
  placed;
  /** per kept column of the plan, the text table its cells are looked up in, or -1 (see keepText) */
  tableOf = new Int32Array(0);
  /** per kept column of the plan: 1 when it holds text (markTextColumns) */
  textColumns = new Int32Array(0);
  tablesUsed = 0;
  /** where the plan's per-column tables and text-column flags are in the module's memory (see rowPlan in assembly/csv-scan.ts) */
  codesAt = 0;
  textColumnsAt = 0;
  /** where the text tables are: at the start of the layout, so that they never move */
  tablesAt = LAYOUT_BASE;
  tablesBytes;
  // which bytes of which buffer the module holds
  window;
  /** the `eof` the window's buffer came with */
  bufferEof = false;
  /** nothing follows the window's bytes */
  windowEof = false;
  windowStart = 0;
  windowEnd = 0;
  scan(buf, pos, eof) {
    if (buf !== this.window || eof !== this.bufferEof || pos < this.windowStart || pos >= this.windowEnd) {
      if (pos >= buf.length) return super.scan(buf, pos, eof);
      this.load(buf, pos, eof, this.windowBytes);
    }
    for (; ; ) {
      const next = this.wasm.scan(pos - this.windowStart);
      if (next >= 0) {
        const status = this.status;
        this.cellCount = status[0];
        this.innerNewlines = status[1];
        this.unterminatedQuote = (status[2] & 1) !== 0;
        return next;
      }
      if (next === CELLS_FULL) this.grow();
      else if (next === INCOMPLETE && this.windowEnd < buf.length) this.load(buf, pos, eof, 2 * (this.windowEnd - pos));
      else return -1;
    }
  }
  /**
   * Sets where scanRowsPlaced puts each column's cells; returns the rows a call can place, 0 when
   * a row does not fit the module's room for them (the reader then reads record by record).
   */
  planRows(plan) {
    this.plan = plan;
    this.tableOf = new Int32Array(plan.keptColumns).fill(-1);
    this.textColumns = new Int32Array(plan.keptColumns);
    this.writePlan();
    return this.placed?.capacity ?? 0;
  }
  /**
   * Scans and places records from `pos` (on line `line`) for as long as each is a plain row of
   * the plan (see assembly/csv-scan.ts scanRows), up to `maxRows`; the caller reads the record it
   * stops at on its own path. Returns the offset after the rows placed; `placedRows` holds them.
   */
  scanRowsPlaced(buf, pos, eof, maxRows, line) {
    if (pos < buf.length && (buf !== this.window || eof !== this.bufferEof || pos < this.windowStart || pos >= this.windowEnd)) this.load(buf, pos, eof, this.windowBytes);
    for (; ; ) {
      const placed = this.placed;
      if (pos >= buf.length) {
        placed.rows = 0;
        placed.line = line;
        return pos;
      }
      for (let c = 0; c < this.tableOf.length; c++) placed.coded[c] = this.tableOf[c] >= 0 ? 1 : 0;
      const next = this.wasm.scanRows(pos - this.windowStart, Math.min(maxRows, placed.capacity), line);
      const status = this.status;
      placed.rows = status[3];
      placed.line = status[4];
      if (status[5] === STOP_INPUT && placed.rows === 0 && this.windowEnd < buf.length) {
        this.load(buf, pos, eof, 2 * (this.windowEnd - pos));
        continue;
      }
      return next;
    }
  }
  get placedRows() {
    return this.placed;
  }
  /**
   * Keeps the text of buf[start, end) (unquoted bytes, or a quoted cell's bytes without escaped
   * quotes) in kept column `c`'s text table, as `code` of the column's TextInterner: from the next
   * scanRowsPlaced on, a placed cell of exactly these bytes gets this code. Only for a text that
   * does not read as a number (the code is then all the reader needs of the cell). A column gets a
   * table at its first text while there are tables left; a text past a table's room is not kept.
   */
  keepText(c, code, buf, start, end) {
    const length = end - start;
    if (!this.placed || length <= 0 || length > TEXT_STAGING) return;
    let table = this.tableOf[c];
    if (table === void 0 || table === -2) return;
    if (table < 0) {
      if (this.tablesUsed === this.wasm.textTableCount()) return;
      table = this.tableOf[c] = this.tablesUsed++;
      this.writeTables();
    }
    buf.copy(new Uint8Array(this.wasm.memory.buffer, this.tablesAt, TEXT_STAGING), 0, start, end);
    this.wasm.keepText(table, code, textHash(buf, start, end), length);
  }
  /**
   * Which kept columns hold text (`isText(c)`), for the next scanRowsPlaced: their settled numbers'
   * places are kept too, the reader reads those cells as text. Asked before every call.
   */
  markTextColumns(isText) {
    const flags = this.textColumns;
    let changed = false;
    for (let c = 0; c < flags.length; c++) {
      const flag = isText(c) ? 1 : 0;
      if (flags[c] !== flag) changed = true;
      flags[c] = flag;
    }
    if (changed) this.writeTables();
  }
  /** kept column `c`'s cells are no longer looked up in its table (its interner keeps no more texts) */
  stopCoding(c) {
    if (this.tableOf[c] === void 0 || this.tableOf[c] < 0) return;
    this.tableOf[c] = -2;
    this.writeTables();
  }
  writeTables() {
    const placed = this.placed;
    if (!placed) return;
    const k = this.tableOf.length;
    const tables = new Int32Array(this.wasm.memory.buffer, this.codesAt, k);
    for (let c = 0; c < k; c++) tables[c] = this.tableOf[c] >= 0 ? this.tableOf[c] : -1;
    new Int32Array(this.wasm.memory.buffer, this.textColumnsAt, k).set(this.textColumns);
  }
  /** the plan into the module's memory (again after every layout: the room for rows moves with the cells) */
  writePlan() {
    const plan = this.plan;
    if (!plan) return;
    const buffer = this.wasm.memory.buffer;
    const width = plan.places.length;
    const planBytes = width * 4 + 15 & ~15;
    const cellBytes = plan.matrixType === "float64" ? 8 : 4;
    const rowBytes = plan.matrixWidth * cellBytes + plan.keptColumns * 24 + 4;
    const countBytes = plan.keptColumns * 20;
    const capacity = Math.min(MAX_ROWS_A_CALL, Math.floor((ROW_BYTES - planBytes - countBytes - 32) / rowBytes));
    if (capacity < 16) {
      this.placed = void 0;
      return;
    }
    const planAt = this.rowsAt;
    const matrixAt = planAt + planBytes;
    const keptAt = matrixAt + capacity * plan.matrixWidth * cellBytes + 7 & ~7;
    const keptCellsAt = keptAt + capacity * plan.keptColumns * 8;
    const unsettledAt = keptCellsAt + capacity * plan.keptColumns * 12;
    const linesAt = unsettledAt + plan.keptColumns * 4;
    const codesAt = linesAt + capacity * 4;
    const uncodedAt = codesAt + plan.keptColumns * 4;
    const textCellsAt = uncodedAt + plan.keptColumns * 4;
    const textColumnsAt = textCellsAt + plan.keptColumns * 4;
    const keptCodesAt = textColumnsAt + plan.keptColumns * 4;
    new Int32Array(buffer, planAt, width).set(plan.places);
    const Matrix = plan.matrixType === "float64" ? Float64Array : Float32Array;
    this.placed = {
      rows: 0,
      matrix: new Matrix(buffer, matrixAt, capacity * plan.matrixWidth),
      kept: new Float64Array(buffer, keptAt, capacity * plan.keptColumns),
      keptStarts: new Int32Array(buffer, keptCellsAt, capacity * plan.keptColumns),
      keptEnds: new Int32Array(buffer, keptCellsAt + capacity * plan.keptColumns * 4, capacity * plan.keptColumns),
      keptHashes: new Int32Array(buffer, keptCellsAt + capacity * plan.keptColumns * 8, capacity * plan.keptColumns),
      unsettled: new Int32Array(buffer, unsettledAt, plan.keptColumns),
      coded: new Uint8Array(plan.keptColumns),
      uncoded: new Int32Array(buffer, uncodedAt, plan.keptColumns),
      textCells: new Int32Array(buffer, textCellsAt, plan.keptColumns),
      keptCodes: new Int32Array(buffer, keptCodesAt, capacity * plan.keptColumns),
      capacity,
      lines: new Int32Array(buffer, linesAt, capacity),
      line: 0
    };
    this.codesAt = codesAt;
    this.textColumnsAt = textColumnsAt;
    this.writeTables();
    this.wasm.rowPlan(planAt, width, matrixAt, plan.matrixWidth, plan.matrixType === "float64" ? 1 : 0, keptAt, keptCellsAt, plan.keptColumns, linesAt, capacity, codesAt);
  }
  /** Copies `buf` from `pos`, up to `bytes` of it, into the module. */
  load(buf, pos, eof, bytes) {
    const end = Math.min(buf.length, pos + Math.max(bytes, this.windowBytes));
    if (end - pos > this.inputCapacity) this.layout(end - pos);
    this.input.set(buf.subarray(pos, end));
    this.window = buf;
    this.bufferEof = eof;
    this.windowEof = eof && end === buf.length;
    this.windowStart = pos;
    this.windowEnd = end;
    this.wasm.window(end - pos, this.windowEof ? 1 : 0, pos, this.delimiterByte);
  }
  grow() {
    const { starts, ends, flags, numbers } = this;
    const kept = [starts.slice(), ends.slice(), flags.slice(), numbers.slice()];
    this.cellCapacity *= 2;
    this.layout(this.inputCapacity);
    this.starts.set(kept[0]);
    this.ends.set(kept[1]);
    this.flags.set(kept[2]);
    this.numbers.set(kept[3]);
  }
  /** Lays out the module's memory for `inputBytes` of input and `cellCapacity` cells; the input is kept. */
  layout(inputBytes) {
    const align = (n) => n + 15 & ~15;
    const kept = this.input.subarray(0, this.windowEnd - this.windowStart);
    this.inputCapacity = inputBytes;
    this.statusAt = this.tablesAt + this.tablesBytes;
    this.numbersAt = this.statusAt + 32;
    this.startsAt = this.numbersAt + this.cellCapacity * 8;
    this.endsAt = this.startsAt + this.cellCapacity * 4;
    this.flagsAt = this.endsAt + this.cellCapacity * 4;
    this.rowsAt = align(this.flagsAt + this.cellCapacity);
    this.inputAt = this.rowsAt + ROW_BYTES;
    const needed = this.inputAt + inputBytes + 16;
    const memory = this.wasm.memory;
    const saved = kept.length > 0 ? Buffer.from(kept) : void 0;
    if (needed > memory.buffer.byteLength) memory.grow(Math.ceil((needed - memory.buffer.byteLength) / PAGE));
    const buffer = memory.buffer;
    this.status = new Int32Array(buffer, this.statusAt, 6);
    this.numbers = new Float64Array(buffer, this.numbersAt, this.cellCapacity);
    this.starts = new Int32Array(buffer, this.startsAt, this.cellCapacity);
    this.ends = new Int32Array(buffer, this.endsAt, this.cellCapacity);
    this.flags = new Uint8Array(buffer, this.flagsAt, this.cellCapacity);
    this.input = new Uint8Array(buffer, this.inputAt, inputBytes);
    this.wasm.layout(this.inputAt, this.startsAt, this.endsAt, this.flagsAt, this.numbersAt, this.cellCapacity, this.statusAt);
    if (saved) this.input.set(saved.subarray(0, Math.min(saved.length, inputBytes)));
    this.writePlan();
  }
};
function createCsvScanner(delimiter) {
  const wasm = instantiateCsvScan();
  return wasm ? new CsvWasmScanner(delimiter, wasm) : new CsvRecordScanner(delimiter);
}

// shared/data/utf8.ts
import { isUtf8 } from "node:buffer";
function findInvalidUtf8(buf, start, end) {
  if (isUtf8(buf.subarray(start, end))) return -1;
  let i = start;
  while (i < end) {
    const b = buf[i];
    if (b < 128) {
      i++;
      continue;
    }
    let need;
    let min;
    if (b >= 194 && b <= 223) {
      need = 1;
      min = 128;
    } else if (b >= 224 && b <= 239) {
      need = 2;
      min = 2048;
    } else if (b >= 240 && b <= 244) {
      need = 3;
      min = 65536;
    } else return i;
    if (i + need >= end) return i;
    let code = b & 63 >> need;
    for (let k = 1; k <= need; k++) {
      const next = buf[i + k];
      if ((next & 192) !== 128) return i;
      code = code << 6 | next & 63;
    }
    if (code < min || code > 1114111 || code >= 55296 && code <= 57343) return i;
    i += need + 1;
  }
  return -1;
}
var Utf8LineCheck = class {
  constructor(report) {
    this.report = report;
  }
  report;
  checkedTo = 0;
  pending = [];
  /** `buf` starts at file offset `offset`; `lineAtPos` is the line at buf[pos]. */
  check(buf, offset, pos, lineAtPos, eof) {
    const from = Math.max(pos, this.checkedTo - offset);
    const to = eof ? buf.length : buf.lastIndexOf(LF) + 1;
    if (to <= from) return;
    let at = from;
    while ((at = findInvalidUtf8(buf, at, to)) >= 0) {
      let line = lineAtPos;
      for (let i = buf.indexOf(LF, pos); i >= 0 && i < at; i = buf.indexOf(LF, i + 1)) line++;
      this.pending.push({ line, fileByte: offset + at + 1 });
      const nextLine = buf.indexOf(LF, at);
      if (nextLine < 0 || nextLine >= to) break;
      at = nextLine + 1;
    }
    this.checkedTo = offset + to;
  }
  /** Reports the noted lines up to and including `line`. */
  reportThrough(line) {
    while (this.pending.length > 0 && this.pending[0].line <= line) {
      const { line: bad, fileByte } = this.pending.shift();
      this.report(bad, fileByte);
    }
  }
  get hasPending() {
    return this.pending.length > 0;
  }
};

// shared/data/text-reader.ts
var TextReader = class {
  constructor(source, options) {
    this.source = source;
    this.issues = new IssueSink(source, options.onIssue);
    this.queue = new BatchQueue(options.onBatch, options.reuseBatches);
    this.maxRows = options.maxRows ?? Infinity;
    this.utf8 = new Utf8LineCheck((line, byte) => this.issues.report("invalid-utf8", line, `line ${line} of ${source} has bytes that are not UTF-8 (byte ${byte} of the file)`));
  }
  source;
  issues;
  utf8;
  maxRows;
  /** the line at the front of the unread part of the file */
  line = 1;
  rowCount = 0;
  batch;
  queue;
  afterBlock() {
    return this.queue.drain();
  }
  recordTooLong(limit) {
    throw recordTooLongError(this.source, this.line, limit);
  }
  /** After each row: true (and the last batch ended) when maxRows is reached. */
  reachedMaxRows() {
    if (this.rowCount < this.maxRows) return false;
    this.endBatch();
    return true;
  }
  endOfFile() {
    this.utf8.reportThrough(Infinity);
    this.endBatch();
  }
  endBatch() {
    const batch = this.batch;
    if (!batch || batch.rows === 0) return;
    this.queue.push(this.finishBatch(batch));
    this.batch = void 0;
  }
};

// shared/data/csv-reader.ts
var MAX_INITIAL_ROWS = 1 << 22;
async function scanCsvFile(path, options) {
  const file = await openTextDataFile(path, options.onBytes);
  try {
    const reader = new CsvReader(path, options, file.size);
    const maxRecordBytes = options.maxRecordBytes ?? DEFAULT_MAX_RECORD_BYTES;
    const start = options.start;
    if (start) {
      if (file.gzip) throw new Error(`${path} is gzip-compressed and can only be read from its start`);
      if (options.header) reader.useHeader(options.header, 1);
      else await readBlocks(file.source, reader.headerReader(), maxRecordBytes, { path });
      reader.skipTo(start.line);
      await readBlocks(file.source, reader, maxRecordBytes, { path, from: start.offset, to: options.end });
    } else {
      await readBlocks(file.source, reader, maxRecordBytes, { path, to: options.end });
    }
    return reader.result();
  } finally {
    await file.close();
  }
}
var CsvReader = class extends TextReader {
  constructor(source, options, fileSize) {
    super(source, options);
    this.options = options;
    this.fileSize = fileSize;
    this.scanner = createCsvScanner(delimiterByte(options.delimiter, source));
    this.spare = options.spare ?? this.queue.spare;
  }
  options;
  fileSize;
  scanner;
  header;
  columnIndexes = [];
  /** with a feature matrix: the file's columns that go to it, and where they go */
  matrixIndexes = [];
  matrix;
  /** the names of the matrix's columns, when the read builds one */
  matrixColumns;
  /** per kept column, its texts so far (for the whole read: categories repeat across batches); made at a column's first text cell */
  interners = [];
  mixedColumns = /* @__PURE__ */ new Set();
  batchCapacity = 1024;
  sized = false;
  /** reading the header only (of a reader that starts further on) */
  headerOnly = false;
  spare;
  /** per kept column: whether it was text in the last batch (its next builder makes no room for numbers ahead) */
  textBefore;
  /** plain rows many at a time, once the header is known (when the scanner can) */
  plainRows;
  consume(buf, offset, eof) {
    let pos = 0;
    if (offset === 0) {
      if (buf.length < 3 && !eof) return 0;
      pos = bomLength(buf);
    }
    if (!this.sized) {
      this.batchCapacity = this.estimateRows(buf);
      this.sized = true;
    }
    if (!this.headerOnly) this.utf8.check(buf, offset, pos, this.line, eof);
    const scanner2 = this.scanner;
    while (pos < buf.length) {
      if (this.plainRows && !this.headerOnly && !this.utf8.hasPending) {
        const after = this.placePlainRows(this.plainRows, buf, pos, eof);
        if (after !== pos) {
          pos = after;
          if (this.reachedMaxRows()) return STOP;
          continue;
        }
      }
      const next = scanner2.scan(buf, pos, eof);
      if (next < 0) break;
      const line = this.line;
      this.line += scanner2.innerNewlines + 1;
      pos = next;
      if (this.utf8.hasPending) this.utf8.reportThrough(this.line - 1);
      if (scanner2.unterminatedQuote) this.issues.report("unterminated-quote", line, `the quoted cell opened on line ${line} of ${this.source} is never closed`);
      if (scanner2.isBlankRecord()) continue;
      if (!this.header) {
        this.readHeader(buf, line);
        if (this.headerOnly) return STOP;
      } else {
        this.addRow(buf, line);
        if (this.reachedMaxRows()) return STOP;
      }
    }
    if (eof) this.endOfFile();
    return pos;
  }
  /** this reader, set to read the header and stop */
  headerReader() {
    this.headerOnly = true;
    return this;
  }
  /** after the header: goes on at the record that starts on `line` */
  skipTo(line) {
    if (!this.header) throw emptyFileError(this.source);
    this.headerOnly = false;
    this.line = line;
  }
  result() {
    if (!this.header) throw emptyFileError(this.source);
    if (this.rowCount === 0 && this.maxRows > 0 && !this.options.start) throw noRowsError(this.source, "a header line");
    return { header: this.header, rowCount: this.rowCount, mixedColumns: this.mixedColumns };
  }
  readHeader(buf, line) {
    const { starts, ends, flags, cellCount } = this.scanner;
    const names = [];
    for (let k = 0; k < cellCount; k++) names.push(decodeCell(buf, starts[k], ends[k], flags[k]));
    this.useHeader(names, line);
  }
  /** the column names read from the header line (at `line`), or given by the caller */
  useHeader(names, line) {
    checkHeader(names, this.options.delimiter, this.source, line);
    this.header = names;
    this.columnIndexes = selectColumns(names, this.options.columns, this.source);
    const request = this.options.featureMatrix;
    if (request) {
      const read = this.columnIndexes;
      const { kept, matrix } = splitMatrixColumns(read.map((k) => names[k]), request);
      if (matrix.length > 0) {
        this.columnIndexes = kept.map((i) => read[i]);
        this.matrixIndexes = matrix.map((i) => read[i]);
        this.matrixColumns = matrix.map((i) => names[read[i]]);
      }
    }
    this.interners = this.columnIndexes.map(() => void 0);
    if (this.scanner instanceof CsvWasmScanner) {
      const asText = this.options.textColumns;
      const keptAsText = !!asText && this.columnIndexes.some((k) => asText.has(names[k]));
      this.plainRows = PlainRows.plan(this.scanner, names.length, this.columnIndexes, this.matrixIndexes, request?.type ?? "float32", keptAsText);
    }
  }
  /** rows from `pos` that the scanner placed itself (csv-plain-rows.ts); returns the offset after them */
  placePlainRows(plain, buf, pos, eof) {
    const room = Math.min(this.options.batchRows - (this.batch?.rows ?? 0), this.maxRows - this.rowCount);
    const before = this.batch;
    const after = plain.scan(buf, pos, eof, room, this.line, (c) => before?.builders[c]?.isText === true);
    const rows = plain.rows;
    if (after === pos || rows === 0) return pos;
    const batch = this.openBatch();
    plain.copyInto(buf, batch, this.matrixColumns ? this.openMatrix() : void 0, this);
    this.rowCount += rows;
    this.line = plain.lineAfter;
    if (batch.rows >= this.options.batchRows) this.endBatch();
    return after;
  }
  openBatch() {
    return this.batch ??= new BatchBuilder(this.source, "csv", this.columnIndexes.map((k) => this.header[k]), this.options.textColumns, true, this.batchCapacity, this.spare, this.textBefore);
  }
  openMatrix() {
    if (!this.matrix) {
      this.matrix = new FeatureMatrixBuilder(this.matrixColumns, this.options.featureMatrix.type, this.batchCapacity, this.spare);
      this.matrix.vouchesFinite = true;
    }
    return this.matrix;
  }
  addRow(buf, line) {
    const scanner2 = this.scanner;
    const cellCount = scanner2.cellCount;
    const width = this.header.length;
    if (cellCount !== width) {
      this.issues.report(cellCount < width ? "short-row" : "long-row", line, `line ${line} of ${this.source} has ${cellCount} cells but the header has ${width} columns`);
    }
    const batch = this.openBatch();
    const numbers = scanner2.numbers;
    const builders = batch.builders;
    const indexes = this.columnIndexes;
    if (cellCount >= width) {
      for (let c = 0; c < indexes.length; c++) {
        const builder = builders[c];
        const value = numbers[indexes[c]];
        if (value === value && builder.tryAddNumber(value)) continue;
        this.addCell(buf, builder, c, indexes[c], cellCount);
      }
    } else {
      for (let c = 0; c < indexes.length; c++) {
        const k = indexes[c];
        if (k < cellCount && numbers[k] === numbers[k] && builders[c].tryAddNumber(numbers[k])) continue;
        this.addCell(buf, builders[c], c, k, cellCount);
      }
    }
    if (this.matrixColumns) this.addMatrixCells(buf, this.openMatrix(), cellCount);
    batch.endRow(line);
    this.rowCount++;
    if (batch.rows >= this.options.batchRows) this.endBatch();
  }
  /** the row's features, each in its place in the matrix row: what a numeric column would hold */
  addMatrixCells(buf, matrix, cellCount) {
    const row = this.batch.rows;
    matrix.reserve(row);
    const data = matrix.data;
    const numbers = this.scanner.numbers;
    const indexes = this.matrixIndexes;
    const offset = row * indexes.length;
    for (let j = 0; j < indexes.length; j++) {
      const k = indexes[j];
      const value = numbers[k];
      data[offset + j] = value === value && k < cellCount ? value : this.matrixCell(buf, matrix, j, k, cellCount, row);
    }
  }
  /** a feature cell the scanner did not settle: a number it left to parseDecimal, missing (NaN), or text (noted) */
  matrixCell(buf, matrix, j, k, cellCount, row) {
    const value = this.cellNumber(buf, k, cellCount);
    if (value !== void 0) {
      if (!(Math.abs(value) <= FLOAT32_MAX) && value === value) matrix.noteOutOfRange();
      return value;
    }
    const { starts, ends, flags } = this.scanner;
    matrix.noteText(j, row, decodeCell(buf, starts[k], ends[k], flags[k]));
    return NaN;
  }
  addCell(buf, builder, c, k, cellCount) {
    if (k >= cellCount) builder.addMissing();
    else {
      const { starts, ends, flags, numbers } = this.scanner;
      this.readCell(buf, builder, c, starts[k], ends[k], flags[k], numbers[k]);
    }
  }
  /** a kept cell of a plain row the scanner placed (csv-plain-rows.ts): unquoted, read as any other */
  readPlacedCell(buf, builder, c, start, end, scanned, hash) {
    if (builder.isText && start !== end) {
      const interner = this.interners[c];
      const code = interner ? scanned === scanned ? interner.find(buf, start, end) : interner.find(buf, start, end, hash) : -1;
      if (code >= 0) {
        builder.addCoded(code, interner.dictionary, interner.readsAsNumber(code));
        return;
      }
    }
    this.readCell(buf, builder, c, start, end, 0, scanned);
  }
  /** the cell at buf[start, end) into kept column c: a number, missing, or text */
  readCell(buf, builder, c, start, end, flags, scanned) {
    const value = cellValue(buf, start, end, flags, scanned);
    if (value === void 0 || builder.isText && value === value) this.addTextCell(buf, builder, c, start, end, flags, value !== void 0);
    else if (value === value) builder.addNumber(value);
    else builder.addMissing();
  }
  /** the cell k of the record as a numeric column holds it (see cellValue); NaN past the record's end */
  cellNumber(buf, k, cellCount) {
    if (k >= cellCount) return NaN;
    const { starts, ends, flags, numbers } = this.scanner;
    return cellValue(buf, starts[k], ends[k], flags[k], numbers[k]);
  }
  /** a text cell (or a number in a column that is text already), coded where its column's texts repeat */
  addTextCell(buf, builder, c, start, end, flags, readsAsNumber) {
    const interner = this.interners[c] ??= new TextInterner();
    const known = interner.dictionary.length;
    const code = interner.code(buf, start, end, flags);
    if (code >= 0) {
      interner.noteReadsAsNumber(code, readsAsNumber);
      if (code === known && !readsAsNumber) this.plainRows?.keepText(c, code, buf, start, end);
      builder.addCoded(code, interner.dictionary, readsAsNumber);
    } else {
      if (interner.isFull) this.plainRows?.stopCoding(c);
      builder.addText(decodeCell(buf, start, end, flags), readsAsNumber);
    }
  }
  /** see PlacedCellReader.codedDictionary */
  codedDictionary(c) {
    const interner = this.interners[c];
    return interner && !interner.isFull ? interner.dictionary : void 0;
  }
  finishBatch(batch) {
    for (const name of batch.mixedColumns()) this.mixedColumns.add(name);
    this.textBefore = batch.builders.map((b) => b.isText);
    const table = batch.finish();
    if (this.matrix) {
      table.featureMatrix = this.matrix.finish(table.rowCount);
      this.matrix = void 0;
    }
    return table;
  }
  /** Rows in a batch, judged from the line lengths at the start of the file: sizes the columns once. */
  estimateRows(buf) {
    const sample = Math.min(buf.length, 1 << 20);
    const cap = Math.min(this.options.batchRows, this.maxRows, MAX_INITIAL_ROWS);
    const rowsFor = (lines2) => lines2 > 1 ? Math.ceil(this.fileSize / (sample / lines2) * 1.02) + 16 : 1024;
    let lines = 0;
    for (let i = buf.indexOf(LF, 0); i >= 0 && i < sample; i = buf.indexOf(LF, i + 1)) {
      lines++;
      if (lines > 1 && rowsFor(lines) >= cap) break;
    }
    return Math.max(16, Math.min(rowsFor(lines), cap));
  }
};
function cellValue(buf, start, end, flags, scanned) {
  if (start === end) return NaN;
  if (scanned === scanned) return scanned;
  const value = flags & (ESCAPED_QUOTES | AS_WRITTEN) ? NaN : parseDecimal(buf, start, end);
  return value === value || isBlank(buf, start, end) ? value : void 0;
}

// shared/data/csv-parallel-protocol.ts
var SLOTS2 = 3;
var POSTED = SLOTS2;
var SLOT_FREE = 0;
function batchTaken(slots, slot) {
  if (slot !== void 0) {
    Atomics.store(slots, slot, SLOT_FREE);
    Atomics.notify(slots, slot);
  }
  Atomics.sub(slots, POSTED, 1);
  Atomics.notify(slots, POSTED);
}
function errorMessage(err) {
  if (err instanceof UserError) {
    const { what, where, fix, location } = err;
    return { message: err.message, user: { what, ...where !== void 0 ? { where } : {}, ...fix !== void 0 ? { fix } : {}, ...location ? { location } : {} } };
  }
  return err instanceof Error ? { message: err.message, ...err.stack ? { stack: err.stack } : {} } : { message: String(err) };
}
function errorOf(message) {
  if (message.user) return new UserError(message.user.what, message.user.where, message.user.fix, message.user.location);
  const error = new Error(message.message);
  if (message.stack) error.stack = message.stack;
  return error;
}

// shared/data/table-message.ts
function tableMessage(table, shared) {
  const message = { source: table.source, format: table.format, rowCount: table.rowCount, columns: table.columns.map(columnMessage) };
  if (table.rowLines) message.rowLines = table.rowLines;
  const matrix = table.featureMatrix;
  if (matrix) {
    const { data, ...rest } = matrix;
    message.featureMatrix = shared && data.buffer === shared ? { ...rest, shared, length: data.length } : { ...rest, data };
  }
  return message;
}
function columnMessage(column) {
  if (column.kind === "numeric") return { kind: "numeric", name: column.name, values: column.values };
  const { name, firstNonNumericRow, codes, dictionary } = column;
  const extra = firstNonNumericRow !== void 0 ? { firstNonNumericRow } : {};
  return codes && dictionary ? { kind: "text", name, codes, dictionary, ...extra } : { kind: "text", name, values: column.values, ...extra };
}
function tableOfMessage(message, matrixMemory) {
  const table = { source: message.source, format: message.format, rowCount: message.rowCount, columns: message.columns.map(columnOfMessage) };
  if (message.rowLines) table.rowLines = message.rowLines;
  const matrix = message.featureMatrix;
  if (matrix) {
    const { columns, type, textCell, finite } = matrix;
    let data;
    if ("shared" in matrix) {
      const Type = type === "float64" ? Float64Array : Float32Array;
      const bytes = matrix.length * Type.BYTES_PER_ELEMENT;
      const memory = matrixMemory(bytes);
      data = memory ? new Type(memory, 0, matrix.length) : new Type(matrix.length);
      data.set(new Type(matrix.shared, 0, matrix.length));
    } else data = matrix.data;
    table.featureMatrix = { columns, type, data, ...textCell ? { textCell } : {}, ...finite ? { finite } : {} };
  }
  return table;
}
function columnOfMessage(column) {
  if (column.kind === "numeric") return column;
  const { name, firstNonNumericRow, codes, dictionary, values } = column;
  if (codes && dictionary) return codedTextColumn(name, codes, dictionary, firstNonNumericRow);
  return { kind: "text", name, values, ...firstNonNumericRow !== void 0 ? { firstNonNumericRow } : {} };
}
function transferablesOf(message) {
  const buffers = /* @__PURE__ */ new Set();
  const add = (array) => {
    if (isOwnMemory(array?.buffer)) buffers.add(array.buffer);
  };
  for (const column of message.columns) add(column.kind === "numeric" ? column.values : column.codes);
  add(message.rowLines);
  if (message.featureMatrix && "data" in message.featureMatrix) add(message.featureMatrix.data);
  return [...buffers];
}
function spareMessageOf(table) {
  const columns = [];
  const transfer = /* @__PURE__ */ new Set();
  const moves = (array) => {
    const buffer = array.buffer;
    if (!isOwnMemory(buffer) || transfer.has(buffer)) return false;
    transfer.add(buffer);
    return true;
  };
  for (const column of table.columns) {
    if (column.kind === "numeric") {
      if (moves(column.values)) columns.push(column);
    } else if (column.codes && moves(column.codes)) columns.push({ kind: "text", name: column.name, values: [], codes: column.codes });
  }
  const lines = table.rowLines;
  const spare2 = { columns };
  if (lines && moves(lines)) spare2.rowLines = lines;
  return { message: { spare: spare2 }, transfer: [...transfer] };
}

// shared/runtime/array-buffer-detaching.ts
function detachThrowawayArrayBuffer() {
  const buffer = new ArrayBuffer(8);
  structuredClone(buffer, { transfer: [buffer] });
}

export {
  STOP,
  readBlocks,
  warmUpBlocks,
  LF,
  CR,
  QUOTE,
  bomLength,
  parseDecimalText,
  CsvRecordScanner,
  countNewlines,
  precompileCsvScan,
  issueError,
  TextReader,
  scanCsvFile,
  SLOTS2 as SLOTS,
  POSTED,
  SLOT_FREE,
  batchTaken,
  errorMessage,
  errorOf,
  tableMessage,
  tableOfMessage,
  transferablesOf,
  spareMessageOf,
  detachThrowawayArrayBuffer
};
