import type { Adjacency } from '../../graph/adjacency.ts';
import type { PathTotals } from '../../graph/shortest-path-totals.ts';

export interface PathLengths {
  diameter: number | null;
  averagePathLength: number | null;
}

/**
 * Diameter (longest shortest path) and average path length (mean shortest-path length over
 * ordered pairs) inside the largest component, where every distance is finite.
 * Directed: the largest strong component (along tie direction); undirected: the largest
 * component. Ties in size go to the component whose first actor comes first.
 * Weighted: optional, distance = Σ 1 / weight along the path. Normalised: no (in steps or
 * distance units). A one-actor component has diameter 0 and no average (null); an empty
 * network has neither.
 * Ref: Wasserman & Faust 1994, p. 111; Newman 2010, Networks, p. 140.
 */
export function pathLengthsFromTotals(adjacency: Adjacency, totals: PathTotals): PathLengths {
  if (adjacency.order === 0) return { diameter: null, averagePathLength: null };
  if (totals.componentPairs === 0) return { diameter: 0, averagePathLength: null };
  return {
    diameter: totals.componentDiameter,
    averagePathLength: totals.componentDistance / totals.componentPairs,
  };
}
