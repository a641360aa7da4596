/**
 * The leading eigenpair of a real symmetric matrix known only through its products, by the
 * Lanczos iteration (Lanczos 1950; Golub & Van Loan, Matrix Computations, 4th ed., §10.1),
 * restarted from its Ritz vector when the basis is full.
 *
 * Why not power iteration here: on a network with a small spectral gap, power iteration on
 * A + I needs hundreds of products to reach 10⁻¹² (the error shrinks by (λ₂ + 1)/(λ₁ + 1)
 * per product), while Lanczos needs about the square root of that many, as igraph's ARPACK.
 * The basis is not reorthogonalised: orthogonality is only lost along a Ritz vector once it
 * has converged (Paige 1980), which is where this stops; and before a vector is returned, its
 * residual ‖A·x − θ·x‖ is computed with one more product, so a drift can only cost a restart,
 * never a wrong answer.
 */

/**
 * product = A · vector, writing every entry of product; returns vector · product, which the
 * iteration needs after every product (computed in the same loop, it costs no pass of its own).
 */
export type Multiply = (vector: Float64Array, product: Float64Array) => number;

export interface LanczosOptions {
  /** Basis vectors kept before restarting (memory: steps × order numbers). */
  steps: number;
  /** The residual ‖A·x − θ·x‖ to aim for, as the iteration estimates it. */
  aimedResidual: (value: number) => number;
  /**
   * The largest residual accepted when it is computed from the vector itself. Above the
   * aimed one, because without reorthogonalisation the computed residual can stall a little
   * above the estimate near machine precision, where restarting would not get lower.
   */
  acceptedResidual: (value: number) => number;
  /** Products of A allowed in all, restarts and checks included. */
  maxProducts: number;
}

export interface Eigenpair {
  value: number;
  /** Unit length; its sign is the one Lanczos found. */
  vector: Float64Array;
}

/**
 * The eigenpair of the largest (algebraic) eigenvalue, starting from `start` (which must not
 * be orthogonal to it: for a non-negative matrix, any positive vector); null when
 * maxProducts were not enough.
 */
export function leadingEigenpair(
  start: Float64Array,
  multiply: Multiply,
  options: LanczosOptions,
): Eigenpair | null {
  const order = start.length;
  const steps = Math.max(1, Math.min(options.steps, order));
  const alphas = new Float64Array(steps);
  const betas = new Float64Array(steps);
  const basis: Float64Array[] = [];
  let first: Float64Array = Float64Array.from(start);
  let firstScale = 1 / Math.sqrt(squaredLength(first));
  let work = new Float64Array(order);
  let products = 0;
  while (products < options.maxProducts) {
    basis.length = 0;
    basis.push(first);
    // A new basis vector is kept unscaled, with the factor that gives it unit length, and
    // scaled in place by the next step's removeTwo: a pass over it saved per step.
    let currentScale = firstScale;
    for (let step = 0; ; step += 1) {
      const current = basis[step]!;
      const alpha = multiply(current, work) * currentScale * currentScale;
      products += 1;
      const betaBefore = step > 0 ? betas[step - 1]! : 0;
      const previous = step > 0 ? basis[step - 1]! : current;
      const beta = Math.sqrt(removeTwo(work, alpha, current, currentScale, betaBefore, previous));
      alphas[step] = alpha;
      betas[step] = beta;
      const size = step + 1;
      const ritz = topOfTridiagonal(alphas, betas, size);
      const estimate = beta * Math.abs(ritz.vector[size - 1]!);
      const full = size === steps || products >= options.maxProducts;
      const exhausted = beta <= Number.EPSILON * Math.max(1, Math.abs(ritz.value));
      if (estimate <= options.aimedResidual(ritz.value) || exhausted || full) {
        const vector = combine(basis, ritz.vector, order);
        const value = multiply(vector, work);
        products += 1;
        if (residual(work, value, vector) <= options.acceptedResidual(value)) {
          return { value, vector };
        }
        first = vector;
        firstScale = 1;
        break;
      }
      basis.push(work);
      currentScale = 1 / beta;
      work = new Float64Array(order);
    }
  }
  return null;
}

/**
 * The largest eigenvalue of the symmetric tridiagonal matrix with diagonal alphas[0..size)
 * and off-diagonal betas[0..size−1), by bisection on Sturm counts, and its unit eigenvector
 * by three steps of inverse iteration just above it, where σI − T is positive definite and its
 * LDLᵀ factorisation needs no pivoting.
 */
export function topOfTridiagonal(
  alphas: Float64Array,
  betas: Float64Array,
  size: number,
): Eigenpair {
  if (size === 1) return { value: alphas[0]!, vector: Float64Array.of(1) };
  let low = Infinity;
  let high = -Infinity;
  for (let index = 0; index < size; index += 1) {
    const radius =
      (index > 0 ? Math.abs(betas[index - 1]!) : 0) +
      (index < size - 1 ? Math.abs(betas[index]!) : 0);
    low = Math.min(low, alphas[index]! - radius);
    high = Math.max(high, alphas[index]! + radius);
  }
  const magnitude = Math.max(Math.abs(low), Math.abs(high), Number.MIN_VALUE);
  while (high - low > 2 * Number.EPSILON * magnitude) {
    const middle = (low + high) / 2;
    if (middle <= low || middle >= high) break;
    if (countBelow(alphas, betas, size, middle) === size) high = middle;
    else low = middle;
  }
  const shift = high + 4 * Number.EPSILON * magnitude;
  const pivots = new Float64Array(size);
  factorShifted(alphas, betas, size, shift, pivots, Number.EPSILON * magnitude);
  // Not a vector of ones, which a symmetric T's antisymmetric eigenvectors are orthogonal to
  // (inverse iteration would then only amplify rounding); LAPACK starts from random numbers.
  const vector = Float64Array.from(
    { length: size },
    (_value, index) => 1 + ((index * 7) % 11) / 11,
  );
  for (let round = 0; round < 3; round += 1) {
    solveFactored(betas, size, pivots, vector);
    const factor = 1 / Math.sqrt(squaredLength(vector));
    for (let index = 0; index < size; index += 1) vector[index] = vector[index]! * factor;
  }
  return { value: high, vector };
}

/** How many eigenvalues of the tridiagonal matrix lie below x (negative pivots of T − xI). */
function countBelow(alphas: Float64Array, betas: Float64Array, size: number, x: number): number {
  let count = 0;
  let pivot = 1;
  for (let index = 0; index < size; index += 1) {
    const coupling = index > 0 ? betas[index - 1]! : 0;
    pivot = alphas[index]! - x - (index > 0 ? (coupling * coupling) / pivot : 0);
    // An exact zero pivot: x is an eigenvalue of a leading block; nudging it below keeps the
    // count of the whole matrix right.
    if (pivot === 0) pivot = -Number.MIN_VALUE;
    if (pivot < 0) count += 1;
  }
  return count;
}

/** Pivots of the LDLᵀ factorisation of shift·I − T, none below `floor`. */
function factorShifted(
  alphas: Float64Array,
  betas: Float64Array,
  size: number,
  shift: number,
  pivots: Float64Array,
  floor: number,
): void {
  for (let index = 0; index < size; index += 1) {
    const coupling = index > 0 ? betas[index - 1]! : 0;
    const pivot =
      shift - alphas[index]! - (index > 0 ? (coupling * coupling) / pivots[index - 1]! : 0);
    pivots[index] = Math.max(pivot, floor);
  }
}

/** Solves (shift·I − T)·y = vector in place, with the pivots of factorShifted. */
function solveFactored(
  betas: Float64Array,
  size: number,
  pivots: Float64Array,
  vector: Float64Array,
): void {
  // L has −β_{i−1}/d_{i−1} below its unit diagonal.
  for (let index = 1; index < size; index += 1) {
    vector[index] = vector[index]! + (betas[index - 1]! / pivots[index - 1]!) * vector[index - 1]!;
  }
  for (let index = 0; index < size; index += 1) vector[index] = vector[index]! / pivots[index]!;
  for (let index = size - 2; index >= 0; index -= 1) {
    vector[index] = vector[index]! + (betas[index]! / pivots[index]!) * vector[index + 1]!;
  }
}

/**
 * With current still unscaled and work = A·current: scales current by `factor` in place (to
 * unit length), then work = A·current − alpha·current − beta·previous; returns the squared
 * length of work.
 */
function removeTwo(
  work: Float64Array,
  alpha: number,
  current: Float64Array,
  factor: number,
  beta: number,
  previous: Float64Array,
): number {
  let squares = 0;
  for (let index = 0; index < work.length; index += 1) {
    const scaled = current[index]! * factor;
    current[index] = scaled;
    const value = work[index]! * factor - alpha * scaled - beta * previous[index]!;
    work[index] = value;
    squares += value * value;
  }
  return squares;
}

/** Σ coefficients[i] · basis[i], scaled to unit length (one function: one compilation). */
function combine(basis: Float64Array[], coefficients: Float64Array, order: number): Float64Array {
  const vector = new Float64Array(order);
  for (let column = 0; column < basis.length; column += 1) {
    const factor = coefficients[column]!;
    const source = basis[column]!;
    for (let index = 0; index < order; index += 1) {
      vector[index] = vector[index]! + factor * source[index]!;
    }
  }
  let squares = 0;
  for (let index = 0; index < order; index += 1) squares += vector[index]! * vector[index]!;
  const factor = 1 / Math.sqrt(squares);
  for (let index = 0; index < order; index += 1) vector[index] = vector[index]! * factor;
  return vector;
}

/** ‖product − value·vector‖. */
function residual(product: Float64Array, value: number, vector: Float64Array): number {
  let squares = 0;
  for (let index = 0; index < product.length; index += 1) {
    const difference = product[index]! - value * vector[index]!;
    squares += difference * difference;
  }
  return Math.sqrt(squares);
}

function squaredLength(vector: Float64Array): number {
  let sum = 0;
  for (let index = 0; index < vector.length; index += 1) sum += vector[index]! * vector[index]!;
  return sum;
}
