import { createRequire as __mlciCreateRequire } from 'node:module'; const require = __mlciCreateRequire(import.meta.url);

// shared/fs/digest.ts
import { createHash } from "node:crypto";
import { open } from "node:fs/promises";
async function sha256File(path) {
  const hash = createHash("sha256");
  const buffer = Buffer.allocUnsafe(1 << 22);
  const handle = await open(path, "r");
  try {
    for (; ; ) {
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, null);
      if (bytesRead === 0) break;
      hash.update(buffer.subarray(0, bytesRead));
    }
  } finally {
    await handle.close();
  }
  return hash.digest("hex");
}
function sha256Bytes(bytes) {
  return createHash("sha256").update(bytes).digest("hex");
}

export {
  sha256File,
  sha256Bytes
};
