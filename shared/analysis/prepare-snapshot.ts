import type { NetworkSnapshot } from '../api/network.ts';
import { adjacencyFromTies, createTieList, pushTie } from '../graph/adjacency.ts';
import { groupMasks, sectorOf, type PreparedNetwork } from '../metrics/analyze.ts';
import { selectSnapshotTies, type BuildGraphOptions } from './build-graph.ts';
import type { GraphSelection } from './graph-selection.ts';

export interface PreparedSnapshot {
  prepared: PreparedNetwork;
  selection: GraphSelection;
}

/**
 * A project network read straight into the engine's compact form, for analyzePrepared():
 * the same actors, ties and reading as buildGraph() followed by analyze()'s prepareNetwork(),
 * without building a graphology graph on the way (that graph costs more than most measures on
 * a large network). Self-loops are dropped and parallel ties summed, as buildAdjacency does.
 */
export function prepareSnapshot(
  snapshot: NetworkSnapshot,
  options: BuildGraphOptions & { groups?: Readonly<Record<string, readonly string[]>> } = {},
): PreparedSnapshot {
  const { ties, ends, directed, isDirected, selection } = selectSnapshotTies(snapshot, options);
  const ids = snapshot.actors.map((actor) => actor.id);
  const list = createTieList(ties.length * 2);
  for (let index = 0; index < ties.length; index += 1) {
    const tie = ties[index]!;
    const source = ends[2 * index]!;
    const target = ends[2 * index + 1]!;
    if (source === target) continue;
    const weight = options.weighted ? tie.weight : 1;
    pushTie(list, source, target, weight);
    // Read as directed, a tie of an undirected type counts both ways.
    if (directed && !isDirected(tie)) pushTie(list, target, source, weight);
  }
  const adjacency = adjacencyFromTies(ids, list, directed, options.weighted ?? false);
  return {
    prepared: {
      adjacency,
      sectors: snapshot.actors.map((actor) => sectorOf(actor.sector)),
      groups: groupMasks(adjacency, options.groups),
      sectorAttribute: 'sector',
    },
    selection,
  };
}
