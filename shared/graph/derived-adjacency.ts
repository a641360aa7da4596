import { adjacencyFromTies, type Adjacency, type TieList } from './adjacency.ts';

/**
 * The same actors with direction forgotten: u–v is a tie when u→v or v→u is, weighing the sum
 * of both (Burt's mutual weight). An undirected adjacency is returned as it is.
 */
export function undirectedView(adjacency: Adjacency): Adjacency {
  if (!adjacency.directed) return adjacency;
  return adjacencyFromTies(
    adjacency.ids,
    tiesOf(adjacency, () => true),
    false,
    adjacency.weighted,
  );
}

/** The network without one actor and its ties; the others keep their relative order. */
export function withoutActor(adjacency: Adjacency, removed: number): Adjacency {
  const renumbered = (node: number): number => (node > removed ? node - 1 : node);
  const ties = tiesOf(adjacency, (source, target) => source !== removed && target !== removed);
  for (let index = 0; index < ties.length; index += 1) {
    ties.sources[index] = renumbered(ties.sources[index]!);
    ties.targets[index] = renumbered(ties.targets[index]!);
  }
  const ids = adjacency.ids.filter((_id, index) => index !== removed);
  return adjacencyFromTies(ids, ties, adjacency.directed, adjacency.weighted);
}

/** Every tie once (undirected ties as source < target) that passes the filter. */
function tiesOf(adjacency: Adjacency, keep: (source: number, target: number) => boolean): TieList {
  const capacity = adjacency.outTargets.length;
  const ties: TieList = {
    sources: new Int32Array(capacity),
    targets: new Int32Array(capacity),
    weights: new Float64Array(capacity),
    length: 0,
  };
  for (let source = 0; source < adjacency.order; source += 1) {
    for (
      let arc = adjacency.outOffsets[source]!;
      arc < adjacency.outOffsets[source + 1]!;
      arc += 1
    ) {
      const target = adjacency.outTargets[arc]!;
      if (!adjacency.directed && target < source) continue;
      if (!keep(source, target)) continue;
      ties.sources[ties.length] = source;
      ties.targets[ties.length] = target;
      ties.weights[ties.length] = adjacency.outWeights[arc]!;
      ties.length += 1;
    }
  }
  return ties;
}
