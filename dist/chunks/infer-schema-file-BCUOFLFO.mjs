import { createRequire as __mlciCreateRequire } from 'node:module'; const require = __mlciCreateRequire(import.meta.url);
import {
  inferSchemaFile
} from "./chunk-2D24C5XB.mjs";
import "./chunk-U6A5XXDV.mjs";
import "./chunk-DYWEVUKM.mjs";
import "./chunk-C7UD2C3U.mjs";
import "./chunk-JCJ7PNO6.mjs";
import "./chunk-E4GX3LBF.mjs";
import "./chunk-WKRJA3LE.mjs";
import "./chunk-MUF43UFQ.mjs";
import "./chunk-SKS7E2VR.mjs";
import "./chunk-LMEGT7DZ.mjs";
import "./chunk-Y5HJ3DQY.mjs";
import "./chunk-AR3GCIHW.mjs";
export {
  inferSchemaFile
};
