// aliased: a bundle's banner may declare createRequire itself (test/train/signal-forwarding.test.ts's does)
import { createRequire as createNodeRequire } from 'node:module';

/**
 * node:crypto, required rather than imported. As an ES module node builds all its exports on
 * import, webcrypto's among them (5–10 ms, at every `mlci help` and every step's start); the
 * CommonJS module builds webcrypto only when it is read. Modules on the start-up path take
 * createHash and randomBytes from here.
 */
export const nodeCrypto = createNodeRequire(import.meta.url)('node:crypto') as typeof import('node:crypto');
