import type { Adjacency } from '../../graph/adjacency.ts';

export interface GroupDensity {
  /** Group names in the order given: the rows and columns. */
  groups: string[];
  /** density[g][h]: share of possible ties from members of g to members of h that exist. */
  density: (number | null)[][];
}

/**
 * Density inside and between groups (learning communities, blocks of a block model):
 * for groups g and h, ties from a member of g to a member of h (a ≠ b) divided by the number
 * of such ordered pairs. The diagonal is the density inside each group.
 * Directed: row = sender's group. Undirected: every tie counts both ways, so the matrix is
 * symmetric and equals the usual k_g·k_h denominator for disjoint groups. Weighted: no.
 * Normalised: shares in [0, 1]; null when no pair is possible (a group of one inside itself).
 * Groups may overlap; members absent from the network are ignored.
 * Ref: Wasserman & Faust 1994, p. 395 (block densities).
 */
export function groupDensity(
  adjacency: Adjacency,
  groups: ReadonlyMap<string, Uint8Array>,
): GroupDensity {
  const names = [...groups.keys()];
  const masks = [...groups.values()];
  const sizes = masks.map((mask) => mask.reduce((sum, member) => sum + member, 0));
  const density = masks.map((fromMask, row) =>
    masks.map((toMask, column) => {
      let overlap = 0;
      for (let node = 0; node < adjacency.order; node += 1)
        overlap += fromMask[node]! & toMask[node]!;
      const pairs = sizes[row]! * sizes[column]! - overlap;
      if (pairs === 0) return null;
      return countTies(adjacency, fromMask, toMask) / pairs;
    }),
  );
  return { groups: names, density };
}

function countTies(adjacency: Adjacency, fromMask: Uint8Array, toMask: Uint8Array): number {
  let ties = 0;
  for (let node = 0; node < adjacency.order; node += 1) {
    if (fromMask[node] !== 1) continue;
    for (let arc = adjacency.outOffsets[node]!; arc < adjacency.outOffsets[node + 1]!; arc += 1) {
      if (toMask[adjacency.outTargets[arc]!] === 1) ties += 1;
    }
  }
  return ties;
}
