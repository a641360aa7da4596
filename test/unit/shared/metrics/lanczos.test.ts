import { describe, expect, it } from 'vitest';
import { eigenvectorCentrality } from '../../../../shared/metrics/centrality/eigenvector.ts';
import {
  leadingEigenpair,
  topOfTridiagonal,
  type LanczosOptions,
  type Multiply,
} from '../../../../shared/metrics/centrality/lanczos.ts';
import { createRandom } from '../../../../shared/metrics/random.ts';
import { adjacencyOf, twoTriangles, valueOf, type TieSpec } from './graphs.ts';

/** A dense symmetric matrix's product, for checking the iteration apart from networks. */
function denseProduct(matrix: readonly (readonly number[])[]): Multiply {
  return (vector, product) => {
    matrix.forEach((row, index) => {
      product[index] = row.reduce((sum, entry, column) => sum + entry * vector[column]!, 0);
    });
    return vector.reduce((sum, entry, index) => sum + entry * product[index]!, 0);
  };
}

const strict: LanczosOptions = {
  steps: 30,
  aimedResidual: () => 1e-13,
  acceptedResidual: () => 1e-12,
  maxProducts: 1000,
};

/** The path graph a – b – … of n actors: λ = 2·cos(π / (n + 1)), x_j ∝ sin(jπ / (n + 1)). */
function pathTies(order: number): TieSpec[] {
  return Array.from({ length: order - 1 }, (_value, index) => [`p${index}`, `p${index + 1}`]);
}

describe('topOfTridiagonal', () => {
  it('finds the largest eigenpair of the second-difference matrix', () => {
    const size = 12;
    const alphas = new Float64Array(size).fill(2);
    const betas = new Float64Array(size).fill(-1);
    const { value, vector } = topOfTridiagonal(alphas, betas, size);
    const angle = Math.PI / (size + 1);
    expect(value).toBeCloseTo(2 + 2 * Math.cos(angle), 13);
    // Its eigenvector alternates in sign: x_j ∝ (−1)^j · sin(j·angle).
    const expected = Array.from(
      { length: size },
      (_value, index) => (-1) ** index * Math.sin((index + 1) * angle),
    );
    const length = Math.hypot(...expected);
    const sign = Math.sign(vector[0]!);
    expected.forEach((entry, index) => {
      expect(sign * vector[index]!).toBeCloseTo(entry / length, 12);
    });
  });

  it('reads only the leading block it is given', () => {
    const alphas = Float64Array.from([1, 3, 100]);
    const betas = Float64Array.from([0, 50, 50]);
    expect(topOfTridiagonal(alphas, betas, 2).value).toBeCloseTo(3, 14);
    expect(topOfTridiagonal(alphas, betas, 1).value).toBe(1);
  });
});

describe('leadingEigenpair', () => {
  it('finds the largest algebraic eigenvalue, not the largest in size', () => {
    // Eigenvalues 5, 1 and −7.
    const matrix = [
      [5, 0, 0],
      [0, 1, 0],
      [0, 0, -7],
    ];
    const found = leadingEigenpair(Float64Array.from([1, 1, 1]), denseProduct(matrix), strict);
    expect(found?.value).toBeCloseTo(5, 12);
    expect(Math.abs(found!.vector[0]!)).toBeCloseTo(1, 12);
  });

  it('stops at once when the start is already an eigenvector', () => {
    let products = 0;
    const complete = denseProduct([
      [0, 1, 1, 1],
      [1, 0, 1, 1],
      [1, 1, 0, 1],
      [1, 1, 1, 0],
    ]);
    const found = leadingEigenpair(
      new Float64Array(4).fill(1),
      (vector, product) => {
        products += 1;
        return complete(vector, product);
      },
      strict,
    );
    expect(found?.value).toBeCloseTo(3, 13);
    // One product to build the basis, one to check the vector.
    expect(products).toBe(2);
  });

  it('restarts from its Ritz vector when the basis is full, and still converges', () => {
    const order = 120;
    const matrix = Array.from({ length: order }, (_row, row) =>
      Array.from({ length: order }, (_column, column) =>
        Math.abs(row - column) === 1 ? 1 : row === column ? row / order : 0,
      ),
    );
    let products = 0;
    const multiply = denseProduct(matrix);
    const found = leadingEigenpair(
      new Float64Array(order).fill(1),
      (vector, product) => {
        products += 1;
        return multiply(vector, product);
      },
      { ...strict, steps: 8, maxProducts: 5000 },
    );
    expect(found).not.toBeNull();
    expect(products).toBeGreaterThan(2 * 8);
    const product = new Float64Array(order);
    denseProduct(matrix)(found!.vector, product);
    const residual = Math.hypot(
      ...Array.from(product, (entry, index) => entry - found!.value * found!.vector[index]!),
    );
    expect(residual).toBeLessThanOrEqual(1e-12);
  });

  it('returns null when the products allowed are not enough', () => {
    // The path of 200 actors: far more than 5 products to settle.
    const order = 200;
    const path = Array.from({ length: order }, (_row, row) =>
      Array.from({ length: order }, (_column, column) => (Math.abs(row - column) === 1 ? 1 : 0)),
    );
    expect(
      leadingEigenpair(new Float64Array(order).fill(1), denseProduct(path), {
        ...strict,
        maxProducts: 5,
      }),
    ).toBeNull();
  });
});

describe('eigenvector centrality of undirected networks (Lanczos)', () => {
  it('gives a path its sine-shaped vector, where A + I must settle a ± pair', () => {
    const order = 9;
    const adjacency = adjacencyOf(pathTies(order));
    const scores = eigenvectorCentrality(adjacency);
    const angle = Math.PI / (order + 1);
    const shape = Array.from({ length: order }, (_value, index) => Math.sin((index + 1) * angle));
    const length = Math.hypot(...shape);
    shape.forEach((entry, index) => {
      expect(valueOf(adjacency, scores, `p${index}`)).toBeCloseTo(entry / length, 12);
    });
  });

  it('settles networks whose Krylov space is tiny or whose spectrum is symmetric', () => {
    // Two equal triangles: λ = 2 twice; from the uniform start each actor keeps 1/√6.
    const triangles = adjacencyOf(twoTriangles);
    for (const score of eigenvectorCentrality(triangles))
      expect(score).toBeCloseTo(1 / Math.sqrt(6), 12);
    // Complete bipartite 3 × 4: eigenvalues ±√12; the three get 1/√6, the four 1/(2√2).
    const bipartite: TieSpec[] = [];
    for (const left of ['l1', 'l2', 'l3'])
      for (const right of ['r1', 'r2', 'r3', 'r4']) bipartite.push([left, right]);
    const sides = adjacencyOf(bipartite);
    const sideScores = eigenvectorCentrality(sides);
    expect(valueOf(sides, sideScores, 'l2')).toBeCloseTo(1 / Math.sqrt(6), 12);
    expect(valueOf(sides, sideScores, 'r3')).toBeCloseTo(1 / (2 * Math.SQRT2), 12);
    // A star of 1,000 leaves: three distinct eigenvalues (±√1000 and 0), so the basis ends
    // after three vectors.
    const leaves = Array.from({ length: 1000 }, (_value, index): TieSpec => ['hub', `l${index}`]);
    const star = adjacencyOf(leaves);
    const starScores = eigenvectorCentrality(star);
    expect(valueOf(star, starScores, 'hub')).toBeCloseTo(Math.SQRT1_2, 12);
    expect(valueOf(star, starScores, 'l999')).toBeCloseTo(1 / Math.sqrt(2000), 12);
  });

  it('gives 0, never a negative rounding residue, outside the leading component', () => {
    const adjacency = adjacencyOf(
      [
        ['a', 'b'],
        ['b', 'c'],
        ['c', 'a'],
        ['c', 'd'],
        ['x', 'y'],
      ],
      { actors: ['lone'] },
    );
    const scores = eigenvectorCentrality(adjacency);
    for (const actor of ['x', 'y', 'lone']) {
      expect(valueOf(adjacency, scores, actor)).toBeGreaterThanOrEqual(0);
      expect(valueOf(adjacency, scores, actor)).toBeLessThan(1e-9);
    }
    expect(Math.hypot(...scores)).toBeCloseTo(1, 12);
  });

  it('agrees with power iteration on random networks, weighted or not', () => {
    const random = createRandom(11);
    for (let round = 0; round < 30; round += 1) {
      const order = 4 + Math.floor(random() * 60);
      const chance = 0.05 + random() * 0.4;
      const weighted = round % 2 === 1;
      const ties: TieSpec[] = [];
      for (let first = 0; first < order; first += 1)
        for (let second = first + 1; second < order; second += 1)
          if (random() < chance) ties.push([`n${first}`, `n${second}`, 0.5 + 3 * random()]);
      if (ties.length === 0) continue;
      const actors = Array.from({ length: order }, (_value, index) => `n${index}`);
      const adjacency = adjacencyOf(ties, { actors, weighted });
      // Read as directed, the same symmetric rows go through power iteration on A + I.
      const power = eigenvectorCentrality({ ...adjacency, directed: true });
      const lanczos = eigenvectorCentrality(adjacency);
      lanczos.forEach((score, index) => expect(score).toBeCloseTo(power[index]!, 8));
    }
  });

  it('refuses to answer when it cannot settle within the products allowed', () => {
    expect(() => eigenvectorCentrality(adjacencyOf(pathTies(200)), { maxIterations: 5 })).toThrow(
      /measure.notConverged/,
    );
  });
});
