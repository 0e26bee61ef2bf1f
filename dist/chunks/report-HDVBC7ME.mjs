import { createRequire as __mlciCreateRequire } from 'node:module'; const require = __mlciCreateRequire(import.meta.url);
import {
  literal,
  renderPublishSection
} from "./chunk-E5OCHO3E.mjs";
import "./chunk-W3R24WOA.mjs";
import "./chunk-TLFW3MUB.mjs";
export {
  literal,
  renderPublishSection
};
