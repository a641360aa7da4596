import type { NetworkSnapshot } from '../api/network.ts';
import type { Tie } from '../domain/tie.ts';
import { adjacencyFromTies, createTieList, type TieList } from '../graph/adjacency.ts';
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
  // Read as directed, a tie of an undirected type counts both ways.
  const weights = new Float64Array(ties.length);
  const both = new Uint8Array(ties.length);
  tieReadings(ties, options.weighted ?? false, directed ? isDirected : null, weights, both);
  list.length = fillTieList(list, ends, weights, both);
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
 * Ties into the list by actor number: self-loops dropped, ties marked in `both` listed in
 * both directions; returns the list's new length. Typed arrays only and nothing after the
 * loop, so V8 compiles it once.
 */
function fillTieList(
  list: TieList,
  ends: Int32Array,
  weights: Float64Array,
  both: Uint8Array,
): number {
  const { sources, targets, weights: listWeights } = list;
  let length = 0;
  for (let index = 0; index < weights.length; index += 1) {
    const source = ends[2 * index]!;
    const target = ends[2 * index + 1]!;
    if (source === target) continue;
    sources[length] = source;
    targets[length] = target;
    listWeights[length] = weights[index]!;
    length += 1;
    if (both[index] === 1) {
      sources[length] = target;
      targets[length] = source;
      listWeights[length] = weights[index]!;
      length += 1;
    }
  }
  return length;
}

/**
 * Each kept tie's weight (1 unweighted) and, when `isDirected` is given (a directed reading),
 * whether it is listed both ways (its own type is undirected).
 */
function tieReadings(
  ties: readonly Tie[],
  weighted: boolean,
  isDirected: ((tie: Tie) => boolean) | null,
  weights: Float64Array,
  both: Uint8Array,
): void {
  for (let index = 0; index < ties.length; index += 1) {
    const tie = ties[index]!;
    weights[index] = weighted ? tie.weight : 1;
    if (isDirected !== null && !isDirected(tie)) both[index] = 1;
  }
}
