/**
 * Limited-memory BFGS with a backtracking (Armijo) line search, for the smooth convex objectives
 * of the linear models. Small and dependency-free; the objectives are well conditioned because the
 * features are standardized first.
 */
export interface MinimizeOptions {
  maxIterations: number;
  /** stop when the largest gradient component falls below this */
  gradientTolerance: number;
  /** pairs of (step, gradient change) remembered */
  memory?: number;
}

export interface MinimizeResult {
  x: Float64Array;
  value: number;
  iterations: number;
  converged: boolean;
}

/** Writes the gradient at x into `gradient` and returns the objective value. */
export type Objective = (x: Float64Array, gradient: Float64Array) => number;

function dot(a: Float64Array, b: Float64Array): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i]! * b[i]!;
  return s;
}

function maxAbs(a: Float64Array): number {
  let m = 0;
  for (let i = 0; i < a.length; i++) m = Math.max(m, Math.abs(a[i]!));
  return m;
}

export function minimizeLbfgs(objective: Objective, start: Float64Array, options: MinimizeOptions): MinimizeResult {
  const n = start.length;
  const memory = options.memory ?? 10;
  let x = Float64Array.from(start);
  let gradient = new Float64Array(n);
  let value = objective(x, gradient);
  const steps: Float64Array[] = [];
  const changes: Float64Array[] = [];
  const rhos: number[] = [];
  const direction = new Float64Array(n);
  const alphas = new Float64Array(memory);
  let nextX = new Float64Array(n);
  let nextGradient = new Float64Array(n);

  for (let iteration = 0; iteration < options.maxIterations; iteration++) {
    if (maxAbs(gradient) < options.gradientTolerance) return { x, value, iterations: iteration, converged: true };

    // two-loop recursion: direction = -H·gradient
    direction.set(gradient);
    for (let k = steps.length - 1; k >= 0; k--) {
      const a = rhos[k]! * dot(steps[k]!, direction);
      alphas[k] = a;
      const y = changes[k]!;
      for (let i = 0; i < n; i++) direction[i]! -= a * y[i]!;
    }
    if (steps.length > 0) {
      const last = steps.length - 1;
      const gamma = dot(steps[last]!, changes[last]!) / dot(changes[last]!, changes[last]!);
      for (let i = 0; i < n; i++) direction[i]! *= gamma;
    }
    for (let k = 0; k < steps.length; k++) {
      const b = rhos[k]! * dot(changes[k]!, direction);
      const s = steps[k]!;
      const a = alphas[k]!;
      for (let i = 0; i < n; i++) direction[i]! += s[i]! * (a - b);
    }
    for (let i = 0; i < n; i++) direction[i] = -direction[i]!;

    let slope = dot(direction, gradient);
    if (slope >= 0) {
      // not a descent direction (curvature information went stale): restart from steepest descent
      steps.length = changes.length = rhos.length = 0;
      for (let i = 0; i < n; i++) direction[i] = -gradient[i]!;
      slope = dot(direction, gradient);
    }

    // first step of a fresh start is scaled so that it moves about one unit
    let step = steps.length === 0 ? Math.min(1, 1 / Math.max(1e-12, maxAbs(gradient))) : 1;
    let nextValue = Infinity;
    let accepted = false;
    for (let tries = 0; tries < 40; tries++) {
      for (let i = 0; i < n; i++) nextX[i] = x[i]! + step * direction[i]!;
      nextValue = objective(nextX, nextGradient);
      if (Number.isFinite(nextValue) && nextValue <= value + 1e-4 * step * slope) {
        accepted = true;
        break;
      }
      step *= 0.5;
    }
    if (!accepted) return { x, value, iterations: iteration, converged: false };

    const s = new Float64Array(n);
    const y = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      s[i] = nextX[i]! - x[i]!;
      y[i] = nextGradient[i]! - gradient[i]!;
    }
    const sy = dot(s, y);
    if (sy > 1e-12) {
      if (steps.length === memory) {
        steps.shift();
        changes.shift();
        rhos.shift();
      }
      steps.push(s);
      changes.push(y);
      rhos.push(1 / sy);
    }
    const relativeDecrease = (value - nextValue) / Math.max(Math.abs(value), Math.abs(nextValue), 1);
    [x, nextX] = [nextX, x];
    [gradient, nextGradient] = [nextGradient, gradient];
    value = nextValue;
    if (relativeDecrease < 1e-14) return { x, value, iterations: iteration + 1, converged: true };
  }
  return { x, value, iterations: options.maxIterations, converged: maxAbs(gradient) < options.gradientTolerance };
}
