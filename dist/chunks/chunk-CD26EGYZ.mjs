import { createRequire as __mlciCreateRequire } from 'node:module'; var __mlciRequire; function require(id) { return (__mlciRequire ??= __mlciCreateRequire(import.meta.url))(id); }
import {
  UserError
} from "./chunk-PWERFMPE.mjs";

// shared/registry/oci/remote-location.ts
var LOOPBACK = /^(127\.\d+\.\d+\.\d+|localhost|\[::1\])(:\d+)?$/;
function parseRemoteLocation(location) {
  const body = location.replace(/^oci:\/\//, "").replace(/\/+$/, "");
  const slash = body.indexOf("/");
  const host = slash < 0 ? body : body.slice(0, slash);
  const path = slash < 0 ? "" : body.slice(slash + 1);
  if (!host || !/^[A-Za-z0-9.-]+(:\d+)?$|^\[::1\](:\d+)?$/.test(host)) {
    throw new UserError(`"${location}" does not name a registry host.`, location, "Write oci://HOST[:PORT]/PATH, e.g. oci://ghcr.io/OWNER/models.");
  }
  if (path && !/^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:\/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*$/.test(path)) {
    throw new UserError(`"${path}" is not a valid repository path.`, location, 'Use lower-case path segments separated by "/", e.g. oci://ghcr.io/acme/models.');
  }
  return { host, base: `${LOOPBACK.test(host) ? "http" : "https"}://${host}`, path };
}

export {
  parseRemoteLocation
};
