import { createRequire as __mlciCreateRequire } from 'node:module'; var __mlciRequire; function require(id) { return (__mlciRequire ??= __mlciCreateRequire(import.meta.url))(id); }
import {
  nodeCrypto
} from "./chunk-WVQARYMP.mjs";

// shared/fs/atomic.ts
import { closeSync, mkdirSync, openSync, renameSync, rmSync, writeSync as writeSync2 } from "node:fs";
import { mkdir, rename, rm, writeFile } from "node:fs/promises";
import { basename, dirname, join } from "node:path";

// shared/fs/write-fully.ts
import { writeSync } from "node:fs";
function writeFully(fd, bytes, position) {
  writeFullyWith(writeSync, fd, bytes, position);
}
function writeFullyWith(write, fd, bytes, position) {
  for (let done = 0; done < bytes.byteLength; ) done += write(fd, bytes, done, bytes.byteLength - done, position + done);
}

// shared/fs/atomic.ts
async function writeFileAtomic(path, data) {
  const dir = dirname(path);
  await mkdir(dir, { recursive: true });
  const temp = tempPath(path);
  try {
    await writeFile(temp, data);
    await rename(temp, path);
  } catch (err) {
    await rm(temp, { force: true });
    throw err;
  }
}
async function writeJsonAtomic(path, value) {
  await writeFileAtomic(path, jsonFileText(value));
}
function jsonFileText(value) {
  return `${JSON.stringify(value, null, 2)}
`;
}
function writeJsonAtomicSync(path, value) {
  writeFileAtomicSync(path, jsonFileText(value));
}
function writeFileAtomicSync(path, data) {
  const dir = dirname(path);
  mkdirSync(dir, { recursive: true });
  const temp = tempPath(path);
  try {
    const fd = openSync(temp, "w");
    try {
      if (typeof data === "string" || data instanceof Uint8Array) writeText(fd, data, 0);
      else {
        let position = 0;
        for (const piece of data) position += writeText(fd, piece, position);
      }
    } finally {
      closeSync(fd);
    }
    renameSync(temp, path);
  } catch (err) {
    rmSync(temp, { force: true });
    throw err;
  }
}
function writeText(fd, data, position) {
  if (typeof data !== "string") {
    writeFully(fd, data, position);
    return data.byteLength;
  }
  const length = Buffer.byteLength(data);
  const written = writeSync2(fd, data, position);
  if (written < length) writeFully(fd, Buffer.from(data).subarray(written), position + written);
  return length;
}
function tempPath(path) {
  return join(dirname(path), `.${basename(path)}.${nodeCrypto.randomBytes(6).toString("hex")}.tmp`);
}

export {
  writeFully,
  writeFullyWith,
  writeFileAtomic,
  writeJsonAtomic,
  jsonFileText,
  writeJsonAtomicSync,
  writeFileAtomicSync
};
