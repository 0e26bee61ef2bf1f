import { createRequire as __mlciCreateRequire } from 'node:module'; const require = __mlciCreateRequire(import.meta.url);
import {
  ArtifactNotFoundError,
  DefaultArtifactClient,
  FilesNotFoundError,
  GHESNotSupportedError,
  InvalidResponseError,
  NetworkError,
  UsageError,
  artifact_default
} from "./chunk-D2JPEGPM.mjs";
import "./chunk-NI3MXOQQ.mjs";
import "./chunk-6V7PLJ64.mjs";
import "./chunk-F3W6LORK.mjs";
import "./chunk-WN4AXQJE.mjs";
import "./chunk-ACEXHTKS.mjs";
import "./chunk-TRVXNPE4.mjs";
import "./chunk-KIGGRBSE.mjs";
import "./chunk-TLFW3MUB.mjs";
export {
  ArtifactNotFoundError,
  DefaultArtifactClient,
  FilesNotFoundError,
  GHESNotSupportedError,
  InvalidResponseError,
  NetworkError,
  UsageError,
  artifact_default as default
};
