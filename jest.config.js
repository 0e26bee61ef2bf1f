// Jest runs the TypeScript sources as native ES modules (the @actions/* packages are ESM-only);
// @swc/jest strips types without type-checking, `npm run typecheck` does that separately.
export default {
  // onnxruntime-node builds its output arrays in Node's main context; this environment gives each
  // test file the same typed-array classes so that session.run works inside jest.
  testEnvironment: '<rootDir>/test/runtime/ort-environment.js',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: {
    '^.+\\.ts$': ['@swc/jest', { jsc: { parser: { syntax: 'typescript' }, target: 'es2022' }, module: { type: 'es6' } }],
  },
  testTimeout: 60000,
  // one scratch folder per run, TMPDIR for every test and child, removed at the end
  globalSetup: '<rootDir>/test/support/temp-dir-setup.cjs',
  globalTeardown: '<rootDir>/test/support/temp-dir-teardown.cjs',
  reporters: ['default', '<rootDir>/test/support/summary-reporter.cjs'],
};
