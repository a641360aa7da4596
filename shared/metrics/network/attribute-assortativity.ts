import type { Adjacency } from '../../graph/adjacency.ts';

/**
 * Attribute (sector) assortativity: Newman's r for a category, (Σ e_ii − Σ a_i b_i) /
 * (1 − Σ a_i b_i), where e_ij is the share of ties from sector i to sector j and a_i, b_i its
 * row and column sums: 1 when ties stay inside sectors, 0 as by chance, negative across.
 * Directed: sender's sector against receiver's. Undirected: every tie read both ways.
 * Weighted: no. Normalised: r ≤ 1. Ties with an actor without sector are left out.
 * Null without classifiable ties or when only one sector takes part (Σ a_i b_i = 1).
 * Ref: Newman 2003, Phys. Rev. E 67:026126 (eq. 2); NetworkX attribute_assortativity_coefficient.
 */
export function attributeAssortativity(
  adjacency: Adjacency,
  groups: readonly (string | null)[],
): number | null {
  const { order, outOffsets, outTargets } = adjacency;
  const rows = new Map<string, number>();
  const columns = new Map<string, number>();
  let inside = 0;
  let count = 0;
  for (let node = 0; node < order; node += 1) {
    const from = groups[node] ?? null;
    if (from === null) continue;
    for (let arc = outOffsets[node]!; arc < outOffsets[node + 1]!; arc += 1) {
      const to = groups[outTargets[arc]!] ?? null;
      if (to === null) continue;
      count += 1;
      if (from === to) inside += 1;
      rows.set(from, (rows.get(from) ?? 0) + 1);
      columns.set(to, (columns.get(to) ?? 0) + 1);
    }
  }
  if (count === 0) return null;
  let expected = 0;
  for (const [group, rowCount] of rows)
    expected += (rowCount / count) * ((columns.get(group) ?? 0) / count);
  if (Math.abs(1 - expected) < 1e-12) return null;
  return (inside / count - expected) / (1 - expected);
}
