/**
 * Solves A·x = b for a symmetric positive semi-definite p × p matrix A (row-major): by Cholesky
 * when A is positive definite, else by the eigen-decomposition pseudo-inverse, which gives the
 * minimum-norm least-squares solution for collinear features, as numpy's lstsq does.
 */
export function solveSymmetric(a: Float64Array, b: Float64Array, p: number): { x: Float64Array; rankDeficient: boolean } {
  const x = solveCholesky(a, b, p);
  if (x) return { x, rankDeficient: false };
  return { x: solvePseudoInverse(a, b, p), rankDeficient: true };
}

function solveCholesky(a: Float64Array, b: Float64Array, p: number): Float64Array | undefined {
  const l = new Float64Array(p * p);
  let maxDiagonal = 0;
  for (let i = 0; i < p; i++) maxDiagonal = Math.max(maxDiagonal, a[i * p + i]!);
  const floor = 1e-10 * Math.max(maxDiagonal, 1e-300);
  for (let i = 0; i < p; i++) {
    for (let j = 0; j <= i; j++) {
      let sum = a[i * p + j]!;
      for (let k = 0; k < j; k++) sum -= l[i * p + k]! * l[j * p + k]!;
      if (i === j) {
        if (!(sum > floor)) return undefined;
        l[i * p + i] = Math.sqrt(sum);
      } else {
        l[i * p + j] = sum / l[j * p + j]!;
      }
    }
  }
  const y = new Float64Array(p);
  for (let i = 0; i < p; i++) {
    let sum = b[i]!;
    for (let k = 0; k < i; k++) sum -= l[i * p + k]! * y[k]!;
    y[i] = sum / l[i * p + i]!;
  }
  const x = new Float64Array(p);
  for (let i = p - 1; i >= 0; i--) {
    let sum = y[i]!;
    for (let k = i + 1; k < p; k++) sum -= l[k * p + i]! * x[k]!;
    x[i] = sum / l[i * p + i]!;
  }
  return x;
}

/** Cyclic Jacobi eigen-decomposition; p is the number of features, so p³ per sweep is cheap. */
function solvePseudoInverse(a: Float64Array, b: Float64Array, p: number): Float64Array {
  const m = Float64Array.from(a);
  const v = new Float64Array(p * p);
  for (let i = 0; i < p; i++) v[i * p + i] = 1;
  for (let sweep = 0; sweep < 100; sweep++) {
    let off = 0;
    for (let i = 0; i < p; i++) for (let j = i + 1; j < p; j++) off += m[i * p + j]! ** 2;
    if (off < 1e-30) break;
    for (let q = 0; q < p; q++) {
      for (let r = q + 1; r < p; r++) {
        const aqr = m[q * p + r]!;
        if (Math.abs(aqr) < 1e-300) continue;
        const theta = (m[r * p + r]! - m[q * p + q]!) / (2 * aqr);
        const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const c = 1 / Math.sqrt(t * t + 1);
        const s = t * c;
        for (let k = 0; k < p; k++) {
          const mkq = m[k * p + q]!;
          const mkr = m[k * p + r]!;
          m[k * p + q] = c * mkq - s * mkr;
          m[k * p + r] = s * mkq + c * mkr;
        }
        for (let k = 0; k < p; k++) {
          const mqk = m[q * p + k]!;
          const mrk = m[r * p + k]!;
          m[q * p + k] = c * mqk - s * mrk;
          m[r * p + k] = s * mqk + c * mrk;
        }
        for (let k = 0; k < p; k++) {
          const vkq = v[k * p + q]!;
          const vkr = v[k * p + r]!;
          v[k * p + q] = c * vkq - s * vkr;
          v[k * p + r] = s * vkq + c * vkr;
        }
      }
    }
  }
  let maxEigen = 0;
  for (let i = 0; i < p; i++) maxEigen = Math.max(maxEigen, Math.abs(m[i * p + i]!));
  const cutoff = maxEigen * p * 1e-12;
  const x = new Float64Array(p);
  for (let e = 0; e < p; e++) {
    const lambda = m[e * p + e]!;
    if (lambda <= cutoff) continue;
    let projection = 0;
    for (let k = 0; k < p; k++) projection += v[k * p + e]! * b[k]!;
    const w = projection / lambda;
    for (let k = 0; k < p; k++) x[k]! += w * v[k * p + e]!;
  }
  return x;
}
