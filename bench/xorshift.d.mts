/** a deterministic xorshift generator in [0, 1) (bench/xorshift.mjs; the tests seed it too) */
export function rng(seed: number): () => number;
