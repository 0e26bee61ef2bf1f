import { createRequire as __mlciCreateRequire } from 'node:module'; var __mlciRequire; function require(id) { return (__mlciRequire ??= __mlciCreateRequire(import.meta.url))(id); }
import {
  SCHEMA_FORMAT_AJV_OPTIONS,
  loadDataSchema,
  parseDataSchema
} from "./chunk-WS55J44I.mjs";
import "./chunk-GCVRP6ZO.mjs";
import "./chunk-OTA34LXD.mjs";
import "./chunk-MHOJOIAV.mjs";
import "./chunk-PWERFMPE.mjs";
import "./chunk-4NDXX6IS.mjs";
export {
  SCHEMA_FORMAT_AJV_OPTIONS,
  loadDataSchema,
  parseDataSchema
};
