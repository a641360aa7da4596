import type { Adjacency } from '../../graph/adjacency.ts';

export interface MixingMatrix {
  /** Sectors in alphabetical order: the rows and columns. */
  sectors: string[];
  /** ties[i][j]: ties from sectors[i] to sectors[j] (undirected: between them, symmetric). */
  ties: number[][];
  /** Ties with an actor that has no sector, left out of the matrix. */
  unclassified: number;
}

/**
 * Sector mixing matrix: number of ties between each pair of sectors.
 * Directed: row = sender's sector, column = receiver's. Undirected: each tie counted once,
 * in both [i][j] and [j][i] (once on the diagonal), so the matrix is symmetric and the
 * diagonal is the number of ties inside a sector. Weighted: no (counts ties). Normalised: no.
 * Ref: Newman 2003, Phys. Rev. E 67:026126 (the e_ij matrix, here as counts).
 */
export function sectorMixingMatrix(
  adjacency: Adjacency,
  sectors: readonly (string | null)[],
): MixingMatrix {
  const names = [...new Set(sectors.filter((sector): sector is string => sector !== null))].sort();
  const position = new Map(names.map((name, index) => [name, index]));
  const ties = names.map(() => names.map(() => 0));
  let unclassified = 0;
  const { order, outOffsets, outTargets, directed } = adjacency;
  for (let node = 0; node < order; node += 1) {
    for (let arc = outOffsets[node]!; arc < outOffsets[node + 1]!; arc += 1) {
      const target = outTargets[arc]!;
      if (!directed && target < node) continue;
      const from = sectors[node] ?? null;
      const to = sectors[target] ?? null;
      if (from === null || to === null) {
        unclassified += 1;
        continue;
      }
      const row = position.get(from)!;
      const column = position.get(to)!;
      ties[row]![column]! += 1;
      if (!directed && row !== column) ties[column]![row]! += 1;
    }
  }
  return { sectors: names, ties, unclassified };
}
