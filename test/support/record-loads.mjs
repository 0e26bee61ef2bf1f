// `node --import=<this file>`: appends the URL of every module node loads (after this one) to the
// file named by MLCI_RECORD_LOADS, one a line. For tests of what a bundle loads when it runs.
import { register } from 'node:module';

register('./record-loads-hooks.mjs', import.meta.url);
