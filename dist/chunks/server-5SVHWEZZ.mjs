import { createRequire as __mlciCreateRequire } from 'node:module'; const require = __mlciCreateRequire(import.meta.url);
import {
  EXTENSIONS,
  SERVER_NAME,
  SERVER_VERSION,
  startModelServer
} from "./chunk-YSUNIHAU.mjs";
import "./chunk-OTYOOWWS.mjs";
import "./chunk-AXAXOHK6.mjs";
import "./chunk-NARU4ZN7.mjs";
import "./chunk-J6RHOAJ7.mjs";
import "./chunk-WKRJA3LE.mjs";
import "./chunk-TYKU4UA5.mjs";
import "./chunk-PM5NLK37.mjs";
import "./chunk-Y5HJ3DQY.mjs";
import "./chunk-TLFW3MUB.mjs";
export {
  EXTENSIONS,
  SERVER_NAME,
  SERVER_VERSION,
  startModelServer
};
