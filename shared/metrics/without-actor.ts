import type { AbstractGraph } from 'graphology-types';
import type { Adjacency } from '../graph/adjacency.ts';
import type { PathTotals } from '../graph/shortest-path-totals.ts';
import { withoutActor } from '../graph/derived-adjacency.ts';
import { prepareNetwork, type AnalyzeOptions, type PreparedNetwork } from './analyze.ts';
import { networkMeasureKeys, type NetworkMeasureKey } from './definitions.ts';
import { MeasureError } from './measure-error.ts';
import { measureNetwork, type NetworkMeasures } from './measure-network.ts';
import { createRandom } from './random.ts';

/** A network with one actor removed: its adjacency and the remaining actors' sectors. */
export interface ReducedNetwork {
  adjacency: Adjacency;
  sectors: (string | null)[];
}

export interface WithoutActor {
  actor: string;
  /** Network measures of the whole network. */
  with: NetworkMeasures;
  /** The same measures with the actor and its ties removed. */
  without: NetworkMeasures;
  /** without − with, per measure; null where either side is null. */
  difference: Record<NetworkMeasureKey, number | null>;
}

/**
 * Convener dependence: the network measures with one actor removed, and how much each changes.
 * A large drop in the largest component's share or a jump in path lengths says the network
 * leans on that actor. Same definitions as analyze(); Louvain runs with the same seed on both.
 * Throws MeasureError "measure.unknownActor" when the actor is not in the network.
 */
export function analyzeWithoutActor(
  graph: AbstractGraph,
  actor: string,
  options: AnalyzeOptions = {},
): WithoutActor {
  return preparedWithoutActor(prepareNetwork(graph, options), actor, options);
}

/** analyzeWithoutActor() on a network already in compact form (see analyzePrepared). */
export function preparedWithoutActor(
  prepared: PreparedNetwork,
  actor: string,
  options: Pick<AnalyzeOptions, 'random'> = {},
): WithoutActor {
  return measureWithoutActor(prepared, reducedNetwork(prepared, actor), actor, options);
}

/**
 * Both networks measured and compared: `reduced` is reducedNetwork(prepared, actor). Each
 * side's shortest-path pass may be given, run elsewhere (nested workers) as measureNetwork
 * allows; a side without one runs it here.
 */
export function measureWithoutActor(
  prepared: PreparedNetwork,
  reduced: ReducedNetwork,
  actor: string,
  options: Pick<AnalyzeOptions, 'random'> & { whole?: PathTotals; without?: PathTotals } = {},
): WithoutActor {
  const seedless = options.random === undefined;
  const baseline = measureNetwork(prepared.adjacency, {
    sectors: prepared.sectors,
    random: seedless ? createRandom(1) : options.random!,
    ...(options.whole ? { pathTotals: options.whole } : {}),
  }).network;
  const without = measureNetwork(reduced.adjacency, {
    sectors: reduced.sectors,
    random: seedless ? createRandom(1) : options.random!,
    ...(options.without ? { pathTotals: options.without } : {}),
  }).network;
  return compareWithout(actor, baseline, without);
}

/**
 * The network with one actor and its ties removed, and the others' sectors, ready for
 * measureNetwork (whose shortest-path pass the caller may run elsewhere, e.g. on threads).
 * Throws MeasureError "measure.unknownActor" when the actor is not in the network.
 */
export function reducedNetwork(prepared: PreparedNetwork, actor: string): ReducedNetwork {
  const { adjacency, sectors } = prepared;
  const removed = adjacency.ids.indexOf(actor);
  if (removed < 0) throw new MeasureError('measure.unknownActor', { actor });
  return {
    adjacency: withoutActor(adjacency, removed),
    sectors: sectors.filter((_sector, index) => index !== removed),
  };
}

/** Both sides and their difference; `with` must come from the same definitions and seed. */
export function compareWithout(
  actor: string,
  baseline: NetworkMeasures,
  without: NetworkMeasures,
): WithoutActor {
  const difference = Object.fromEntries(
    networkMeasureKeys.map((key) => {
      const before = baseline[key];
      const after = without[key];
      return [key, before === null || after === null ? null : after - before];
    }),
  ) as Record<NetworkMeasureKey, number | null>;
  return { actor, with: baseline, without, difference };
}
