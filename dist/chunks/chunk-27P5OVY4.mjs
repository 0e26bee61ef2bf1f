import { createRequire as __mlciCreateRequire } from 'node:module'; var __mlciRequire; function require(id) { return (__mlciRequire ??= __mlciCreateRequire(import.meta.url))(id); }
import {
  parseRemoteLocation
} from "./chunk-CD26EGYZ.mjs";
import {
  sha256FileFramedInBackground
} from "./chunk-EJIIICSG.mjs";
import {
  digestCacheFor
} from "./chunk-BUZWYCFG.mjs";
import {
  resolveInside
} from "./chunk-BFI5XRZB.mjs";
import {
  sha256Bytes,
  sha256File
} from "./chunk-42RCFE6G.mjs";
import {
  writeFileAtomic,
  writeFully,
  writeFullyWith,
  writeJsonAtomic
} from "./chunk-GCHFRX7U.mjs";
import {
  UserError
} from "./chunk-PWERFMPE.mjs";

// shared/registry/oci/layout-store.ts
import { AsyncLocalStorage } from "node:async_hooks";
import { createReadStream } from "node:fs";
import { mkdir as mkdir2, open, readdir, readFile, rename, rm as rm2, stat as stat2 } from "node:fs/promises";
import { createHash as createHash2, randomBytes } from "node:crypto";
import { join, resolve } from "node:path";

// shared/fs/parallel-hash.ts
import { createHash } from "node:crypto";
import { Worker } from "node:worker_threads";
var SLOT_BYTES = 1 << 20;
var SLOTS = 16;
var SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const { createHash } = require('node:crypto');
const { writeSync } = require('node:fs');
const writeFullyWith = (${writeFullyWith.toString()});
const hashes = Array.from({ length: workerData.count }, () => createHash('sha256'));
const ring = new Uint8Array(workerData.ring);
const fd = workerData.fd;
let position = 0;
let failed;
parentPort.on('message', (m) => {
  if (m.end) {
    parentPort.postMessage(failed ? { failed } : { hex: hashes.map((h) => h.digest('hex')) });
    return;
  }
  const bytes = ring.subarray(m.slot * workerData.slotBytes, m.slot * workerData.slotBytes + m.length);
  if (!failed) {
    for (let i = 0; i < hashes.length; i++) if (m.mask & (1 << i)) hashes[i].update(bytes);
    try {
      // a short write (a full disk) is retried from where it stopped; an error ends the writing
      if (fd !== undefined) writeFullyWith(writeSync, fd, bytes, position);
      position += bytes.length;
    } catch (err) {
      failed = { code: err.code, message: err.message };
    }
  }
  parentPort.postMessage({ free: m.slot });
});
`;
function hashInParallel(count, writeTo) {
  const ring = new SharedArrayBuffer(SLOT_BYTES * SLOTS);
  const view = new Uint8Array(ring);
  const worker = new Worker(SOURCE, { eval: true, workerData: { count, ring, slotBytes: SLOT_BYTES, fd: writeTo } });
  const free = Array.from({ length: SLOTS }, (_, i) => i);
  let failure;
  let waiting;
  let finished;
  let finishedWith;
  const failed = new Promise((_, reject) => {
    const fail = (err) => {
      failure ??= err;
      waiting?.();
      reject(failure);
    };
    worker.once("error", fail);
    worker.once("exit", (code) => fail(new Error(`the hashing worker stopped (exit code ${code})`)));
  });
  failed.catch(() => {
  });
  worker.on("message", (m) => {
    if (m.failed) return finishedWith?.(Object.assign(new Error(m.failed.message), { code: m.failed.code }));
    if (m.hex) return finished?.(m.hex);
    free.push(m.free);
    const wake = waiting;
    waiting = void 0;
    wake?.();
  });
  const slot = async () => {
    while (free.length === 0) {
      await new Promise((resolve2) => waiting = resolve2);
      if (failure) throw failure;
    }
    return free.pop();
  };
  let current;
  const flush = () => {
    if (!current) return;
    worker.postMessage({ slot: current.slot, length: current.filled, mask: current.mask });
    current = void 0;
  };
  const fill = (chunk, mask, offset) => {
    while (offset < chunk.byteLength) {
      if (current && (current.mask !== mask || current.filled === SLOT_BYTES)) flush();
      if (!current) {
        if (free.length === 0) return offset;
        current = { slot: free.pop(), filled: 0, mask };
      }
      const n = Math.min(SLOT_BYTES - current.filled, chunk.byteLength - offset);
      view.set(chunk.subarray(offset, offset + n), current.slot * SLOT_BYTES + current.filled);
      current.filled += n;
      offset += n;
    }
    return offset;
  };
  return {
    update(chunk, mask) {
      if (failure) throw failure;
      let offset = fill(chunk, mask, 0);
      if (offset === chunk.byteLength) return void 0;
      return (async () => {
        while (offset < chunk.byteLength) {
          free.push(await slot());
          offset = fill(chunk, mask, offset);
        }
      })();
    },
    async borrow() {
      if (failure) throw failure;
      const index = await slot();
      return Buffer.from(ring, index * SLOT_BYTES, SLOT_BYTES);
    },
    submit(borrowed, length, mask) {
      flush();
      worker.postMessage({ slot: borrowed.byteOffset / SLOT_BYTES, length, mask });
    },
    digests() {
      flush();
      const result = new Promise((resolve2, reject) => {
        finished = resolve2;
        finishedWith = reject;
      });
      worker.postMessage({ end: true });
      return Promise.race([result, failed]).finally(() => void worker.terminate());
    },
    cancel() {
      void worker.terminate();
    }
  };
}
var WORKER_FROM_BYTES = 8 * 1024 * 1024;
function sha256Stream(expectedBytes, writeTo) {
  if (expectedBytes >= WORKER_FROM_BYTES) {
    const hashes = hashInParallel(1, writeTo);
    return { update: (chunk) => hashes.update(chunk, 1), digest: async () => (await hashes.digests())[0], cancel: () => hashes.cancel() };
  }
  const hash = createHash("sha256");
  let position = 0;
  let failed;
  return {
    update(chunk) {
      hash.update(chunk);
      try {
        if (writeTo !== void 0 && !failed) writeFully(writeTo, chunk, position);
      } catch (err) {
        failed = err;
      }
      position += chunk.byteLength;
      return void 0;
    },
    digest: async () => {
      if (failed) throw failed;
      return hash.digest("hex");
    },
    cancel: () => {
    }
  };
}
var BEHIND_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const { createHash } = require('node:crypto');
const { openSync, readSync, closeSync } = require('node:fs');
const hash = createHash('sha256');
const buffer = Buffer.allocUnsafe(1 << 22);
const fd = openSync(workerData.path, 'r');
let hashed = 0;
parentPort.on('message', (m) => {
  try {
    while (hashed < m.upTo) {
      const n = readSync(fd, buffer, 0, Math.min(buffer.length, m.upTo - hashed), hashed);
      if (n === 0) throw new Error('the file is shorter than was written to it');
      hash.update(buffer.subarray(0, n));
      hashed += n;
    }
    if (m.end) {
      closeSync(fd);
      parentPort.postMessage({ hex: hash.digest('hex') });
    }
  } catch (err) {
    parentPort.postMessage({ failed: { code: err.code, message: err.message } });
  }
});
`;
function hashBehindWriter(path) {
  const worker = new Worker(BEHIND_SOURCE, { eval: true, workerData: { path } });
  const result = new Promise((resolve2, reject) => {
    worker.on("message", (m) => {
      if (m.failed) reject(Object.assign(new Error(m.failed.message), { code: m.failed.code }));
      else if (m.hex) resolve2(m.hex);
    });
    worker.once("error", reject);
    worker.once("exit", (code) => reject(new Error(`the hashing worker stopped (exit code ${code})`)));
  });
  result.catch(() => {
  });
  return {
    written: (upTo) => worker.postMessage({ upTo }),
    digest(size) {
      worker.postMessage({ upTo: size, end: true });
      return result.finally(() => void worker.terminate());
    },
    cancel: () => void worker.terminate()
  };
}

// shared/registry/oci/digest.ts
function digestOf(bytes) {
  return `sha256:${sha256Bytes(bytes)}`;
}
function hexOf(digest) {
  if (!/^sha256:[a-f0-9]{64}$/.test(digest)) throw new UserError(`"${digest}" is not a sha256 digest.`, void 0, "Only sha256 digests are supported.");
  return digest.slice("sha256:".length);
}
function bytesBlob(mediaType, bytes) {
  return {
    mediaType,
    bytes,
    digest: digestOf(bytes),
    size: bytes.byteLength,
    async *open(offset = 0) {
      if (offset < bytes.byteLength) yield bytes.subarray(offset);
    }
  };
}
function descriptorOf(blob, annotations) {
  const d = { mediaType: blob.mediaType, digest: blob.digest, size: blob.size };
  if (annotations && Object.keys(annotations).length > 0) d.annotations = annotations;
  return d;
}
function storedManifest(value, mediaType) {
  const bytes = Buffer.from(JSON.stringify(value));
  return { bytes, digest: digestOf(bytes), mediaType };
}
async function* verified(chunks, descriptor, where) {
  const hash = sha256Stream(descriptor.size);
  let size = 0;
  let checked = false;
  try {
    for await (const chunk of chunks) {
      size += chunk.byteLength;
      if (size > descriptor.size) throw corrupted(descriptor, where, `more than the ${descriptor.size} bytes its descriptor names`);
      await hash.update(chunk);
      yield chunk;
    }
    if (size !== descriptor.size) throw corrupted(descriptor, where, `${size} bytes instead of ${descriptor.size}`);
    checked = true;
    const actual = `sha256:${await hash.digest()}`;
    if (actual !== descriptor.digest) throw corrupted(descriptor, where, `bytes whose digest is ${actual}`);
  } finally {
    if (!checked) hash.cancel();
  }
}
function corrupted(descriptor, where, what) {
  return new UserError(
    `The blob ${descriptor.digest} has ${what}: it is corrupted or was altered, and was refused.`,
    where,
    "Publish the model again (the store keeps what it verified), or restore the store from a copy; never edit blobs by hand."
  );
}

// shared/registry/oci/folder-lock.ts
import { mkdir, rm, stat } from "node:fs/promises";
var STALE_MS = 6e4;
async function withFolderLock(path, body, timeoutMs = 3e4) {
  const started = Date.now();
  for (let attempt = 0; ; attempt++) {
    try {
      await mkdir(path);
      break;
    } catch (err) {
      if (err.code !== "EEXIST") throw err;
      const held = await stat(path).then((s) => Date.now() - s.mtimeMs, () => 0);
      if (held > STALE_MS) {
        await rm(path, { recursive: true, force: true });
        continue;
      }
      if (Date.now() - started > timeoutMs) {
        throw new UserError(`Another mlci process has held the registry lock ${path} for ${Math.round(held / 1e3)} s.`, path, "Wait for the other publish or promote to finish; if none is running, delete that directory.");
      }
      await new Promise((r) => setTimeout(r, Math.min(200, 5 * 2 ** Math.min(attempt, 6)) + Math.random() * 10));
    }
  }
  try {
    return await body();
  } finally {
    await rm(path, { recursive: true, force: true });
  }
}

// shared/registry/oci/types.ts
var MEDIA_TYPE_MANIFEST = "application/vnd.oci.image.manifest.v1+json";
var MEDIA_TYPE_INDEX = "application/vnd.oci.image.index.v1+json";
var MEDIA_TYPE_EMPTY = "application/vnd.oci.empty.v1+json";

// shared/registry/oci/layout-store.ts
var heldLocks = new AsyncLocalStorage();
var REF_NAME = "org.opencontainers.image.ref.name";
var LAYOUT = { imageLayoutVersion: "1.0.0" };
var LayoutStore = class {
  location;
  root;
  constructor(location) {
    this.location = location;
    this.root = resolve(location);
  }
  dir(name) {
    return join(this.root, name);
  }
  blobPath(name, digest) {
    return join(this.dir(name), "blobs", "sha256", hexOf(digest));
  }
  async listNames() {
    const entries = await readdir(this.root, { withFileTypes: true }).catch(() => []);
    const names = [];
    for (const e of entries) {
      if (e.isDirectory() && await stat2(join(this.root, e.name, "index.json")).then(() => true, () => false)) names.push(e.name);
    }
    return names.sort();
  }
  async readIndex(name) {
    const path = join(this.dir(name), "index.json");
    let text;
    try {
      text = await readFile(path, "utf8");
    } catch {
      return { schemaVersion: 2, mediaType: MEDIA_TYPE_INDEX, manifests: [] };
    }
    try {
      const index = JSON.parse(text);
      if (!Array.isArray(index.manifests)) throw new Error("no manifests");
      return index;
    } catch {
      throw new UserError(`The OCI index ${path} is not valid JSON with a "manifests" list.`, path, "Restore the registry folder from a copy, or publish into a new folder.");
    }
  }
  async listTags(name) {
    const index = await this.readIndex(name);
    return index.manifests.map((m) => m.annotations?.[REF_NAME]).filter((t) => !!t);
  }
  async hasBlob(name, digest) {
    return stat2(this.blobPath(name, digest)).then((s) => s.isFile(), () => false);
  }
  async pushBlob(name, blob, progress) {
    const target = this.blobPath(name, blob.digest);
    const existing = await stat2(target).catch(() => void 0);
    if (existing?.isFile() && existing.size === blob.size) return "present";
    await this.writeBlob(name, blob.open(0), blob.size, progress, (digest, sent) => {
      if (digest !== blob.digest || sent !== blob.size) throw new Error(`blob source for ${blob.digest} produced ${sent} bytes with digest ${digest}`);
      return target;
    });
    return "uploaded";
  }
  /** written and hashed in one pass, then renamed to its digest (a blob already there is kept) */
  async pushUnhashed(name, blob, progress) {
    let written = "";
    await this.writeBlob(name, blob.open(), blob.size, progress, (digest, sent) => {
      if (sent !== blob.size || digest !== blob.digest()) throw new Error(`blob source produced ${sent} of ${blob.size} bytes, digest ${digest}`);
      written = digest;
      return this.blobPath(name, digest);
    });
    return written;
  }
  /** the chunks into a temporary file beside the blobs, hashed; `place` names the final path or throws */
  async writeBlob(name, chunks, size, progress, place) {
    await this.ensureLayout(name);
    const temp = join(this.dir(name), "blobs", "sha256", `.${randomBytes(6).toString("hex")}.tmp`);
    const handle = await open(temp, "w");
    try {
      const hash = createHash2("sha256");
      let sent = 0;
      for await (const chunk of chunks) {
        hash.update(chunk);
        await handle.write(chunk);
        sent += chunk.byteLength;
        progress?.(sent, size);
      }
      await handle.close();
      await rename(temp, place(`sha256:${hash.digest("hex")}`, sent));
    } catch (err) {
      await handle.close().catch(() => {
      });
      await rm2(temp, { force: true });
      throw err;
    }
  }
  readBlob(name, descriptor) {
    return verified(this.openBlob(name, descriptor), descriptor, this.blobPath(name, descriptor.digest));
  }
  async *openBlob(name, descriptor) {
    const path = this.blobPath(name, descriptor.digest);
    if (!await stat2(path).then(() => true, () => false)) {
      throw new UserError(`The blob ${descriptor.digest} is missing from ${this.dir(name)}.`, path, "Publish the model again to restore it; the registry folder was altered.");
    }
    yield* createReadStream(path, { highWaterMark: 1 << 20 });
  }
  async getManifest(name, reference) {
    const index = await this.readIndex(name);
    const entry = reference.startsWith("sha256:") ? index.manifests.find((m) => m.digest === reference) : index.manifests.find((m) => m.annotations?.[REF_NAME] === reference);
    const digest = entry?.digest ?? (reference.startsWith("sha256:") && await this.hasBlob(name, reference) ? reference : void 0);
    if (!digest) return void 0;
    const path = this.blobPath(name, digest);
    const bytes = await readFile(path).catch(() => void 0);
    if (!bytes) throw new UserError(`The manifest ${digest} (${reference}) is missing from ${this.dir(name)}.`, path, "Publish the model again; the registry folder was altered.");
    if (digestOf(bytes) !== digest) {
      throw new UserError(`The manifest ${digest} (${reference}) in ${this.dir(name)} does not match its digest: it was altered and is refused.`, path, "Publish the model again, or restore the registry folder from a copy.");
    }
    return { bytes, digest, mediaType: entry?.mediaType ?? JSON.parse(bytes.toString("utf8")).mediaType };
  }
  attachesReferrers = true;
  /** an image layout has no referrers API: the `sha256-<hex>` tag fallback serves */
  async referrers() {
    return void 0;
  }
  async putManifest(name, tag, manifest) {
    await this.ensureLayout(name);
    const path = this.blobPath(name, manifest.digest);
    if (!await this.hasBlob(name, manifest.digest)) await writeFileAtomic(path, manifest.bytes);
    const parsed = JSON.parse(manifest.bytes.toString("utf8"));
    await this.exclusive(name, async () => {
      const index = await this.readIndex(name);
      const entry = { mediaType: manifest.mediaType, digest: manifest.digest, size: manifest.bytes.byteLength };
      if (parsed.artifactType) entry.artifactType = parsed.artifactType;
      if (tag === manifest.digest) {
        if (!index.manifests.some((m) => m.digest === manifest.digest && !m.annotations?.[REF_NAME])) index.manifests.push(entry);
      } else {
        entry.annotations = { [REF_NAME]: tag };
        index.manifests = index.manifests.filter((m) => m.annotations?.[REF_NAME] !== tag).concat(entry);
      }
      await writeJsonAtomic(join(this.dir(name), "index.json"), index);
    });
    return { subjectAccepted: false };
  }
  async exclusive(name, body) {
    const held = heldLocks.getStore();
    const key = join(this.root, name);
    if (held?.has(key)) return body();
    await mkdir2(this.dir(name), { recursive: true });
    return withFolderLock(join(this.dir(name), ".lock"), () => heldLocks.run(/* @__PURE__ */ new Set([...held ?? [], key]), body));
  }
  async ensureLayout(name) {
    const dir = this.dir(name);
    await mkdir2(join(dir, "blobs", "sha256"), { recursive: true });
    const layout = join(dir, "oci-layout");
    if (!await stat2(layout).then(() => true, () => false)) await writeJsonAtomic(layout, LAYOUT);
  }
};

// shared/registry/oci/http1-response.ts
var HEAD_LIMIT = 64 * 1024;
var LINE_LIMIT = 8 * 1024;
var CRLF_CRLF = Buffer.from("\r\n\r\n");
var HttpProtocolError = class extends Error {
  code = "EPROTO";
};
var ResponseReader = class {
  /** the body's length when the response states it (Content-Length, not chunked) */
  length;
  /** body bytes handed out so far */
  received = 0;
  state = { kind: "head" };
  /** a partial head or line, copied (the bytes fed are reused by the caller) */
  partial = Buffer.alloc(0);
  get done() {
    return this.state.kind === "done";
  }
  /**
   * Consumes `bytes` (only valid during this call): `onHead` once the final head is read, `onBody`
   * with each piece of body (views of `bytes`). Bytes after a complete response are ignored.
   */
  feed(bytes, onHead, onBody) {
    let at = 0;
    while (at < bytes.length && this.state.kind !== "done") {
      const state = this.state;
      switch (state.kind) {
        case "head": {
          const end = this.lineUntil(bytes, at, CRLF_CRLF, HEAD_LIMIT, "the response head");
          if (end.line === void 0) return;
          at = end.next;
          this.startBody(parseHead(end.line), onHead);
          break;
        }
        case "length":
        case "chunk-data":
        case "until-close": {
          const take2 = state.kind === "until-close" ? bytes.length - at : Math.min(state.left, bytes.length - at);
          this.received += take2;
          onBody(bytes.subarray(at, at + take2));
          at += take2;
          if (state.kind !== "until-close") {
            state.left -= take2;
            if (state.left === 0) this.state = state.kind === "length" ? { kind: "done" } : { kind: "chunk-end" };
          }
          break;
        }
        case "chunk-size": {
          const end = this.lineUntil(bytes, at, CRLF_CRLF.subarray(0, 2), LINE_LIMIT, "a chunk size");
          if (end.line === void 0) return;
          at = end.next;
          const size = /^([0-9a-fA-F]{1,12})[ \t]*(;.*)?$/s.exec(end.line.toString("latin1"));
          if (!size) throw new HttpProtocolError(`a chunk size line "${end.line.toString("latin1").slice(0, 40)}" is not hexadecimal`);
          const left = parseInt(size[1], 16);
          this.state = left === 0 ? { kind: "trailers" } : { kind: "chunk-data", left };
          break;
        }
        case "chunk-end": {
          const end = this.lineUntil(bytes, at, CRLF_CRLF.subarray(0, 2), 2, "the end of a chunk");
          if (end.line === void 0) return;
          if (end.line.length !== 0) throw new HttpProtocolError("a chunk is longer than its size line says");
          at = end.next;
          this.state = { kind: "chunk-size" };
          break;
        }
        case "trailers": {
          const end = this.lineUntil(bytes, at, CRLF_CRLF.subarray(0, 2), LINE_LIMIT, "a trailer field");
          if (end.line === void 0) return;
          at = end.next;
          if (end.line.length === 0) this.state = { kind: "done" };
          break;
        }
      }
    }
  }
  /** the connection ended: fine when the response is complete (or ends at the close), else an error */
  end() {
    if (this.state.kind === "until-close") this.state = { kind: "done" };
    if (this.state.kind === "done") return;
    if (this.state.kind === "head") throw new HttpProtocolError(this.partial.length ? "the connection closed in the middle of the response head" : "the connection closed before any response");
    const expected = this.length !== void 0 ? ` of ${this.length}` : "";
    throw new HttpProtocolError(`the connection closed after ${this.received}${expected} bytes of the body${this.length === void 0 ? " (in the middle of a chunked body)" : ""}`);
  }
  startBody(head, onHead) {
    if (head.status >= 100 && head.status < 200 && head.status !== 101) {
      this.state = { kind: "head" };
      return;
    }
    const field = (name) => head.fields.filter(([n]) => n === name).map(([, v]) => v);
    const transfer = field("transfer-encoding").join(",").split(",").map((s) => s.trim().toLowerCase()).filter(Boolean);
    const lengths = [...new Set(field("content-length").join(",").split(",").map((s) => s.trim()).filter(Boolean))];
    if (head.status === 101 || head.status === 204 || head.status === 304) this.state = { kind: "done" };
    else if (transfer.length > 0) {
      this.state = transfer[transfer.length - 1] === "chunked" ? { kind: "chunk-size" } : { kind: "until-close" };
    } else if (lengths.length > 0) {
      if (lengths.length > 1 || !/^\d{1,15}$/.test(lengths[0])) throw new HttpProtocolError(`the Content-Length "${field("content-length").join(", ")}" is not one number`);
      this.length = Number(lengths[0]);
      this.state = this.length === 0 ? { kind: "done" } : { kind: "length", left: this.length };
    } else this.state = { kind: "until-close" };
    onHead(head);
  }
  /**
   * The bytes up to `delimiter` (with what an earlier feed left over), or `line: undefined` when
   * `bytes` ends first: the rest is kept for the next feed. `next` is where the bytes after it start.
   */
  lineUntil(bytes, at, delimiter, limit, what) {
    const keep = this.partial.length;
    const joined = keep ? Buffer.concat([this.partial, bytes.subarray(at, at + limit + delimiter.length)]) : bytes.subarray(at);
    const found = joined.indexOf(delimiter, Math.max(0, keep - delimiter.length + 1));
    if (found < 0) {
      if (joined.length > limit) throw new HttpProtocolError(`${what} is longer than ${limit} bytes`);
      this.partial = Buffer.from(joined);
      return { next: bytes.length };
    }
    if (found > limit) throw new HttpProtocolError(`${what} is longer than ${limit} bytes`);
    this.partial = Buffer.alloc(0);
    return { line: Buffer.from(joined.subarray(0, found)), next: at + found + delimiter.length - keep };
  }
};
function parseHead(bytes) {
  const lines = bytes.toString("latin1").split("\r\n");
  const status = /^HTTP\/1\.[01] (\d{3})(?: .*)?$/.exec(lines[0]);
  if (!status) throw new HttpProtocolError(`the status line "${lines[0].slice(0, 60)}" is not HTTP/1.1`);
  const fields = [];
  for (const line of lines.slice(1)) {
    const field = /^([!#$%&'*+.^_`|~0-9A-Za-z-]+):[ \t]*(.*?)[ \t]*$/s.exec(line);
    if (!field) throw new HttpProtocolError(`the header line "${line.slice(0, 60)}" is malformed`);
    fields.push([field[1].toLowerCase(), field[2]]);
  }
  return { status: Number(status[1]), fields };
}

// shared/registry/oci/raw-get.ts
import { isIP, connect as netConnect } from "node:net";
import { connect as tlsConnect } from "node:tls";
var READ_BYTES = 1 << 20;
var ERROR_BODY_LIMIT = 1 << 20;
async function rawGet(url, options) {
  if (url.protocol !== "http:" && url.protocol !== "https:") throw new Error(`unsupported protocol ${url.protocol}`);
  const request = requestHead(url, options.headers);
  const reader = new ResponseReader();
  const readBuffer = Buffer.allocUnsafe(READ_BYTES);
  const held = [];
  let failure;
  let ended = false;
  let paused = false;
  let wake;
  let answered;
  let refused;
  const host = url.hostname.replace(/^\[|\]$/g, "");
  const port = Number(url.port || (url.protocol === "https:" ? 443 : 80));
  const onread = {
    buffer: readBuffer,
    callback: (n, buffer) => {
      try {
        reader.feed(Buffer.from(buffer.buffer, buffer.byteOffset, n), (head) => answered?.(head), (piece) => held.push(piece));
      } catch (err) {
        fail(err);
        return false;
      }
      if (reader.done) finish();
      if (held.length === 0) return true;
      notify();
      paused = true;
      return false;
    }
  };
  const socket = url.protocol === "https:" ? (
    // tls.connect takes `onread` as net.connect does (Node's docs), though its types leave it out
    tlsConnect({ host, port, servername: isIp(host) ? void 0 : host, ALPNProtocols: ["http/1.1"], onread, ...options.tls })
  ) : netConnect({ host, port, onread });
  socket.setTimeout(options.idleTimeoutMs, () => fail(Object.assign(new Error(`no data for ${options.idleTimeoutMs} ms`), { code: "ETIMEDOUT" })));
  socket.once(url.protocol === "https:" ? "secureConnect" : "connect", () => socket.write(request));
  socket.on("error", (err) => fail(err));
  socket.on("end", () => {
    try {
      reader.end();
      finish();
    } catch (err) {
      fail(err);
    }
  });
  socket.on("close", () => fail(Object.assign(new Error("the connection closed"), { code: "ECONNRESET" })));
  function notify() {
    const w = wake;
    wake = void 0;
    w?.();
  }
  function finish() {
    if (ended || failure) return;
    ended = true;
    socket.destroy();
    notify();
  }
  function fail(err) {
    if (ended || failure) return;
    failure = err;
    socket.destroy();
    refused?.(err);
    notify();
  }
  function resume() {
    if (!paused || ended || failure) return;
    paused = false;
    socket.resume();
  }
  async function* pieces() {
    try {
      for (; ; ) {
        const piece = held.shift();
        if (piece) {
          yield piece;
          continue;
        }
        if (failure) throw failure;
        if (ended) return;
        resume();
        await new Promise((resolve2) => wake = resolve2);
      }
    } finally {
      if (!ended) {
        ended = true;
        socket.destroy();
      }
    }
  }
  return new Promise((resolve2, reject) => {
    refused = reject;
    answered = (head) => {
      const headers = new Headers();
      try {
        for (const [name, value] of head.fields) headers.append(name, value);
      } catch {
        fail(new HttpProtocolError("a header field holds characters HTTP does not allow"));
        return;
      }
      refused = void 0;
      const body = pieces();
      resolve2({
        status: head.status,
        headers,
        body,
        discard() {
          if (!ended) {
            ended = true;
            socket.destroy();
          }
          void body.return(void 0);
        },
        async text() {
          const parts = [];
          let size = 0;
          for await (const piece of body) {
            parts.push(Buffer.from(piece.subarray(0, ERROR_BODY_LIMIT - size)));
            size += piece.length;
            if (size >= ERROR_BODY_LIMIT) break;
          }
          return Buffer.concat(parts).toString("utf8");
        }
      });
    };
  });
}
function isIp(host) {
  return isIP(host.replace(/^\[(.*)\]$/, "$1")) !== 0;
}
function requestHead(url, headers) {
  const fields = { host: url.host, "user-agent": "mlci", "accept-encoding": "identity", ...headers, connection: "close" };
  const lines = [`GET ${url.pathname}${url.search} HTTP/1.1`];
  for (const [name, value] of Object.entries(fields)) {
    if (!/^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/.test(name) || /[\r\n\0]/.test(value)) throw new HttpProtocolError(`the request header ${name} holds characters HTTP does not allow`);
    lines.push(`${name}: ${value}`);
  }
  return `${lines.join("\r\n")}\r
\r
`;
}

// shared/registry/oci/blob-download.ts
var REDIRECTS = /* @__PURE__ */ new Set([301, 302, 303, 307, 308]);
var MAX_REDIRECTS = 5;
var BLOB_BODY = /* @__PURE__ */ Symbol("blob body");
function blobBodyOf(response) {
  return response[BLOB_BODY];
}
async function downloadBlob(url, headers, idleTimeoutMs, tls) {
  let target = new URL(url);
  let sent = headers;
  for (let hops = 0; ; hops++) {
    const answer = await rawGet(target, { headers: sent, idleTimeoutMs, tls });
    const location = answer.headers.get("location");
    if (REDIRECTS.has(answer.status) && location && hops < MAX_REDIRECTS) {
      answer.discard();
      const next = new URL(location, target);
      if (next.protocol !== "https:" && next.protocol !== "http:") throw new HttpProtocolError(`a redirect points at ${next.protocol} URL`);
      if (next.origin !== target.origin) {
        const { authorization: _dropped, ...rest } = sent;
        sent = rest;
      }
      target = next;
      continue;
    }
    return responseOf(answer);
  }
}
async function responseOf(answer) {
  if (answer.status < 200 || answer.status > 599) {
    answer.discard();
    throw new HttpProtocolError(`the answer's status ${answer.status} is not one a GET expects`);
  }
  if (answer.status === 200) {
    const response = new Response(null, { status: 200, headers: answer.headers });
    const body = { pieces: answer.body };
    Object.defineProperty(response, BLOB_BODY, { value: body });
    return response;
  }
  const nullBody = answer.status === 204 || answer.status === 205 || answer.status === 304;
  const text = nullBody ? (answer.discard(), null) : await answer.text();
  return new Response(text, { status: answer.status, headers: answer.headers });
}

// shared/registry/oci/http.ts
import { request as httpRequest } from "node:http";
import { request as httpsRequest } from "node:https";
import { Readable } from "node:stream";

// shared/registry/oci/credentials.ts
import { readFile as readFile2 } from "node:fs/promises";
import { homedir } from "node:os";
import { join as join2 } from "node:path";
function dockerConfigPath(env) {
  return join2(env.DOCKER_CONFIG || join2(env.HOME || homedir(), ".docker"), "config.json");
}
async function findCredential(host, env) {
  if (env.MLCI_REGISTRY_PASSWORD || env.MLCI_REGISTRY_TOKEN) {
    return { username: env.MLCI_REGISTRY_USERNAME || "token", password: env.MLCI_REGISTRY_PASSWORD || env.MLCI_REGISTRY_TOKEN, source: env.MLCI_REGISTRY_PASSWORD ? "MLCI_REGISTRY_USERNAME/MLCI_REGISTRY_PASSWORD" : "MLCI_REGISTRY_TOKEN" };
  }
  if (host === "ghcr.io" && env.GITHUB_TOKEN) return { username: env.GITHUB_ACTOR || "token", password: env.GITHUB_TOKEN, source: "GITHUB_TOKEN" };
  const path = dockerConfigPath(env);
  let config;
  try {
    config = JSON.parse(await readFile2(path, "utf8"));
  } catch {
    return void 0;
  }
  const keys = [host, `https://${host}`, `http://${host}`, ...host === "docker.io" ? ["https://index.docker.io/v1/"] : []];
  for (const key of keys) {
    const entry = config.auths?.[key];
    if (!entry) continue;
    if (entry.auth) {
      const decoded = Buffer.from(entry.auth, "base64").toString("utf8");
      const colon = decoded.indexOf(":");
      if (colon > 0) return { username: decoded.slice(0, colon), password: decoded.slice(colon + 1), source: path };
    }
    if (entry.username && entry.password) return { username: entry.username, password: entry.password, source: path };
  }
  return void 0;
}
function credentialHint(host, env) {
  const helper = host === "ghcr.io" ? "set GITHUB_TOKEN (the workflow needs `permissions: packages: write`)" : "run `docker login HOST` (it writes ~/.docker/config.json, or $DOCKER_CONFIG/config.json)";
  return `No credentials for ${host} were found in MLCI_REGISTRY_USERNAME/MLCI_REGISTRY_PASSWORD, ${host === "ghcr.io" ? "GITHUB_TOKEN, " : ""}or ${dockerConfigPath(env)}: ${helper.replace("HOST", host)}. Credential helpers (credsStore) are not read.`;
}

// shared/registry/oci/http.ts
var DEFAULT_RETRY = { attempts: 5, baseMs: 500, capMs: 3e4 };
function parseChallenge(header) {
  const m = /^\s*(\w+)\s*(.*)$/s.exec(header);
  if (!m) return void 0;
  const params = {};
  for (const p of m[2].matchAll(/(\w+)="([^"]*)"/g)) params[p[1].toLowerCase()] = p[2];
  return { scheme: m[1].toLowerCase(), params };
}
function retryAfterMs(header) {
  if (!header) return void 0;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1e3);
  const date = Date.parse(header);
  return Number.isNaN(date) ? void 0 : Math.max(0, date - Date.now());
}
var RETRYABLE = /* @__PURE__ */ new Set([408, 429, 500, 502, 503, 504]);
var RegistryHttp = class {
  constructor(options) {
    this.options = options;
    this.host = options.host;
    this.base = options.base;
    this.retry = options.retry ?? DEFAULT_RETRY;
  }
  options;
  host;
  base;
  retry;
  credential;
  /** Authorization header per scope (a Basic header serves every scope) */
  authorization = /* @__PURE__ */ new Map();
  basic;
  loadCredential() {
    this.credential ??= findCredential(this.host, this.options.env);
    return this.credential;
  }
  url(path) {
    return new URL(path, this.base).toString();
  }
  /** One request with authentication and retries; the caller reads the status it expects. */
  async request(spec) {
    let authenticated = false;
    let waited = 0;
    for (let attempt = 1; ; attempt++) {
      const headers = { ...spec.headers };
      const auth = this.basic ?? this.authorization.get(spec.scope);
      if (auth) headers.authorization = auth;
      let response;
      const timeoutMs = spec.timeoutMs ?? this.options.timeoutMs ?? 6e4;
      try {
        if (spec.stream) response = await streamRequest(this.url(spec.url), spec.method, headers, spec.stream(), timeoutMs);
        else if (spec.download) response = await downloadBlob(this.url(spec.url), headers, timeoutMs);
        else {
          const init = { method: spec.method, headers, redirect: "follow", signal: AbortSignal.timeout(timeoutMs) };
          if (spec.body) init.body = spec.body();
          response = await this.options.fetch(this.url(spec.url), init);
        }
        this.options.logger.debug(`${this.host}: ${spec.method} ${new URL(this.url(spec.url)).pathname}${new URL(this.url(spec.url)).search.includes("mount=") ? " (mount)" : ""} \u2192 ${response.status}`);
      } catch (err) {
        if (spec.retry === false || attempt >= this.retry.attempts) throw this.unreachable(err, spec, attempt);
        await this.wait(attempt, void 0, `${spec.method} ${spec.url}: ${err.message}`);
        continue;
      }
      if (response.status === 401 && !authenticated) {
        const challenge = parseChallenge(response.headers.get("www-authenticate") ?? "");
        await response.body?.cancel().catch(() => {
        });
        if (challenge) {
          await this.authenticate(challenge, spec.scope);
          authenticated = true;
          attempt--;
          continue;
        }
      }
      if (RETRYABLE.has(response.status) && spec.retry !== false && attempt < this.retry.attempts) {
        await response.body?.cancel().catch(() => {
        });
        await this.wait(attempt, retryAfterMs(response.headers.get("retry-after")), `${spec.method} ${spec.url}: HTTP ${response.status}`);
        continue;
      }
      const waitMs = spec.retryWhen?.waitsMs[waited];
      const reason = waitMs === void 0 ? void 0 : await spec.retryWhen.reason(response);
      if (reason !== void 0) {
        await response.body?.cancel().catch(() => {
        });
        this.options.logger.debug(`${this.host}: ${reason}; asking again in ${waitMs} ms`);
        await new Promise((resolve2) => setTimeout(resolve2, waitMs));
        waited++;
        attempt = 0;
        continue;
      }
      return response;
    }
  }
  async wait(attempt, retryAfter, why) {
    const backoff = Math.min(this.retry.capMs, this.retry.baseMs * 2 ** (attempt - 1)) * (0.5 + Math.random() / 2);
    const ms = Math.min(retryAfter ?? backoff, Math.max(this.retry.capMs, 6e4));
    this.options.logger.warning(`${this.host}: ${why}; retrying in ${(ms / 1e3).toFixed(1)} s (attempt ${attempt + 1} of ${this.retry.attempts}).`);
    await new Promise((r) => setTimeout(r, ms));
  }
  unreachable(err, spec, attempts) {
    const cause = err.cause;
    const what = cause?.code ?? cause?.message ?? err.code ?? err.message;
    return new UserError(
      `The registry ${this.host} did not answer ${spec.method} ${new URL(this.url(spec.url)).pathname} (${what}) after ${attempts} attempt(s).`,
      this.base,
      "Check that the registry is up and reachable, then run the same command again: blobs already uploaded are skipped, and nothing is tagged until all of them are there."
    );
  }
  async authenticate(challenge, scope) {
    const credential = await this.loadCredential();
    if (challenge.scheme === "basic") {
      if (!credential) throw new UserError(`The registry ${this.host} asks for a login.`, this.base, credentialHint(this.host, this.options.env));
      this.basic = `Basic ${Buffer.from(`${credential.username}:${credential.password}`).toString("base64")}`;
      return;
    }
    if (challenge.scheme !== "bearer" || !challenge.params.realm) {
      throw new UserError(`The registry ${this.host} asks for an unsupported authentication (${challenge.scheme}).`, this.base, "Use a registry that speaks the distribution-spec token or Basic authentication.");
    }
    const realm = new URL(challenge.params.realm);
    if (challenge.params.service) realm.searchParams.set("service", challenge.params.service);
    realm.searchParams.append("scope", scope);
    if (realm.protocol !== "https:" && !/^(127\.|localhost|\[::1\])/.test(realm.hostname)) {
      throw new UserError(`The registry ${this.host} sends its token service over plain HTTP (${realm.origin}).`, this.base, "Only HTTPS token services are used (HTTP only on loopback).");
    }
    const headers = {};
    if (credential) headers.authorization = `Basic ${Buffer.from(`${credential.username}:${credential.password}`).toString("base64")}`;
    const response = await this.options.fetch(realm, { headers, signal: AbortSignal.timeout(this.options.timeoutMs ?? 6e4) });
    if (!response.ok) {
      await response.body?.cancel().catch(() => {
      });
      throw this.refused(response.status, scope, credential);
    }
    const body = await response.json();
    const token = body.token ?? body.access_token;
    if (!token) throw new UserError(`The token service of ${this.host} answered without a token.`, realm.origin, "Check the registry; its token service is not distribution-spec compliant.");
    this.authorization.set(scope, `Bearer ${token}`);
  }
  /** the message of a 401 or 403: which login was refused, and for GHCR the permission it needs */
  refused(status, scope, credential) {
    const repository = scope.split(":")[1] ?? "";
    const ghcr = this.host === "ghcr.io";
    const writing = scope.endsWith("push");
    if (!credential && status === 401) return new UserError(`The registry ${this.host} refused an anonymous request for ${repository} (HTTP 401).`, this.base, credentialHint(this.host, this.options.env));
    const who = credential ? `the login from ${credential.source}` : "an anonymous request";
    const fix = ghcr ? `On GitHub give the workflow \`permissions: packages: write\` (and \`contents: read\`), pass GITHUB_TOKEN, and for an existing package grant this repository write access in the package settings.` : writing ? `Give that account push access to ${repository}, or log in as one that has it (docker login ${this.host}).` : `Give that account read access to ${repository}, or log in as one that has it (docker login ${this.host}).`;
    return new UserError(`The registry ${this.host} refused ${who} for ${writing ? "pushing to" : "reading"} ${repository} (HTTP ${status}${status === 403 ? ", denied" : ""}).`, this.base, fix);
  }
  async refusedFor(status, scope) {
    return this.refused(status, scope, await this.loadCredential());
  }
};
async function registryErrorText(response) {
  const text = await response.text().catch(() => "");
  try {
    const parsed = JSON.parse(text);
    if (parsed.errors?.length) return parsed.errors.map((e) => [e.code, e.message].filter(Boolean).join(": ")).join("; ");
  } catch {
  }
  return text.slice(0, 200) || `HTTP ${response.status}`;
}
function streamRequest(url, method, headers, body, timeoutMs) {
  return new Promise((resolve2, reject) => {
    const target = new URL(url);
    const send = target.protocol === "https:" ? httpsRequest : httpRequest;
    const req = send(target, { method, headers, timeout: timeoutMs }, (res) => {
      const status = res.statusCode ?? 0;
      const answer = new Headers();
      for (const [name, value] of Object.entries(res.headers)) if (value !== void 0) answer.set(name, Array.isArray(value) ? value.join(", ") : value);
      const empty = status === 204 || status === 304;
      if (empty) res.resume();
      resolve2(new Response(empty ? null : Readable.toWeb(res), { status, headers: answer }));
    });
    req.on("timeout", () => req.destroy(Object.assign(new Error(`no answer within ${timeoutMs} ms`), { code: "ETIMEDOUT" })));
    req.on("error", reject);
    writeBody(body, req).catch(reject);
  });
}
async function writeBody(body, req) {
  let closed = false;
  let stopWaiting;
  const onClose = () => {
    closed = true;
    stopWaiting?.();
  };
  req.once("close", onClose);
  const droppedError = () => Object.assign(new Error("the connection closed while the request body was being sent"), { code: "ECONNRESET" });
  try {
    for await (const chunk of body) {
      if (closed) throw droppedError();
      await new Promise((resolve2, reject) => {
        stopWaiting = () => reject(droppedError());
        req.write(chunk, (err) => err ? reject(err) : resolve2());
      });
    }
    if (closed) throw droppedError();
    await new Promise((resolve2) => {
      stopWaiting = resolve2;
      req.end(resolve2);
    });
  } finally {
    stopWaiting = void 0;
    req.off("close", onClose);
  }
}

// shared/registry/oci/upload.ts
var DEFAULT_UPLOAD = { monolithicMax: Number.MAX_SAFE_INTEGER, chunkSize: 256 * 1024 * 1024, resumeAttempts: 4 };
var GHCR_CHUNK_BYTES = 4 * 1024 * 1024;
function uploadTuningFor(host, given = {}) {
  return { ...DEFAULT_UPLOAD, ...host === "ghcr.io" ? { chunkSize: GHCR_CHUNK_BYTES } : {}, ...given };
}
async function* take(source, limit, progress) {
  let left = limit;
  for await (const chunk of source) {
    if (left <= 0) break;
    const piece = chunk.byteLength > left ? chunk.subarray(0, left) : chunk;
    left -= piece.byteLength;
    progress?.(piece.byteLength);
    yield piece;
    if (left <= 0) break;
  }
}
function withDigest(location, digest, http) {
  const url = new URL(location, http.base);
  url.searchParams.set("digest", digest);
  return url.toString();
}
var BlobUploader = class {
  constructor(http, tuning = DEFAULT_UPLOAD) {
    this.http = http;
    this.tuning = tuning;
  }
  http;
  tuning;
  async exists(repository, digest) {
    const scope = `repository:${repository}:pull`;
    const response = await this.http.request({ method: "HEAD", url: `/v2/${repository}/blobs/${digest}`, scope });
    if (response.status === 200) return true;
    if (response.status === 404) return false;
    if (response.status === 401 || response.status === 403) throw await this.http.refusedFor(response.status, scope);
    throw new UserError(`The registry ${this.http.host} answered HEAD of blob ${digest} with HTTP ${response.status}.`, this.http.base, "Run the command again later; if it persists, check the registry.");
  }
  async push(repository, blob, mountFrom, progress) {
    if (await this.exists(repository, blob.digest)) return "present";
    const scope = mountFrom ? `repository:${repository}:pull,push repository:${mountFrom}:pull` : `repository:${repository}:pull,push`;
    let whole = blob.size <= this.tuning.monolithicMax;
    for (let restart = 0; ; restart++) {
      let location = await this.start(repository, mountFrom ? { digest: blob.digest, from: mountFrom } : void 0, scope);
      if (location === "mounted") return "mounted";
      mountFrom = void 0;
      try {
        if (whole) await this.putWhole(location, blob, scope, progress);
        else {
          location = await this.patchChunks(location, blob, scope, progress);
          await this.finish(location, blob, scope);
        }
        return "uploaded";
      } catch (err) {
        if (err instanceof SessionLost && restart < this.tuning.resumeAttempts) {
          if (whole && blob.size > this.tuning.chunkSize) whole = false;
          continue;
        }
        throw err instanceof SessionLost ? err.error : err;
      }
    }
  }
  /**
   * One pass over a blob whose digest is not known yet: one streamed PATCH without Content-Range (as
   * docker and podman send a layer; GHCR caps ranged chunks at 4 MiB, not this), hashed as it goes,
   * then the PUT that closes the session names the digest, which the registry checks against what it
   * received. No HEAD first (there is no digest to ask about). undefined when the blob is above the
   * one-request size or the pass failed in transit: the caller hashes first and uses push(), which
   * resumes in chunks.
   */
  async pushUnhashed(repository, blob, progress) {
    if (blob.size > this.tuning.monolithicMax) return void 0;
    const scope = `repository:${repository}:pull,push`;
    const location = await this.start(repository, void 0, scope);
    let response;
    try {
      let sent = 0;
      response = await this.http.request({
        method: "PATCH",
        url: location,
        scope,
        headers: { "content-type": "application/octet-stream" },
        stream: () => take(blob.open(), blob.size, (n) => progress?.(sent += n, blob.size)),
        timeoutMs: 60 * 6e4,
        retry: false
      });
    } catch (err) {
      blob.digest();
      if (err instanceof UserError) return void 0;
      throw err;
    }
    if (response.status === 401 || response.status === 403) throw await this.http.refusedFor(response.status, scope);
    const digest = blob.digest();
    if (response.status !== 202 || !digest) {
      await response.body?.cancel().catch(() => {
      });
      return void 0;
    }
    await response.body?.cancel().catch(() => {
    });
    try {
      await this.finish(response.headers.get("location") ?? location, { digest }, scope);
    } catch (err) {
      if (err instanceof SessionLost) return void 0;
      throw err;
    }
    return digest;
  }
  async start(repository, mount, scope) {
    const query = mount ? `?mount=${encodeURIComponent(mount.digest)}&from=${encodeURIComponent(mount.from)}` : "";
    const response = await this.http.request({ method: "POST", url: `/v2/${repository}/blobs/uploads/${query}`, scope, headers: { "content-length": "0" } });
    if (response.status === 201 && mount) return "mounted";
    if (response.status === 401 || response.status === 403) throw await this.http.refusedFor(response.status, scope);
    const location = response.headers.get("location");
    if (response.status !== 202 || !location) {
      throw new UserError(`The registry ${this.http.host} did not open an upload to ${repository} (HTTP ${response.status}: ${await registryErrorText(response)}).`, this.http.base, "Check the repository name and your push access.");
    }
    await response.body?.cancel().catch(() => {
    });
    return location;
  }
  async putWhole(location, blob, scope, progress) {
    let sent = 0;
    const response = await this.http.request({
      method: "PUT",
      url: withDigest(location, blob.digest, this.http),
      scope,
      headers: { "content-type": "application/octet-stream", "content-length": String(blob.size) },
      stream: () => take(blob.open(0), blob.size, (n) => progress?.(sent += n, blob.size)),
      timeoutMs: 60 * 6e4,
      retry: false
    }).catch((err) => {
      throw new SessionLost(err);
    });
    if (response.status === 413 && blob.size > this.tuning.chunkSize) {
      await response.body?.cancel().catch(() => {
      });
      throw new SessionLost(new UserError(`The registry ${this.http.host} refused ${blob.digest} in one request as too large (HTTP 413).`, this.http.base, "Lower the upload size limit of the proxy in front of the registry."));
    }
    await this.expectCreated(response, blob, scope);
  }
  async patchChunks(location, blob, scope, progress) {
    let offset = 0;
    let failures = 0;
    while (offset < blob.size) {
      const end = Math.min(blob.size, offset + this.tuning.chunkSize) - 1;
      let response;
      try {
        const start = offset;
        response = await this.http.request({
          method: "PATCH",
          url: location,
          scope,
          headers: { "content-type": "application/octet-stream", "content-range": `${start}-${end}`, "content-length": String(end - start + 1) },
          stream: () => take(blob.open(start), end - start + 1),
          timeoutMs: 60 * 6e4,
          retry: false
        });
      } catch (err) {
        response = void 0;
        if (++failures > this.tuning.resumeAttempts) throw err;
      }
      if (response && response.status === 202) {
        await response.body?.cancel().catch(() => {
        });
        location = response.headers.get("location") ?? location;
        offset = rangeEnd(response.headers.get("range")) || end + 1;
        failures = 0;
        progress?.(offset, blob.size);
        continue;
      }
      if (response && (response.status === 401 || response.status === 403)) throw await this.http.refusedFor(response.status, scope);
      if (response) {
        const text = await registryErrorText(response);
        if (response.status === 404) throw new SessionLost(new UserError(`The registry ${this.http.host} lost the upload session of ${blob.digest} (HTTP 404: ${text}).`, this.http.base, "Run the command again."));
        if (response.status < 500 && response.status !== 416 && response.status !== 429) {
          throw new UserError(`The registry ${this.http.host} refused a chunk of ${blob.digest} (HTTP ${response.status}: ${text}).`, this.http.base, "Run the command again; if it persists, check the registry.");
        }
        if (++failures > this.tuning.resumeAttempts) throw new SessionLost(new UserError(`The registry ${this.http.host} kept failing the upload of ${blob.digest} (HTTP ${response.status}).`, this.http.base, "Run the command again later."));
      }
      const status = await this.status(location, scope);
      location = status.location;
      offset = status.offset;
    }
    return location;
  }
  async status(location, scope) {
    let response;
    try {
      response = await this.http.request({ method: "GET", url: location, scope });
    } catch (err) {
      throw new SessionLost(err);
    }
    await response.body?.cancel().catch(() => {
    });
    if (response.status !== 204) throw new SessionLost(new UserError(`The upload session at ${this.http.host} was lost (HTTP ${response.status}).`, this.http.base, "Run the command again."));
    return { location: response.headers.get("location") ?? location, offset: rangeEnd(response.headers.get("range")) ?? 0 };
  }
  async finish(location, blob, scope) {
    const response = await this.http.request({ method: "PUT", url: withDigest(location, blob.digest, this.http), scope, headers: { "content-length": "0" } });
    await this.expectCreated(response, blob, scope);
  }
  async expectCreated(response, blob, scope) {
    if (response.status === 201) {
      await response.body?.cancel().catch(() => {
      });
      return;
    }
    if (response.status === 401 || response.status === 403) throw await this.http.refusedFor(response.status, scope);
    const text = await registryErrorText(response);
    if (response.status >= 500 || response.status === 429) throw new SessionLost(new UserError(`The registry ${this.http.host} failed to store ${blob.digest} (HTTP ${response.status}: ${text}).`, this.http.base, "Run the command again later."));
    throw new UserError(`The registry ${this.http.host} refused the blob ${blob.digest} (HTTP ${response.status}: ${text}).`, this.http.base, /DIGEST_INVALID/.test(text) ? "The bytes changed while they were uploaded; run the command again." : "Check the registry's limits and your push access.");
  }
};
var SessionLost = class extends Error {
  constructor(error) {
    super(error?.message ?? String(error));
    this.error = error;
  }
  error;
};
function rangeEnd(header) {
  const m = /^(?:bytes=)?0-(\d+)$/.exec(header?.trim() ?? "");
  return m ? m[1] === "0" ? 0 : Number(m[1]) + 1 : void 0;
}

// shared/registry/oci/remote-store.ts
var MANIFEST_LIMIT = 4 * 1024 * 1024;
var BLOB_IDLE_MS = 60 * 6e4;
var BLOB_SETTLE_WAITS_MS = [100, 300, 900];
async function blobNotVisibleYet(response, what) {
  if (response.status !== 400) return void 0;
  const text = await registryErrorText(response.clone());
  return /\bMANIFEST_BLOB_UNKNOWN\b/.test(text) ? `${what}: a blob it names was not visible yet (${text})` : void 0;
}
var MANIFEST_ACCEPT = [MEDIA_TYPE_MANIFEST, MEDIA_TYPE_INDEX, "application/vnd.docker.distribution.manifest.v2+json", "application/vnd.docker.distribution.manifest.list.v2+json"].join(", ");
var RemoteStore = class {
  location;
  host;
  path;
  http;
  uploader;
  /** blobs seen in repositories of this registry, to mount rather than upload again */
  seen = /* @__PURE__ */ new Map();
  /** sizes of the blobs in `seen`: a blob of one of these sizes may be mountable, so it is hashed first */
  seenSizes = /* @__PURE__ */ new Set();
  constructor(location, options) {
    const parsed = parseRemoteLocation(location);
    this.location = location.replace(/\/+$/, "");
    this.host = parsed.host;
    this.path = parsed.path;
    this.http = new RegistryHttp({ host: parsed.host, base: parsed.base, env: options.env, logger: options.logger, fetch: options.fetch ?? fetch, retry: options.retry, timeoutMs: options.timeoutMs });
    this.uploader = new BlobUploader(this.http, uploadTuningFor(parsed.host, options.upload));
  }
  repository(name) {
    return this.path ? `${this.path}/${name}` : name;
  }
  pull(name) {
    return `repository:${this.repository(name)}:pull`;
  }
  push(name) {
    return `repository:${this.repository(name)}:pull,push`;
  }
  async fail(response, what, scope) {
    if (response.status === 401 || response.status === 403) throw await this.http.refusedFor(response.status, scope);
    const text = await registryErrorText(response);
    if (response.status === 413 || /MANIFEST_INVALID|SIZE_INVALID/.test(text) && /large|size/i.test(text)) {
      throw new UserError(`The registry ${this.host} refused ${what} as too large (HTTP ${response.status}: ${text}).`, this.location, "Keep the model card, metrics and statistics smaller (the manifest holds only their digests, but annotations travel in it).");
    }
    if (response.status === 429) throw new UserError(`The registry ${this.host} kept rate-limiting ${what} (HTTP 429) after every retry.`, this.location, "Wait and run the command again; republishing skips what is already there.");
    throw new UserError(`The registry ${this.host} answered ${what} with HTTP ${response.status}: ${text}.`, this.location, response.status >= 500 ? "The registry failed; run the command again later." : "Check the reference and the registry.");
  }
  async listNames() {
    const names = [];
    let url = "/v2/_catalog?n=1000";
    const prefix = this.path ? `${this.path}/` : "";
    for (let page = 0; url && page < 100; page++) {
      const response = await this.http.request({ method: "GET", url, scope: "registry:catalog:*" });
      if (response.status === 401 || response.status === 403 || response.status === 404) {
        await response.body?.cancel().catch(() => {
        });
        throw new UserError(`The registry ${this.host} does not list its repositories to this login (HTTP ${response.status}).`, this.location, "Name the model: mlci registry versions NAME (GHCR lists packages on github.com instead).");
      }
      if (!response.ok) await this.fail(response, "the repository list", "registry:catalog:*");
      const body = await response.json();
      for (const repo of body.repositories ?? []) if (repo.startsWith(prefix) && !repo.slice(prefix.length).includes("/")) names.push(repo.slice(prefix.length));
      url = nextLink(response.headers.get("link"));
    }
    return names.sort();
  }
  async listTags(name) {
    const tags = [];
    let url = `/v2/${this.repository(name)}/tags/list?n=1000`;
    for (let page = 0; url && page < 100; page++) {
      const response = await this.http.request({ method: "GET", url, scope: this.pull(name) });
      if (response.status === 404) {
        await response.body?.cancel().catch(() => {
        });
        return [];
      }
      if (!response.ok) await this.fail(response, `the tags of ${this.repository(name)}`, this.pull(name));
      const body = await response.json();
      tags.push(...body.tags ?? []);
      url = nextLink(response.headers.get("link"));
    }
    return tags;
  }
  async hasBlob(name, digest) {
    const present = await this.uploader.exists(this.repository(name), digest);
    if (present) this.seen.set(digest, this.repository(name));
    return present;
  }
  async pushBlob(name, blob, progress) {
    const repository = this.repository(name);
    const elsewhere = this.seen.get(blob.digest);
    const outcome = await this.uploader.push(repository, blob, elsewhere && elsewhere !== repository ? elsewhere : void 0, progress);
    this.saw(blob.digest, blob.size, repository);
    return outcome;
  }
  async pushUnhashed(name, blob, progress) {
    if (this.seenSizes.has(blob.size)) return void 0;
    const digest = await this.uploader.pushUnhashed(this.repository(name), blob, progress);
    if (digest) this.saw(digest, blob.size, this.repository(name));
    return digest;
  }
  saw(digest, size, repository) {
    this.seen.set(digest, repository);
    if (size !== void 0) this.seenSizes.add(size);
  }
  readBlob(name, descriptor) {
    return verified(this.openBlob(name, descriptor), descriptor, `${this.location}/${name}@${descriptor.digest}`);
  }
  async *openBlob(name, descriptor) {
    const response = await this.http.request({ method: "GET", url: `/v2/${this.repository(name)}/blobs/${descriptor.digest}`, scope: this.pull(name), timeoutMs: BLOB_IDLE_MS, download: true });
    if (response.status === 404) {
      await response.body?.cancel().catch(() => {
      });
      throw new UserError(`The blob ${descriptor.digest} is missing from ${this.repository(name)} on ${this.host}.`, this.location, "Publish the model again to restore it.");
    }
    const body = blobBodyOf(response);
    if (!response.ok || !body) await this.fail(response, `the blob ${descriptor.digest}`, this.pull(name));
    this.saw(descriptor.digest, descriptor.size, this.repository(name));
    let received = 0;
    try {
      for await (const piece of body.pieces) {
        received += piece.length;
        yield piece;
      }
    } catch (err) {
      const cause = err;
      throw new UserError(
        `The download of the blob ${descriptor.digest} from ${this.host} broke off after ${received} of ${descriptor.size} bytes (${cause.code ? `${cause.code}: ` : ""}${cause.message}).`,
        this.location,
        "Run the same command again: a pull writes nothing where the model goes until every byte is received and verified."
      );
    }
  }
  async getManifest(name, reference) {
    const response = await this.http.request({ method: "GET", url: `/v2/${this.repository(name)}/manifests/${reference}`, scope: this.pull(name), headers: { accept: MANIFEST_ACCEPT } });
    if (response.status === 404) {
      await response.body?.cancel().catch(() => {
      });
      return void 0;
    }
    if (!response.ok) await this.fail(response, `the manifest ${this.repository(name)}:${reference}`, this.pull(name));
    const length = Number(response.headers.get("content-length") ?? 0);
    if (length > MANIFEST_LIMIT) throw new UserError(`The manifest ${this.repository(name)}:${reference} is ${length} bytes, over the ${MANIFEST_LIMIT}-byte limit.`, this.location, "This is not a manifest mlci wrote.");
    const bytes = Buffer.from(await response.arrayBuffer());
    const digest = digestOf(bytes);
    const claimed = response.headers.get("docker-content-digest");
    if (reference.startsWith("sha256:") && digest !== reference || claimed && claimed.startsWith("sha256:") && claimed !== digest) {
      throw new UserError(`The manifest ${this.repository(name)}:${reference} from ${this.host} does not match its digest (${digest}); it is refused.`, this.location, "Something between you and the registry altered it; try again, or another network.");
    }
    return { bytes, digest, mediaType: response.headers.get("content-type")?.split(";")[0] ?? MEDIA_TYPE_MANIFEST };
  }
  /** GHCR has no referrers API, and the fallback tags would clutter its package page */
  get attachesReferrers() {
    return this.host !== "ghcr.io";
  }
  async referrers(name, digest) {
    const response = await this.http.request({ method: "GET", url: `/v2/${this.repository(name)}/referrers/${digest}`, scope: this.pull(name), headers: { accept: MEDIA_TYPE_INDEX } });
    if (response.status === 404 || response.status === 400 || response.status === 405) {
      await response.body?.cancel().catch(() => {
      });
      return void 0;
    }
    if (!response.ok) await this.fail(response, `the referrers of ${digest}`, this.pull(name));
    const index = await response.json();
    return index.manifests ?? [];
  }
  async putManifest(name, tag, manifest) {
    const what = `the manifest ${this.repository(name)}:${tag}`;
    if (manifest.bytes.byteLength > MANIFEST_LIMIT) {
      throw new UserError(`${what} is ${manifest.bytes.byteLength} bytes, over the ${MANIFEST_LIMIT}-byte limit registries must accept.`, this.location, "Shorten the description and other annotations; the documents themselves travel as layers.");
    }
    const response = await this.http.request({
      method: "PUT",
      url: `/v2/${this.repository(name)}/manifests/${tag}`,
      scope: this.push(name),
      headers: { "content-type": manifest.mediaType, "content-length": String(manifest.bytes.byteLength) },
      body: () => manifest.bytes,
      retryWhen: { waitsMs: BLOB_SETTLE_WAITS_MS, reason: (answer) => blobNotVisibleYet(answer, what) }
    });
    if (response.status !== 201) await this.fail(response, what, this.push(name));
    await response.body?.cancel().catch(() => {
    });
    const digest = response.headers.get("docker-content-digest");
    if (digest && digest !== manifest.digest) {
      throw new UserError(`The registry ${this.host} stored ${what} under the digest ${digest}, not ${manifest.digest}: it rewrote the manifest.`, this.location, "Use a registry that keeps OCI manifests as sent.");
    }
    return { subjectAccepted: response.headers.has("oci-subject") };
  }
  /** a registry cannot be locked: callers read back after writing */
  exclusive(_name, body) {
    return body();
  }
};
function nextLink(header) {
  const m = /<([^>]+)>;\s*rel="next"/.exec(header ?? "");
  return m?.[1];
}

// shared/registry/model-registry.ts
import { mkdir as mkdir4, mkdtemp, rename as rename2, rm as rm3, stat as stat4 } from "node:fs/promises";
import { join as join3, resolve as resolvePath } from "node:path";

// shared/registry/aliases.ts
import { randomBytes as randomBytes2 } from "node:crypto";
var ALIASES_TAG = "mlci.aliases";
var ARTIFACT_TYPE_ALIASES = "application/vnd.mlci.aliases.v1+json";
function emptyAliasDocument(name) {
  return { schema: "mlci/aliases@1", name, aliases: {}, history: [] };
}
function newEntry(move) {
  return { id: randomBytes2(8).toString("hex"), ...move };
}
function applyEntry(doc, entry) {
  const aliases = { ...doc.aliases };
  if (entry.to === null) delete aliases[entry.alias];
  else aliases[entry.alias] = entry.to;
  return { ...doc, aliases, history: [...doc.history, entry] };
}
function aliasStack(doc, alias) {
  const stack = [];
  for (const e of doc.history) {
    if (e.alias !== alias) continue;
    if (e.kind === "rollback") stack.pop();
    else if (e.to !== null) stack.push(e.to);
  }
  return stack;
}
function rollbackTarget(doc, alias) {
  const stack = aliasStack(doc, alias);
  if (!doc.aliases[alias]) throw new UserError(`The alias "${alias}" of ${doc.name} is not set.`, void 0, `Set it first: mlci registry promote ${doc.name} VERSION --alias ${alias}.`);
  if (stack.length < 2) throw new UserError(`The alias "${alias}" of ${doc.name} has no earlier version to roll back to.`, void 0, `Move it explicitly: mlci registry promote ${doc.name} VERSION --alias ${alias}.`);
  return stack[stack.length - 2];
}
function aliasDocumentManifest(doc) {
  const layer = bytesBlob(ARTIFACT_TYPE_ALIASES, Buffer.from(`${JSON.stringify(doc, null, 1)}
`));
  const config = bytesBlob(MEDIA_TYPE_EMPTY, Buffer.from("{}"));
  const manifest = {
    schemaVersion: 2,
    mediaType: MEDIA_TYPE_MANIFEST,
    artifactType: ARTIFACT_TYPE_ALIASES,
    config: descriptorOf(config),
    layers: [descriptorOf(layer)],
    annotations: { "org.opencontainers.image.title": `aliases of ${doc.name}` }
  };
  return { config, layer, manifest: storedManifest(manifest, MEDIA_TYPE_MANIFEST) };
}
function parseAliasDocument(bytes, name, where) {
  try {
    const doc = JSON.parse(Buffer.from(bytes).toString("utf8"));
    if (doc.schema !== "mlci/aliases@1" || typeof doc.aliases !== "object" || !Array.isArray(doc.history)) throw new Error("shape");
    return doc;
  } catch {
    throw new UserError(`The alias history of ${name} is not an mlci/aliases@1 document.`, where, "Restore the registry from a copy; the alias history must not be edited by hand.");
  }
}
function publicMove(e) {
  const move = { name: e.name, alias: e.alias, from: e.from, to: e.to, at: e.at, kind: e.kind };
  if (e.actor) move.actor = e.actor;
  if (e.runUrl) move.runUrl = e.runUrl;
  if (e.reason) move.reason = e.reason;
  return move;
}

// shared/registry/tar.ts
import { createHash as createHash3 } from "node:crypto";
import { createReadStream as createReadStream2 } from "node:fs";
import { mkdir as mkdir3, open as open2, stat as stat3 } from "node:fs/promises";
import { dirname } from "node:path";
var BLOCK = 512;
var END = Buffer.alloc(BLOCK * 2);
function writeOctal(header, offset, length, value) {
  header.write(value.toString(8).padStart(length - 1, "0") + "\0", offset, length, "ascii");
}
function tarHeader(name, size) {
  const nameBytes = Buffer.from(name, "utf8");
  if (nameBytes.length > 100) throw new UserError(`The file name "${name}" is longer than 100 bytes.`, void 0, "Use a shorter file name inside the model package.");
  const header = Buffer.alloc(BLOCK);
  nameBytes.copy(header, 0);
  writeOctal(header, 100, 8, 420);
  writeOctal(header, 108, 8, 0);
  writeOctal(header, 116, 8, 0);
  if (size < 8 ** 11) writeOctal(header, 124, 12, size);
  else {
    header[124] = 128;
    let rest = BigInt(size);
    for (let i = 135; i > 124; i--) {
      header[i] = Number(rest & 0xffn);
      rest >>= 8n;
    }
  }
  writeOctal(header, 136, 12, 0);
  header.fill(32, 148, 156);
  header.write("0", 156, "ascii");
  header.write("ustar\0", 257, "ascii");
  header.write("00", 263, "ascii");
  let sum = 0;
  for (const byte of header) sum += byte;
  header.write(sum.toString(8).padStart(6, "0") + "\0 ", 148, 8, "ascii");
  return header;
}
function padding(size) {
  return Buffer.alloc((BLOCK - size % BLOCK) % BLOCK);
}
async function startFileTarBlob(mediaType, entryName2, path, size) {
  size ??= (await stat3(path)).size;
  const header = tarHeader(entryName2, size);
  const tail = Buffer.concat([padding(size), END]);
  const job = sha256FileFramedInBackground(path, header, tail);
  let blob;
  return {
    cancel: job.cancel,
    blob() {
      blob ??= job.result.then(({ hex, size: read }) => {
        if (read !== size) throw new UserError(`The model ${path} changed size while it was being published (${size} \u2192 ${read} bytes).`, "input model", "Publish it again once nothing writes to it.");
        return tarBlob(mediaType, path, header, size, tail, `sha256:${hex}`);
      });
      return blob;
    }
  };
}
function fileTarSize(size) {
  return BLOCK + size + padding(size).length + END.length;
}
async function knownFileTarBlob(mediaType, entryName2, path, digest, size) {
  size ??= (await stat3(path)).size;
  return tarBlob(mediaType, path, tarHeader(entryName2, size), size, Buffer.concat([padding(size), END]), digest);
}
async function hashingFileTar(mediaType, entryName2, path, size) {
  size ??= (await stat3(path)).size;
  const header = tarHeader(entryName2, size);
  const tail = Buffer.concat([padding(size), END]);
  let done;
  let failure;
  return {
    mediaType,
    size: header.length + size + tail.length,
    async *open() {
      const hashes = hashInParallel(2);
      let read = 0;
      const handle = await open2(path, "r");
      try {
        await hashes.update(header, 1);
        yield header;
        while (read < size) {
          const slot = await hashes.borrow();
          const { bytesRead } = await handle.read(slot, 0, Math.min(slot.length, size - read), read);
          if (bytesRead === 0) break;
          hashes.submit(slot, bytesRead, 3);
          read += bytesRead;
          yield slot.subarray(0, bytesRead);
        }
        if (read !== size) throw new UserError(`The model ${path} changed size while it was being published (${size} \u2192 ${read} bytes).`, "input model", "Publish it again once nothing writes to it.");
        await hashes.update(tail, 1);
        const [layer, file] = await hashes.digests();
        done = { layer: `sha256:${layer}`, file: `sha256:${file}` };
      } catch (err) {
        failure = err;
        throw err;
      } finally {
        await handle.close().catch(() => {
        });
        if (!done) hashes.cancel();
      }
      yield tail;
    },
    digest() {
      if (failure) throw failure;
      return done?.layer;
    },
    fileDigest() {
      if (failure) throw failure;
      return done?.file;
    }
  };
}
async function fileTarBlob(mediaType, entryName2, path) {
  return (await startFileTarBlob(mediaType, entryName2, path)).blob();
}
function tarBlob(mediaType, path, header, size, tail, digest) {
  return {
    mediaType,
    digest,
    size: header.length + size + tail.length,
    async *open(offset = 0) {
      if (offset < header.length) yield header.subarray(offset);
      const fileStart = Math.max(0, offset - header.length);
      if (fileStart < size) yield* createReadStream2(path, { start: fileStart, end: size - 1, highWaterMark: 1 << 22 });
      const tailStart = Math.max(0, offset - header.length - size);
      if (tailStart < tail.length) yield tail.subarray(tailStart);
    }
  };
}
function bytesTar(entryName2, bytes) {
  return Buffer.concat([tarHeader(entryName2, bytes.byteLength), bytes, padding(bytes.byteLength), END]);
}
function readOctal(header, offset, length) {
  if (header[offset] & 128) {
    let value = 0n;
    for (let i = offset + 1; i < offset + length; i++) value = value << 8n | BigInt(header[i]);
    return Number(value);
  }
  const text = header.toString("ascii", offset, offset + length).replace(/\0.*$/s, "").trim();
  return text ? parseInt(text, 8) : 0;
}
function entryName(header) {
  const name = header.toString("utf8", 0, 100).replace(/\0.*$/s, "");
  const prefix = header.toString("utf8", 345, 500).replace(/\0.*$/s, "");
  return prefix ? `${prefix}/${name}` : name;
}
async function extractTar(chunks, dir, where) {
  const written = /* @__PURE__ */ new Map();
  const header = Buffer.alloc(BLOCK);
  let filled = 0;
  let file;
  let skip = 0;
  let ended = false;
  let paxPath;
  let collectPax;
  const bad = (what) => new UserError(`The layer archive ${what}.`, where, "Publish the model again with mlci; the layer is not one it wrote.");
  try {
    for await (const raw of chunks) {
      let chunk = Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength);
      while (chunk.length > 0) {
        if (file) {
          const take3 = Math.min(file.remaining, chunk.length);
          const wait = file.sink.update(chunk.subarray(0, take3));
          if (wait) await wait;
          file.remaining -= take3;
          chunk = chunk.subarray(take3);
          if (file.remaining === 0) {
            const digest = await file.sink.digest().catch(writeFailed(file.name, dir));
            await file.handle.close();
            written.set(file.name, `sha256:${digest}`);
            file = void 0;
          }
          continue;
        }
        if (collectPax) {
          const take3 = Math.min(collectPax.remaining, chunk.length);
          collectPax.parts.push(Buffer.from(chunk.subarray(0, take3)));
          collectPax.remaining -= take3;
          chunk = chunk.subarray(take3);
          if (collectPax.remaining === 0) {
            const m = /\d+ path=([^\n]*)\n/.exec(Buffer.concat(collectPax.parts).toString("utf8"));
            paxPath = m?.[1];
            collectPax = void 0;
          }
          continue;
        }
        if (skip > 0) {
          const take3 = Math.min(skip, chunk.length);
          skip -= take3;
          chunk = chunk.subarray(take3);
          continue;
        }
        if (ended) {
          chunk = chunk.subarray(chunk.length);
          continue;
        }
        const take2 = Math.min(BLOCK - filled, chunk.length);
        chunk.copy(header, filled, 0, take2);
        filled += take2;
        chunk = chunk.subarray(take2);
        if (filled < BLOCK) continue;
        filled = 0;
        if (header.every((b) => b === 0)) {
          ended = true;
          continue;
        }
        const size = readOctal(header, 124, 12);
        const type = String.fromCharCode(header[156]);
        const pad = (BLOCK - size % BLOCK) % BLOCK;
        if (type === "x") {
          collectPax = { remaining: size, parts: [] };
          skip = pad;
        } else if (type === "g" || type === "5") {
          skip = size + pad;
        } else if (type === "0" || type === "\0") {
          const name = paxPath ?? entryName(header);
          paxPath = void 0;
          const target = resolveInside(dir, name, "archive entry");
          await mkdir3(dirname(target), { recursive: true });
          const handle = await open2(target, "w");
          if (size === 0) {
            await handle.close();
            written.set(name, `sha256:${createHash3("sha256").digest("hex")}`);
          } else file = { name, handle, remaining: size, sink: sha256Stream(size, handle.fd) };
          skip = pad;
        } else {
          throw bad(`holds "${entryName(header)}" of tar type "${type}", not a regular file`);
        }
      }
    }
  } finally {
    if (file) {
      file.sink.cancel();
      await file.handle.close().catch(() => {
      });
    }
  }
  if (file || collectPax || filled > 0 || skip > 0) throw bad("ends in the middle of an entry");
  return written;
}
async function extractFileTar(raw, dir, expected, where, fallback) {
  const { layer, entryName: name, fileDigest } = expected;
  const iterator = raw[Symbol.asyncIterator]();
  let finished = false;
  const next = async () => {
    const r = await iterator.next();
    if (r.done) {
      finished = true;
      return void 0;
    }
    return Buffer.from(r.value.buffer, r.value.byteOffset, r.value.byteLength);
  };
  try {
    const parts = [];
    let got = 0;
    while (got < BLOCK) {
      const chunk = await next();
      if (!chunk) break;
      parts.push(got === 0 && chunk.length >= BLOCK ? chunk : Buffer.from(chunk));
      got += chunk.length;
    }
    const first = parts.length === 1 ? parts[0] : Buffer.concat(parts);
    const size = first.length >= BLOCK ? readOctal(first, 124, 12) : NaN;
    const framed = Number.isSafeInteger(size) && size >= 0 && fileTarSize(size) === layer.size && first.subarray(0, BLOCK).equals(tarHeader(name, size));
    if (!framed) {
      return await fallback(
        (async function* () {
          if (first.length > 0) yield first;
          for (let chunk = await next(); chunk; chunk = await next()) yield chunk;
        })()
      );
    }
    const target = resolveInside(dir, name, "archive entry");
    await mkdir3(dirname(target), { recursive: true });
    const handle = await open2(target, "w");
    const hash = hashBehindWriter(target);
    const tail = Buffer.concat([padding(size), END]);
    const fileEnd = BLOCK + size;
    let offset = BLOCK;
    let told = 0;
    let hashed = false;
    try {
      for (let chunk = first.subarray(BLOCK); chunk; chunk = await next()) {
        if (offset < fileEnd) {
          const take2 = Math.min(fileEnd - offset, chunk.length);
          writeAll(handle.fd, chunk.subarray(0, take2), offset - BLOCK, name, dir);
          offset += take2;
          chunk = chunk.subarray(take2);
          if (offset - BLOCK - told >= HASH_STEP || offset === fileEnd) hash.written(told = offset - BLOCK);
        }
        if (chunk.length === 0) continue;
        const at = offset - fileEnd;
        if (at + chunk.length > tail.length) throw corrupted(layer, where, `more than the ${layer.size} bytes its descriptor names`);
        if (!chunk.equals(tail.subarray(at, at + chunk.length))) throw corrupted(layer, where, "padding or end blocks that differ from the tar mlci writes");
        offset += chunk.length;
      }
      if (offset !== layer.size) throw corrupted(layer, where, `${offset} bytes instead of ${layer.size}`);
      hashed = true;
      const digest = `sha256:${await hash.digest(size)}`;
      if (digest !== fileDigest) throw corrupted(layer, where, `a ${name} whose digest is ${digest}, not the ${fileDigest} its manifest names`);
      return /* @__PURE__ */ new Map([[name, digest]]);
    } finally {
      if (!hashed) hash.cancel();
      await handle.close().catch(() => {
      });
    }
  } finally {
    if (!finished) await iterator.return?.().catch(() => {
    });
  }
}
var HASH_STEP = 4 << 20;
function writeAll(fd, piece, position, name, dir) {
  try {
    writeFully(fd, piece, position);
  } catch (err) {
    writeFailed(name, dir)(err);
  }
}
function writeFailed(name, dir) {
  return (err) => {
    throw new UserError(`Writing ${name} failed (${err.code ?? err.message}).`, dir, "Free disk space where the model is pulled to, and pull again.");
  };
}

// shared/registry/modelpack.ts
var ARTIFACT_TYPE_MODEL = "application/vnd.cncf.model.manifest.v1+json";
var MEDIA_TYPE_MODEL_CONFIG = "application/vnd.cncf.model.config.v1+json";
var MEDIA_TYPE_WEIGHT_TAR = "application/vnd.cncf.model.weight.v1.tar";
var MEDIA_TYPE_DOC_TAR = "application/vnd.cncf.model.doc.v1.tar";
var ANNOTATION_FILEPATH = "org.cncf.model.filepath";
var ANNOTATION_MODEL_DIGEST = "dev.mlci.model.digest";
var MODEL_FILE = "model.onnx";
var DOC_FILES = ["model-card.md", "metrics.json", "verdict.json", "lineage.json", "statistics.json"];
function modelConfig(model, layers) {
  const descriptor = { createdAt: model.created, name: model.name, version: model.version };
  if (model.title) descriptor.title = model.title;
  if (model.description) descriptor.description = model.description;
  if (model.authors?.length) descriptor.authors = model.authors;
  if (model.licenses?.length) descriptor.licenses = model.licenses;
  if (model.source) descriptor.sourceURL = model.source;
  if (model.revision) descriptor.revision = model.revision;
  if (model.docUrl) descriptor.docURL = model.docUrl;
  if (model.datasets?.length) descriptor.datasetsURL = model.datasets;
  return {
    descriptor,
    config: { format: "onnx" },
    // the layers are uncompressed tars, so each diffId is the layer digest itself
    modelfs: { type: "layers", diffIds: layers.map((l) => l.digest) }
  };
}
function docLayer(file, bytes) {
  return bytesBlob(MEDIA_TYPE_DOC_TAR, bytesTar(file, bytes));
}
function buildModelManifest(model, weight, modelDigest, docs) {
  const layers = [descriptorOf(weight, { [ANNOTATION_FILEPATH]: MODEL_FILE }), ...docs.map((d) => descriptorOf(d.blob, { [ANNOTATION_FILEPATH]: d.file }))];
  const config = bytesBlob(MEDIA_TYPE_MODEL_CONFIG, Buffer.from(JSON.stringify(modelConfig(model, layers))));
  const annotations = {
    "org.opencontainers.image.created": model.created,
    "org.opencontainers.image.version": model.version,
    "org.opencontainers.image.title": model.title ?? model.name,
    [ANNOTATION_MODEL_DIGEST]: modelDigest
  };
  if (model.description) annotations["org.opencontainers.image.description"] = model.description;
  if (model.source) annotations["org.opencontainers.image.source"] = model.source;
  if (model.revision) annotations["org.opencontainers.image.revision"] = model.revision;
  if (model.licenses?.length) annotations["org.opencontainers.image.licenses"] = model.licenses.join(" AND ");
  if (model.authors?.length) annotations["org.opencontainers.image.authors"] = model.authors.join(", ");
  const manifest = {
    schemaVersion: 2,
    mediaType: MEDIA_TYPE_MANIFEST,
    artifactType: ARTIFACT_TYPE_MODEL,
    config: descriptorOf(config),
    layers,
    annotations
  };
  return { config, manifest: storedManifest(manifest, MEDIA_TYPE_MANIFEST) };
}
function readModelManifest(stored, where) {
  let manifest;
  try {
    manifest = JSON.parse(stored.bytes.toString("utf8"));
  } catch {
    throw new UserError(`The manifest ${stored.digest} is not JSON.`, where, "Point at a model version published by mlci publish-model.");
  }
  if (manifest.artifactType !== ARTIFACT_TYPE_MODEL || !Array.isArray(manifest.layers)) {
    throw new UserError(`The manifest ${stored.digest} is a ${manifest.artifactType ?? manifest.mediaType ?? "unknown"} artifact, not a ModelPack model.`, where, "Point at a model version published by mlci publish-model.");
  }
  const weight = manifest.layers.find((l) => l.mediaType === MEDIA_TYPE_WEIGHT_TAR);
  const modelDigest = manifest.annotations?.[ANNOTATION_MODEL_DIGEST];
  const version = manifest.annotations?.["org.opencontainers.image.version"];
  if (!weight || !modelDigest || !version) {
    throw new UserError(`The model manifest ${stored.digest} lacks its weight layer, version or ${ANNOTATION_MODEL_DIGEST} annotation.`, where, "Publish the model with mlci publish-model.");
  }
  return { manifest, version, modelDigest, created: manifest.annotations?.["org.opencontainers.image.created"], weight, docs: manifest.layers.filter((l) => l !== weight) };
}

// shared/registry/reference.ts
var DEFAULT_STORE = "./mlci-registry";
var NAME = /^[a-z0-9]+(?:[._-][a-z0-9]+)*$/;
var ALIAS = /^[A-Za-z0-9_-]{1,128}$/;
var VERSION = /^v?[0-9][A-Za-z0-9._-]{0,126}$/;
var DIGEST = /^sha256:[a-f0-9]{64}$/;
var REFERENCE_FORMS = "[STORE/]NAME[:VERSION | @ALIAS | @sha256:HEX], e.g. demo@champion, ./mlci-registry/demo:v3, oci://ghcr.io/OWNER/models/demo@champion";
function defaultRegistryLocation(env, given) {
  return given?.trim() || env.MLCI_REGISTRY?.trim() || DEFAULT_STORE;
}
function checkModelName(name, where) {
  if (!NAME.test(name) || name.length > 128) {
    throw new UserError(`"${name}" is not a valid model name.`, where, 'Use lower-case letters and digits, separated by single ".", "_" or "-" (e.g. "churn-model"), at most 128 characters.');
  }
  return name;
}
function checkAlias(alias, where) {
  if (!ALIAS.test(alias)) {
    throw new UserError(`"${alias}" is not a valid alias.`, where, 'Use letters, digits, "_" and "-" only (e.g. "champion"), at most 128 characters.');
  }
  if (/^latest$/i.test(alias) || /^v\d+$/i.test(alias)) {
    throw new UserError(`The alias "${alias}" is reserved.`, where, '"latest" and "v<digits>" are reserved because they read as versions; choose another name such as "champion".');
  }
  return alias;
}
function isVersionTag(tag) {
  return VERSION.test(tag);
}
function checkVersion(version, where) {
  if (!VERSION.test(version)) {
    throw new UserError(`"${version}" is not a valid version.`, where, 'A version starts with a digit or "v" and a digit, then letters, digits, ".", "_" or "-" (e.g. "v3", "1.2.0"), at most 128 characters.');
  }
  return version;
}
function checkDigest(digest, where) {
  if (!DIGEST.test(digest)) {
    throw new UserError(`"${digest}" is not a sha256 digest.`, where, "Write it as sha256: followed by 64 lower-case hex digits.");
  }
  return digest;
}
function parseModelReference(text, defaultStore = DEFAULT_STORE) {
  const where = `model reference "${text}"`;
  const trimmed = text.trim();
  if (!trimmed) throw new UserError("The model reference is empty.", void 0, `Write it as ${REFERENCE_FORMS}.`);
  const remote = trimmed.startsWith("oci://");
  const body = remote ? trimmed.slice("oci://".length) : trimmed;
  const slash = body.lastIndexOf("/");
  let store = slash >= 0 ? body.slice(0, slash) : "";
  const last = slash >= 0 ? body.slice(slash + 1) : body;
  if (remote) {
    if (!store) throw new UserError("An oci:// reference needs a host before the model name.", where, "Write it as oci://HOST[:PORT]/PATH/NAME@ALIAS, e.g. oci://ghcr.io/OWNER/models/demo@champion.");
    store = `oci://${store}`;
  } else if (slash === 0) {
    store = "/";
  }
  const ref = { store: store || defaultStore, name: "" };
  const at = last.indexOf("@");
  const colon = last.indexOf(":");
  if (at >= 0) {
    ref.name = last.slice(0, at);
    const target = last.slice(at + 1);
    if (target.startsWith("sha256:")) ref.digest = checkDigest(target, where);
    else ref.alias = checkAlias(target, where);
  } else if (colon >= 0) {
    ref.name = last.slice(0, colon);
    ref.version = checkVersion(last.slice(colon + 1), where);
  } else {
    ref.name = last;
  }
  if (!ref.name) throw new UserError("The model reference has no model name.", where, `Write it as ${REFERENCE_FORMS}.`);
  checkModelName(ref.name, where);
  return ref;
}
function formatModelReference(ref) {
  const store = ref.store.replace(/\/+$/, "");
  const prefix = ref.store.startsWith("/") && !store ? "/" : store ? `${store}/` : "";
  const suffix = ref.digest ? `@${ref.digest}` : ref.alias ? `@${ref.alias}` : ref.version ? `:${ref.version}` : "";
  return `${prefix}${ref.name}${suffix}`;
}
function isRemoteStore(location) {
  return location.startsWith("oci://");
}

// shared/registry/referrers.ts
function fallbackTag(digest) {
  return `sha256-${hexOf(digest)}`;
}
function subjectOf(stored) {
  return { mediaType: stored.mediaType, digest: stored.digest, size: stored.bytes.byteLength };
}
async function attachReferrer(store, name, subject, artifactType, files, created) {
  if (!store.attachesReferrers) return "skipped";
  const layers = files.map((f) => bytesBlob(f.mediaType, f.bytes));
  const config = bytesBlob(MEDIA_TYPE_EMPTY, Buffer.from("{}"));
  for (const blob of [...layers, config]) await store.pushBlob(name, blob);
  const manifest = {
    schemaVersion: 2,
    mediaType: MEDIA_TYPE_MANIFEST,
    artifactType,
    config: descriptorOf(config),
    layers: layers.map((l, i) => descriptorOf(l, { "org.opencontainers.image.title": files[i].name })),
    subject: subjectOf(subject),
    annotations: { "org.opencontainers.image.created": created }
  };
  const stored = storedManifest(manifest, MEDIA_TYPE_MANIFEST);
  const { subjectAccepted } = await store.putManifest(name, stored.digest, stored);
  if (subjectAccepted) return { digest: stored.digest, via: "api" };
  const entry = { mediaType: MEDIA_TYPE_MANIFEST, digest: stored.digest, size: stored.bytes.byteLength, artifactType, annotations: manifest.annotations };
  await store.exclusive(name, async () => {
    const tag = fallbackTag(subject.digest);
    const existing = await store.getManifest(name, tag);
    const index = existing ? JSON.parse(existing.bytes.toString("utf8")) : { manifests: [] };
    const manifests = (index.manifests ?? []).filter((m) => m.digest !== stored.digest).concat(entry);
    await store.putManifest(name, tag, storedManifest({ schemaVersion: 2, mediaType: MEDIA_TYPE_INDEX, manifests }, MEDIA_TYPE_INDEX));
  });
  return { digest: stored.digest, via: "tag" };
}
async function listReferrers(store, name, digest) {
  const fromApi = await store.referrers(name, digest);
  if (fromApi) return fromApi;
  const index = await store.getManifest(name, fallbackTag(digest));
  if (!index) return [];
  return JSON.parse(index.bytes.toString("utf8")).manifests ?? [];
}

// shared/registry/model-registry.ts
var READ_BACK_ATTEMPTS = 5;
function compareVersions(a, b) {
  return a.localeCompare(b, "en", { numeric: true });
}
var OciModelRegistry = class {
  constructor(store, logger, settleMs = 0, digests) {
    this.store = store;
    this.logger = logger;
    this.settleMs = settleMs;
    this.digests = digests;
    this.location = store.location;
  }
  store;
  logger;
  settleMs;
  digests;
  location;
  names() {
    return this.store.listNames();
  }
  where(name) {
    return formatModelReference({ store: this.location, name });
  }
  async versions(name) {
    return (await this.versionsWithLayers(name)).map(({ weight: _weight, ...info }) => info);
  }
  /** the versions and each one's weight layer, which publishing matches new bytes against */
  async versionsWithLayers(name) {
    checkModelName(name);
    const doc = await this.readAliases(name);
    const byVersion = /* @__PURE__ */ new Map();
    for (const [alias, version] of Object.entries(doc.aliases)) byVersion.set(version, [...byVersion.get(version) ?? [], alias]);
    const out = [];
    for (const tag of await this.store.listTags(name)) {
      if (tag === ALIASES_TAG || tag in doc.aliases || !isVersionTag(tag)) continue;
      const stored = await this.store.getManifest(name, tag);
      if (!stored) continue;
      const parsed = readModelManifest(stored, `${this.where(name)}:${tag}`);
      if (parsed.version !== tag) continue;
      out.push({ name, version: tag, manifestDigest: stored.digest, modelDigest: parsed.modelDigest, created: parsed.created, aliases: (byVersion.get(tag) ?? []).sort(), weight: parsed.weight });
    }
    return out.sort((a, b) => compareVersions(a.version, b.version));
  }
  async aliases(name) {
    checkModelName(name);
    return { ...(await this.readAliases(name)).aliases };
  }
  async aliasHistory(name, alias) {
    checkModelName(name);
    const doc = await this.readAliases(name);
    return doc.history.filter((e) => !alias || e.alias === alias).map(publicMove);
  }
  async resolve(ref) {
    const { name } = ref;
    checkModelName(name);
    const shown = formatModelReference({ ...ref, store: this.location });
    let tag;
    if (ref.digest) {
      const stored2 = await this.store.getManifest(name, ref.digest);
      if (stored2) return this.resolvedOf(name, stored2, shown);
      const match = (await this.versions(name)).find((v) => v.modelDigest === ref.digest);
      if (!match) throw absent(shown, `no version of ${name} has the digest ${ref.digest}`, name);
      tag = match.version;
    } else if (ref.alias) {
      const version = (await this.readAliases(name)).aliases[ref.alias];
      if (!version) throw absent(shown, `the alias "${ref.alias}" of ${name} is not set`, name);
      tag = version;
    } else if (ref.version) {
      tag = ref.version;
    } else {
      const all = await this.versions(name);
      if (all.length === 0) throw absent(shown, `${name} has no versions`, name);
      tag = all[all.length - 1].version;
    }
    const stored = await this.store.getManifest(name, tag);
    if (!stored) throw absent(shown, `${name} has no version ${tag}`, name);
    return this.resolvedOf(name, stored, shown);
  }
  resolvedOf(name, stored, where) {
    const parsed = readModelManifest(stored, where);
    return { name, version: parsed.version, manifestDigest: stored.digest, modelDigest: parsed.modelDigest };
  }
  /**
   * Pulls every layer, verifying each blob as it streams, into `dir` (files replaced only when all
   * verified). `layerDigests`: hash the weight layer as well, not only its file (an audit, `mlci
   * registry verify`; a pull checks every byte either way, see extractFileTar).
   */
  async pull(ref, dir, options = {}) {
    const resolved = await this.resolve(ref);
    const stored = await this.store.getManifest(ref.name, resolved.manifestDigest);
    const where = formatModelReference({ store: this.location, name: ref.name, version: resolved.version });
    const parsed = readModelManifest(stored, where);
    const target = resolvePath(dir);
    await mkdir4(target, { recursive: true });
    const staging = await mkdtemp(join3(target, ".pull-"));
    try {
      const digests = /* @__PURE__ */ new Map();
      for (const layer of [parsed.weight, ...parsed.docs]) {
        const layerWhere = `${where} layer ${layer.annotations?.[ANNOTATION_FILEPATH] ?? layer.digest}`;
        const general = (chunks) => extractTar(verified(chunks, layer, layerWhere), staging, layerWhere);
        const extracted = layer === parsed.weight && !options.layerDigests ? await extractFileTar(this.store.openBlob(ref.name, layer), staging, { layer, entryName: MODEL_FILE, fileDigest: parsed.modelDigest }, layerWhere, general) : await general(this.store.openBlob(ref.name, layer));
        for (const [file, digest] of extracted) digests.set(file, digest);
      }
      const names = [...digests.keys()];
      if (!digests.has(MODEL_FILE)) throw new UserError(`${where} has no ${MODEL_FILE} in its weight layer.`, where, "Publish the model with mlci publish-model.");
      const actual = digests.get(MODEL_FILE);
      if (actual !== parsed.modelDigest) {
        throw new UserError(`${MODEL_FILE} of ${where} has the digest ${actual}, not the ${parsed.modelDigest} its manifest names.`, where, "The version was altered; publish the model again.");
      }
      const files = {};
      for (const name of names) {
        await mkdir4(join3(target, name, ".."), { recursive: true });
        await rename2(join3(staging, name), join3(target, name));
        if (name !== MODEL_FILE) files[name] = join3(target, name);
      }
      return { ...resolved, dir: target, modelFile: join3(target, MODEL_FILE), files };
    } finally {
      await rm3(staging, { recursive: true, force: true });
    }
  }
  async publish(request) {
    const name = checkModelName(request.name, 'input "name"');
    if (request.version !== void 0) checkVersion(request.version, 'input "version"');
    for (const alias of request.aliases ?? []) checkAlias(alias, 'input "aliases"');
    const unreadable = unreadableModel(request.modelFile);
    const { size } = await stat4(request.modelFile).catch(unreadable);
    const existing = await this.versionsWithLayers(name);
    const aliasDoc = await this.readAliases(name);
    const mayBeUnchanged = existing.some((v) => v.weight.size === fileTarSize(size));
    const cached = await this.digests?.lookup(request.modelFile).catch(() => void 0);
    if (mayBeUnchanged && cached?.digest && (!request.modelDigest || request.modelDigest === cached.digest)) {
      const decided = decideVersion(name, request.version, cached.digest, existing, aliasDoc);
      if ("unchanged" in decided) return await this.publishWith(request, name, cached.digest, void 0, 0);
    }
    const versionTaken = request.version !== void 0 && (request.version in aliasDoc.aliases || existing.some((v) => v.version === request.version));
    if (!mayBeUnchanged && !versionTaken) {
      const streamed = await hashingFileTar(MEDIA_TYPE_WEIGHT_TAR, MODEL_FILE, request.modelFile, size).catch(unreadable);
      const layerDigest = await this.store.pushUnhashed(name, streamed, request.progress);
      if (layerDigest) {
        const modelDigest = streamed.fileDigest();
        if (request.modelDigest && request.modelDigest !== modelDigest) throw changedMeanwhile(request.modelFile, request.modelDigest, modelDigest);
        if (cached) await this.digests.remember(request.modelFile, cached.key, modelDigest);
        const weight = await knownFileTarBlob(MEDIA_TYPE_WEIGHT_TAR, MODEL_FILE, request.modelFile, layerDigest, size);
        return await this.publishWith(request, name, modelDigest, weight, 1);
      }
    }
    const pending = mayBeUnchanged ? void 0 : await startFileTarBlob(MEDIA_TYPE_WEIGHT_TAR, MODEL_FILE, request.modelFile, size).catch(unreadable);
    try {
      const modelDigest = request.modelDigest ?? await sha256File(request.modelFile).then((hex) => `sha256:${hex}`, unreadable);
      if (cached && !request.modelDigest) await this.digests.remember(request.modelFile, cached.key, modelDigest);
      const first = decideVersion(name, request.version, modelDigest, existing, aliasDoc);
      let weight;
      if (!("unchanged" in first)) {
        const known = existing.find((v) => v.modelDigest === modelDigest)?.weight;
        if (known) weight = await knownFileTarBlob(MEDIA_TYPE_WEIGHT_TAR, MODEL_FILE, request.modelFile, known.digest, size);
        else weight = await (pending ?? await startFileTarBlob(MEDIA_TYPE_WEIGHT_TAR, MODEL_FILE, request.modelFile, size).catch(unreadable)).blob();
      }
      return await this.publishWith(request, name, modelDigest, weight, 0);
    } finally {
      pending?.cancel();
    }
  }
  /** `uploaded`: blobs sent already (the weight, when it went up while it was hashed) */
  async publishWith(request, name, modelDigest, weight, uploaded) {
    if (weight && await this.store.pushBlob(name, weight, request.progress) === "uploaded") uploaded++;
    const result = await this.store.exclusive(name, async () => {
      for (let attempt = 1; ; attempt++) {
        const existing = await this.versions(name);
        const aliasDoc = await this.readAliases(name);
        const decided = decideVersion(name, request.version, modelDigest, existing, aliasDoc);
        if ("unchanged" in decided) {
          this.logger.info(`${name}:${decided.unchanged.version} already holds these model bytes (${modelDigest}); nothing was uploaded.`);
          return { ...decided.unchanged, status: "unchanged", blobsUploaded: 0 };
        }
        const version = decided.version;
        weight ??= await fileTarBlob(MEDIA_TYPE_WEIGHT_TAR, MODEL_FILE, request.modelFile);
        const docsGiven = typeof request.docs === "function" ? await request.docs(version) : request.docs ?? {};
        const docs = DOC_FILES.filter((f) => docsGiven[f]).map((file) => ({ file, blob: docLayer(file, docsGiven[file]) }));
        const created = request.created ?? (/* @__PURE__ */ new Date()).toISOString();
        const built = buildModelManifest({ ...request.about, name, version, created }, weight, modelDigest, docs);
        for (const blob of [weight, ...docs.map((d) => d.blob), built.config]) {
          const outcome = await this.store.pushBlob(name, blob, blob === weight ? request.progress : void 0);
          if (outcome === "uploaded") uploaded++;
        }
        if (await this.store.getManifest(name, version)) {
          if (request.version || attempt >= READ_BACK_ATTEMPTS) throw raced(name, version);
          continue;
        }
        await this.store.putManifest(name, version, built.manifest);
        const back = await this.store.getManifest(name, version);
        if (back?.digest !== built.manifest.digest) {
          if (request.version || attempt >= READ_BACK_ATTEMPTS) throw raced(name, version);
          this.logger.warning(`Another publish took ${name}:${version} at the same moment; trying the next version.`);
          continue;
        }
        this.logger.info(`Published ${name}:${version} (${built.manifest.digest}), ${uploaded} blob(s) uploaded.`);
        return { name, version, manifestDigest: built.manifest.digest, modelDigest, status: "published", blobsUploaded: uploaded };
      }
    });
    const aliasMoves = [];
    for (const alias of request.aliases ?? []) aliasMoves.push(await this.moveAlias(name, alias, result.version, request.why ?? {}));
    return { ...result, aliasMoves, reference: formatModelReference({ store: this.location, name, digest: result.manifestDigest }) };
  }
  async moveAlias(name, alias, version, why) {
    checkModelName(name);
    checkAlias(alias, "alias");
    checkVersion(version, "version");
    return this.changeAlias(name, alias, async (doc) => {
      const target = await this.store.getManifest(name, version);
      if (!target || readModelManifest(target, `${this.where(name)}:${version}`).version !== version) {
        throw absent(`${this.where(name)}:${version}`, `${name} has no version ${version}`, name);
      }
      const from = doc.aliases[alias] ?? null;
      return from === version ? void 0 : newEntry({ kind: "move", name, alias, from, to: version, at: (/* @__PURE__ */ new Date()).toISOString(), ...why });
    });
  }
  async rollbackAlias(name, alias, why) {
    checkModelName(name);
    checkAlias(alias, "alias");
    return this.changeAlias(name, alias, async (doc) => {
      const to = rollbackTarget(doc, alias);
      return newEntry({ kind: "rollback", name, alias, from: doc.aliases[alias] ?? null, to, at: (/* @__PURE__ */ new Date()).toISOString(), ...why });
    });
  }
  /**
   * Appends one entry to the alias history. The local folder locks; a registry cannot, so the write
   * is read back (after `settleMs`) and the entry must be in the history that won, or the change is
   * made again on top of the other writer's — a concurrent promotion is never silently lost.
   */
  async changeAlias(name, alias, decide) {
    for (let attempt = 1; attempt <= READ_BACK_ATTEMPTS; attempt++) {
      const entry = await this.store.exclusive(name, async () => {
        const { doc, digest } = await this.readAliasesAt(name);
        const e = await decide(doc);
        if (!e) return void 0;
        if ((await this.store.getManifest(name, ALIASES_TAG))?.digest !== digest) return "stale";
        await this.writeAliases(name, applyEntry(doc, e));
        return e;
      });
      if (entry === "stale") {
        await new Promise((r) => setTimeout(r, 20 + Math.random() * 200));
        continue;
      }
      if (!entry) {
        const version = (await this.readAliases(name)).aliases[alias];
        this.logger.info(`${name}@${alias} already points at ${version}; nothing changed.`);
        return { name, alias, from: version, to: version, at: (/* @__PURE__ */ new Date()).toISOString() };
      }
      if (this.settleMs > 0) await new Promise((r) => setTimeout(r, this.settleMs));
      const after = await this.readAliases(name);
      if (after.history.some((e) => e.id === entry.id)) {
        if (entry.to) await this.mirrorAliasTag(name, alias, entry.to);
        this.logger.info(`${name}@${alias}: ${entry.from ?? "(unset)"} \u2192 ${entry.to}${entry.kind === "rollback" ? " (rollback)" : ""}.`);
        return publicMove(entry);
      }
      this.logger.warning(`Another change to the aliases of ${name} landed at the same moment; applying ${alias} again on top of it (attempt ${attempt}).`);
    }
    throw new UserError(`The aliases of ${name} kept changing under this update (${READ_BACK_ATTEMPTS} attempts).`, this.where(name), "Another workflow is moving aliases of this model at the same time; serialize them (a GitHub concurrency group) and run this again.");
  }
  /** the alias as a plain tag too, so `skopeo inspect oci:DIR:champion` and other OCI tools see it */
  async mirrorAliasTag(name, alias, version) {
    const stored = await this.store.getManifest(name, version);
    if (stored) await this.store.putManifest(name, alias, stored);
  }
  async readAliases(name) {
    return (await this.readAliasesAt(name)).doc;
  }
  /** the alias document and the digest of the manifest it was read from (undefined: none yet) */
  async readAliasesAt(name) {
    const stored = await this.store.getManifest(name, ALIASES_TAG);
    if (!stored) return { doc: emptyAliasDocument(name) };
    const digest = stored.digest;
    const where = `${this.where(name)} (tag ${ALIASES_TAG})`;
    const manifest = JSON.parse(stored.bytes.toString("utf8"));
    const layer = manifest.layers?.[0];
    if (!layer) return { doc: emptyAliasDocument(name), digest };
    const chunks = [];
    for await (const chunk of this.store.readBlob(name, layer)) chunks.push(Buffer.from(chunk));
    return { doc: parseAliasDocument(Buffer.concat(chunks), name, where), digest };
  }
  async writeAliases(name, doc) {
    const built = aliasDocumentManifest(doc);
    await this.store.pushBlob(name, built.layer);
    await this.store.pushBlob(name, built.config);
    await this.store.putManifest(name, ALIASES_TAG, built.manifest);
  }
  /**
   * Attaches files (the in-toto statements) to a version as an OCI referrer; 'skipped' on GHCR,
   * which has no referrers API and shows fallback tags as clutter.
   */
  async attach(name, version, artifactType, files) {
    const subject = await this.store.getManifest(name, version);
    if (!subject) throw absent(`${this.where(name)}:${version}`, `${name} has no version ${version}`, name);
    return attachReferrer(this.store, name, subject, artifactType, files, (/* @__PURE__ */ new Date()).toISOString());
  }
  /** what is attached to a version, each with its files' bytes (verified) */
  async attachments(name, version) {
    const subject = await this.resolve({ store: this.location, name, version });
    const out = [];
    for (const descriptor of await listReferrers(this.store, name, subject.manifestDigest)) {
      const stored = await this.store.getManifest(name, descriptor.digest);
      if (!stored) continue;
      const manifest = JSON.parse(stored.bytes.toString("utf8"));
      if (manifest.subject?.digest !== subject.manifestDigest) continue;
      const files = [];
      for (const layer of manifest.layers ?? []) {
        const chunks = [];
        for await (const chunk of this.store.readBlob(name, layer)) chunks.push(Buffer.from(chunk));
        files.push({ name: layer.annotations?.["org.opencontainers.image.title"] ?? layer.digest, bytes: Buffer.concat(chunks) });
      }
      out.push({ digest: stored.digest, artifactType: manifest.artifactType, files });
    }
    return out;
  }
  /** the versions an alias has held, oldest first, without those rolled back */
  async aliasTargets(name, alias) {
    return aliasStack(await this.readAliases(name), alias);
  }
};
function decideVersion(name, given, modelDigest, existing, doc) {
  if (given) {
    if (given in doc.aliases) throw new UserError(`"${given}" is an alias of ${name}, so it cannot be a version too.`, 'input "version"', "Choose another version.");
    const same2 = existing.find((v) => v.version === given);
    if (same2) {
      if (same2.modelDigest === modelDigest) return { unchanged: same2 };
      throw new UserError(
        `${name}:${given} already exists with different model bytes (${same2.modelDigest}, this file is ${modelDigest}); versions are immutable.`,
        'input "version"',
        'Publish under a new version (leave "version" empty for the next v<n>), and move an alias to it.'
      );
    }
    return { version: given };
  }
  const same = existing.filter((v) => v.modelDigest === modelDigest);
  if (same.length > 0) return { unchanged: same[same.length - 1] };
  const numbers = existing.map((v) => /^v(\d+)$/.exec(v.version)).filter((m) => !!m).map((m) => Number(m[1]));
  return { version: `v${Math.max(0, ...numbers) + 1}` };
}
function unreadableModel(file) {
  return (err) => {
    throw new UserError(`The model ${file} cannot be read (${err.code ?? err.message}).`, "input model", "Point it at the .onnx file to publish.");
  };
}
function changedMeanwhile(file, before, after) {
  return new UserError(`The model ${file} changed while it was being published: it was ${before} when checked and ${after} when uploaded.`, "input model", "Publish it again once nothing writes to it; the uploaded layer is not tagged.");
}
function absent(reference, what, name) {
  return new UserError(`${reference} cannot be resolved: ${what}.`, reference, `List what exists with: mlci registry versions ${name}`);
}
function raced(name, version) {
  return new UserError(`${name}:${version} was published by someone else at the same moment.`, 'input "version"', "Run the publish again: it takes the next free version.");
}

// shared/registry/index.ts
var REMOTE_SETTLE_MS = 300;
function openRegistry(location, options) {
  const digests = digestCacheFor(options.env);
  if (isRemoteStore(location)) {
    return new OciModelRegistry(new RemoteStore(location, { env: options.env, logger: options.logger, fetch: options.fetch }), options.logger, REMOTE_SETTLE_MS, digests);
  }
  return new OciModelRegistry(new LayoutStore(location), options.logger, 0, digests);
}

export {
  LayoutStore,
  RemoteStore,
  DEFAULT_STORE,
  defaultRegistryLocation,
  checkModelName,
  checkAlias,
  checkVersion,
  parseModelReference,
  formatModelReference,
  isRemoteStore,
  compareVersions,
  OciModelRegistry,
  openRegistry
};
