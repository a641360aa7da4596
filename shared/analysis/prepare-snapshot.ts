import type { NetworkSnapshot } from '../api/network.ts';
import { adjacencyFromTies, createTieList } from '../graph/adjacency.ts';
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
  const { ids, ends, weights, typeDirected, directed, selection } = selectSnapshotTies(
    snapshot,
    options,
  );
  const list = createTieList(weights.length * 2);
  // Read as directed, a tie of an undirected type counts both ways.
  const read = options.weighted ? weights : null;
  list.length = fillTieList(
    list.sources,
    list.targets,
    list.weights,
    ends,
    read,
    directed,
    typeDirected,
  );
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

/**
 * Ties into the list by actor number (weight 1 when `weights` is null): self-loops dropped,
 * ties of an undirected type listed in both directions when the network reads as directed;
 * returns the list's new length. Typed arrays only (no object made for the call, whose hidden
 * class a full garbage collection frees, throwing the optimised loop away) and nothing after
 * the loop, so V8 compiles it once.
 */
function fillTieList(
  sources: Int32Array,
  targets: Int32Array,
  listWeights: Float64Array,
  ends: Int32Array,
  weights: Float64Array | null,
  directed: boolean,
  typeDirected: Uint8Array,
): number {
  let length = 0;
  for (let index = 0; index < typeDirected.length; index += 1) {
    const source = ends[2 * index]!;
    const target = ends[2 * index + 1]!;
    if (source === target) continue;
    const weight = weights === null ? 1 : weights[index]!;
    sources[length] = source;
    targets[length] = target;
    listWeights[length] = weight;
    length += 1;
    if (directed && typeDirected[index] === 0) {
      sources[length] = target;
      targets[length] = source;
      listWeights[length] = weight;
      length += 1;
    }
  }
  return length;
}
