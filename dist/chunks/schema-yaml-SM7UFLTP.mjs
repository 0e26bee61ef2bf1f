import { createRequire as __mlciCreateRequire } from 'node:module'; var __mlciRequire; function require(id) { return (__mlciRequire ??= __mlciCreateRequire(import.meta.url))(id); }
import {
  schemaToYaml
} from "./chunk-FSXBXAWJ.mjs";
import "./chunk-MHOJOIAV.mjs";
import "./chunk-4NDXX6IS.mjs";
export {
  schemaToYaml
};
