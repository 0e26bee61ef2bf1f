import { createRequire as __mlciCreateRequire } from 'node:module'; const require = __mlciCreateRequire(import.meta.url);
import {
  DEFAULT_STORE,
  LayoutStore,
  OciModelRegistry,
  RemoteStore,
  checkAlias,
  checkModelName,
  checkVersion,
  compareVersions,
  defaultRegistryLocation,
  formatModelReference,
  isRemoteStore,
  openRegistry,
  parseModelReference
} from "./chunk-LXBRWPP7.mjs";
import "./chunk-Q4WQX3GU.mjs";
import "./chunk-Z4R5VC6V.mjs";
import "./chunk-K2VXTGZW.mjs";
import "./chunk-PM5NLK37.mjs";
import "./chunk-LMEGT7DZ.mjs";
import "./chunk-Y5HJ3DQY.mjs";
import "./chunk-TLFW3MUB.mjs";
export {
  DEFAULT_STORE,
  LayoutStore,
  OciModelRegistry,
  RemoteStore,
  checkAlias,
  checkModelName,
  checkVersion,
  compareVersions,
  defaultRegistryLocation,
  formatModelReference,
  isRemoteStore,
  openRegistry,
  parseModelReference
};
