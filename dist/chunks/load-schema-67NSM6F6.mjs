import { createRequire as __mlciCreateRequire } from 'node:module'; var __mlciRequire; function require(id) { return (__mlciRequire ??= __mlciCreateRequire(import.meta.url))(id); }
import {
  loadDataSchema,
  parseDataSchema
} from "./chunk-5SQ27QIJ.mjs";
import "./chunk-45GIILXT.mjs";
import "./chunk-OTA34LXD.mjs";
import "./chunk-BLYFCIPT.mjs";
import "./chunk-MHOJOIAV.mjs";
import "./chunk-PWERFMPE.mjs";
import "./chunk-4NDXX6IS.mjs";
export {
  loadDataSchema,
  parseDataSchema
};
