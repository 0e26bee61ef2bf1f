import { createRequire as __mlciCreateRequire } from 'node:module'; const require = __mlciCreateRequire(import.meta.url);
import {
  literal,
  renderPublishSection
} from "./chunk-K6OFG3ZD.mjs";
import "./chunk-W3R24WOA.mjs";
import "./chunk-AR3GCIHW.mjs";
export {
  literal,
  renderPublishSection
};
