import { ONNXRUNTIME_NODE_VERSION } from '../runtime/onnxruntime.js';

/** mlci's own version, as package.json has it (the bundled actions have no package.json to read). */
export const MLCI_VERSION = '0.1.0';

/** The versions a lineage record names: what ran the training and checked the model. */
export function toolVersions(): Record<string, string> {
  return { mlci: MLCI_VERSION, node: process.version, 'onnxruntime-node': ONNXRUNTIME_NODE_VERSION, platform: `${process.platform}-${process.arch}` };
}
