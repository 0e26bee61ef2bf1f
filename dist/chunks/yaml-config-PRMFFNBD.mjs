import { createRequire as __mlciCreateRequire } from 'node:module'; var __mlciRequire; function require(id) { return (__mlciRequire ??= __mlciCreateRequire(import.meta.url))(id); }
import {
  parseYamlConfig,
  parseYamlConfigWithYaml
} from "./chunk-ZKCPA3OA.mjs";
import "./chunk-OTA34LXD.mjs";
import "./chunk-3S52KM2R.mjs";
import "./chunk-MHOJOIAV.mjs";
import "./chunk-PWERFMPE.mjs";
import "./chunk-4NDXX6IS.mjs";
export {
  parseYamlConfig,
  parseYamlConfigWithYaml
};
