import { logGamma } from '../../stats/special-functions.js';

/**
 * Survival function of the one-sample two-sided Kolmogorov statistic D_n, P(D_n ≥ x), following
 * Simard & L'Ecuyer (2011) as scipy's kstwo does: the exact Durbin matrix method where it is cheap,
 * Smirnov's one-sided formula doubled in the upper tail, the Pelz–Good series for large n.
 */
export function kolmogorovSurvival(n: number, x: number): number {
  if (x >= 1) return 0;
  if (x <= 0) return 1;
  const t = n * x;
  if (t <= 1) {
    // Ruben–Gambino: P(D_n < x) = n!/n^n (2t − 1)^n for 1/2n ≤ x ≤ 1/n
    if (t <= 0.5) return 1;
    return clip(1 - Math.exp(logFactorialOverPower(n) + n * Math.log(2 * t - 1)));
  }
  if (t >= n - 1) return clip(2 * (1 - x) ** n);
  if (x >= 0.5) return clip(2 * smirnovSurvival(n, x));
  const nx2 = t * x;
  if (n <= 140) {
    if (nx2 <= 4) return clip(1 - durbinCdf(n, x));
    return clip(2 * smirnovSurvival(n, x));
  }
  if (nx2 >= 370) return 0;
  if (nx2 >= 2.2) return clip(2 * smirnovSurvival(n, x));
  if (n <= 100000 && n * x ** 1.5 <= 1.4) return clip(1 - durbinCdf(n, x));
  return clip(1 - pelzGoodCdf(n, x));
}

function clip(p: number): number {
  return Math.min(1, Math.max(0, p));
}

function logFactorialOverPower(n: number): number {
  return logGamma(n + 1) - n * Math.log(n);
}

/**
 * One-sided Smirnov survival P(D_n⁺ ≥ x), Birnbaum–Tingey:
 * x Σ_{j=0}^{⌊n(1−x)⌋} C(n, j) (1 − x − j/n)^(n−j) (x + j/n)^(j−1), summed in logs.
 */
export function smirnovSurvival(n: number, x: number): number {
  const last = Math.floor(n * (1 - x) + 1e-12);
  const logNFact = logGamma(n + 1);
  let sum = 0;
  for (let j = 0; j <= last; j++) {
    const a = 1 - x - j / n;
    if (a <= 0) break;
    const logTerm = logNFact - logGamma(j + 1) - logGamma(n - j + 1) + (n - j) * Math.log(a) + (j - 1) * Math.log(x + j / n);
    sum += Math.exp(logTerm);
  }
  return x * sum;
}

/**
 * P(D_n < x) exactly, by the Durbin matrix method as Marsaglia, Tsang & Wang (2003) compute it:
 * with nx = k − h, the answer is n!/n^n times the (k, k) entry of H^n for a (2k−1)² matrix H.
 * Powers are scaled by 2^128 as they grow and the scale is carried in an exponent.
 */
export function durbinCdf(n: number, x: number): number {
  const nd = n * x;
  if (nd <= 0.5) return 0;
  const k = Math.ceil(nd);
  const h = k - nd;
  const m = 2 * k - 1;
  const H = new Float64Array(m * m);
  // inside: H[r][c] = 1/(r − c + 1)! on and below the superdiagonal
  const inverseFactorial = [1];
  for (let i = 1; i <= m; i++) inverseFactorial.push(inverseFactorial[i - 1]! / i);
  for (let r = 0; r < m; r++) for (let c = 1; c <= Math.min(r + 1, m - 1); c++) H[r * m + c] = inverseFactorial[r - c + 1]!;
  // first column and last row: (1 − h^i)/i!, with the corner (1 − 2h^m + max(0, 2h − 1)^m)/m!
  for (let i = 1; i <= m; i++) {
    const edge = (1 - h ** i) * inverseFactorial[i]!;
    H[(i - 1) * m] = edge;
    H[(m - 1) * m + (m - i)] = edge;
  }
  H[(m - 1) * m] = (1 - 2 * h ** m + Math.max(0, 2 * h - 1) ** m) * inverseFactorial[m]!;
  const SCALE_EXP = 128;
  const SCALE = 2 ** SCALE_EXP;
  let power: Float64Array | undefined;
  let powerExp = 0;
  let base: Float64Array = H;
  let baseExp = 0;
  for (let e = n; e > 0; e = Math.floor(e / 2)) {
    if (e % 2 === 1) {
      power = power ? multiply(power, base, m) : base.slice();
      powerExp += baseExp;
      if (Math.abs(power[(k - 1) * m + (k - 1)]!) > SCALE) {
        scaleDown(power, SCALE);
        powerExp += SCALE_EXP;
      }
    }
    if (e > 1) {
      base = multiply(base, base, m);
      baseExp *= 2;
      if (Math.abs(base[(k - 1) * m + (k - 1)]!) > SCALE) {
        scaleDown(base, SCALE);
        baseExp += SCALE_EXP;
      }
    }
  }
  let p = power![(k - 1) * m + (k - 1)]!;
  // times n!/n^n, keeping p in range
  for (let i = 1; i <= n; i++) {
    p = (p * i) / n;
    if (Math.abs(p) < 1 / SCALE) {
      p *= SCALE;
      powerExp -= SCALE_EXP;
    }
  }
  return clip(p * 2 ** powerExp);
}

function multiply(a: Float64Array, b: Float64Array, m: number): Float64Array {
  const out = new Float64Array(m * m);
  for (let i = 0; i < m; i++) {
    for (let l = 0; l < m; l++) {
      const ail = a[i * m + l]!;
      if (ail === 0) continue;
      const row = l * m;
      const at = i * m;
      for (let j = 0; j < m; j++) out[at + j]! += ail * b[row + j]!;
    }
  }
  return out;
}

function scaleDown(a: Float64Array, by: number): void {
  for (let i = 0; i < a.length; i++) a[i]! /= by;
}

/**
 * Pelz & Good's (1976) asymptotic series for P(D_n ≤ x): K₀(z) + K₁(z)/√n + K₂(z)/n + K₃(z)/n^1.5
 * at z = x√n, each term written as a theta-function sum that converges fast for small z.
 */
export function pelzGoodCdf(n: number, x: number): number {
  const z = Math.sqrt(n) * x;
  const z2 = z * z;
  const pi2 = Math.PI ** 2;
  const qLog = -pi2 / 8 / z2;
  if (qLog < -745) return 0;
  const sqrt2pi = Math.sqrt(2 * Math.PI);
  const terms = Math.ceil((16 * z) / Math.PI);
  const K = [0, 0, 0, 0];
  for (let k = 1; k <= terms; k++) {
    const odd = 2 * k - 1;
    const o2 = odd * odd;
    const w = Math.exp(qLog * o2); // q^((2k−1)²)
    K[0]! += w;
    K[1]! += w * (pi2 * o2 / 4 - z2);
    K[2]! += w * (6 * z2 ** 3 + 2 * z2 * z2 + (pi2 / 4) * (2 * z2 * z2 - 5 * z2) * o2 + (pi2 * pi2 / 16) * (1 - 2 * z2) * o2 * o2);
    K[3]! += w * (-30 * z2 ** 3 - 90 * z2 ** 4 + (pi2 / 4) * (135 * z2 * z2 - 96 * z2 ** 3) * o2 + (pi2 * pi2 / 16) * (212 * z2 * z2 - 60 * z2) * o2 * o2 + (pi2 ** 3 / 64) * (5 - 30 * z2) * o2 ** 3);
  }
  K[0]! *= sqrt2pi / z;
  K[1]! *= sqrt2pi / (6 * z2 * z2);
  K[2]! *= sqrt2pi / (72 * z2 ** 3 * z);
  K[3]! *= sqrt2pi / (6480 * z2 ** 5);
  // the integer-indexed parts of K₂ and K₃
  let k2Extra = 0;
  let k3Extra = 0;
  for (let k = 1; k <= terms; k++) {
    const k2 = k * k;
    const w = Math.exp((-pi2 / 2 / z2) * k2);
    k2Extra += k2 * w;
    k3Extra += (3 * z2 - pi2 * k2) * k2 * w;
  }
  K[2]! += (k2Extra * pi2 * sqrt2pi) / (-36 * z2 * z);
  K[3]! += (k3Extra * pi2 * sqrt2pi) / (216 * z2 ** 3);
  return K[0]! + K[1]! / Math.sqrt(n) + K[2]! / n + K[3]! / n ** 1.5;
}
