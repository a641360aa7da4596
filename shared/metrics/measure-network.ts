import type { Adjacency } from '../graph/adjacency.ts';
import {
  accumulatePathTotals,
  type PathPassOptions,
  type PathTotals,
} from '../graph/shortest-path-totals.ts';
import { brokerageRoles, type BrokerageRoles } from './brokerage/gould-fernandez.ts';
import { burtConstraint } from './brokerage/constraint.ts';
import { effectiveSize } from './brokerage/effective-size.ts';
import { betweennessFromTotals, type Betweenness } from './centrality/betweenness.ts';
import { closenessFromTotals } from './centrality/closeness.ts';
import { degreeCentrality } from './centrality/degree.ts';
import { eigenvectorCentrality } from './centrality/eigenvector.ts';
import { harmonicFromTotals } from './centrality/harmonic.ts';
import { pageRank } from './centrality/pagerank.ts';
import { strengthCentrality } from './centrality/strength.ts';
import { averageClustering, localClustering } from './cohesion/clustering.ts';
import { coreNumber } from './cohesion/k-core.ts';
import { transitivity } from './cohesion/transitivity.ts';
import { louvainCommunities } from './community/louvain.ts';
import { modularity } from './community/modularity.ts';
import { describeMeasures, type Definitions, type MeasureKey } from './definitions.ts';
import { MeasureError } from './measure-error.ts';
import { attributeAssortativity } from './network/attribute-assortativity.ts';
import { betweennessCentralization, degreeCentralization } from './network/centralization.ts';
import {
  largestComponentMask,
  strongComponents,
  weakComponents,
  type Components,
} from './network/components.ts';
import { degreeAssortativity } from './network/degree-assortativity.ts';
import { density } from './network/density.ts';
import { pathLengthsFromTotals } from './network/path-lengths.ts';
import { reciprocity } from './network/reciprocity.ts';
import { requirePositiveWeights } from './path-weights.ts';

/** Node measures as columns (one typed array per measure, actors in adjacency order). */
export interface NodeColumns {
  degree: Float64Array;
  inDegree: Float64Array;
  outDegree: Float64Array;
  strength: Float64Array;
  betweenness: Float64Array | null;
  betweennessNormalized: Float64Array | null;
  closeness: Float64Array | null;
  harmonic: Float64Array | null;
  eigenvector: Float64Array | null;
  pagerank: Float64Array | null;
  clustering: Float64Array;
  core: Float64Array;
  /** NaN for an actor without ties. */
  constraint: Float64Array | null;
  /** NaN for an actor without ties. */
  effectiveSize: Float64Array | null;
  brokerage: BrokerageRoles | null;
  community: Int32Array;
}

export interface NetworkMeasures {
  actors: number;
  ties: number;
  density: number | null;
  weakComponents: number;
  strongComponents: number;
  largestComponentShare: number | null;
  diameter: number | null;
  averagePathLength: number | null;
  reciprocity: number | null;
  transitivity: number | null;
  averageClustering: number | null;
  degreeCentralization: number | null;
  betweennessCentralization: number | null;
  degreeAssortativity: number | null;
  sectorAssortativity: number | null;
  modularity: number | null;
  communities: number;
}

export interface NetworkMeasurement {
  nodes: NodeColumns;
  network: NetworkMeasures;
  definitions: Definitions;
}

export interface MeasureNetworkOptions {
  /** Sector of each actor, in adjacency order (null = none). */
  sectors: readonly (string | null)[];
  /** Seeded random numbers for Louvain. */
  random: () => number;
  /**
   * Shortest-path pass to use instead of running one (e.g. merged from worker threads).
   * It must have been run over every source with the largest component as the component.
   */
  pathTotals?: PathTotals;
}

/**
 * How measureNetwork runs the shortest-path pass: steps or 1/weight, and the largest (strong,
 * if directed) component for diameter and average path length. A pass run elsewhere (worker
 * threads) with these options over every source can be given as `pathTotals`.
 * Throws MeasureError when a weight is zero or negative (no distance 1/weight).
 */
export function pathPassFor(
  adjacency: Adjacency,
  components?: { weak: Components; strong: Components },
): PathPassOptions {
  requirePositiveWeights(adjacency, 'paths');
  const chosen = adjacency.directed
    ? (components?.strong ?? strongComponents(adjacency))
    : (components?.weak ?? weakComponents(adjacency));
  return { weighted: adjacency.weighted, component: largestComponentMask(chosen) };
}

/**
 * Every node and network measure of one adjacency. A measure that does not apply is null and
 * its definition says why (`unavailable`); nothing else is caught.
 */
export function measureNetwork(
  adjacency: Adjacency,
  options: MeasureNetworkOptions,
): NetworkMeasurement {
  const definitions = describeMeasures(adjacency.directed, adjacency.weighted);
  const attempt = <T>(keys: readonly MeasureKey[], compute: () => T): T | null => {
    try {
      return compute();
    } catch (error) {
      if (!(error instanceof MeasureError)) throw error;
      for (const key of keys)
        definitions[key].unavailable = { code: error.code, params: error.params };
      return null;
    }
  };
  const weak = weakComponents(adjacency);
  const strong = strongComponents(adjacency);
  const pathKeys = ['betweenness', 'betweennessNormalized', 'closeness', 'harmonic'] as const;
  const networkPathKeys = ['diameter', 'averagePathLength', 'betweennessCentralization'] as const;
  const totals = attempt([...pathKeys, ...networkPathKeys], () => {
    const pass = pathPassFor(adjacency, { weak, strong });
    return options.pathTotals ?? accumulatePathTotals(adjacency, pass);
  });
  const betweenness: Betweenness | null = totals && betweennessFromTotals(adjacency, totals);
  const degrees = degreeCentrality(adjacency);
  const clustering = localClustering(adjacency);
  const community = louvainCommunities(adjacency, options.random);
  const nodes: NodeColumns = {
    ...degrees,
    strength: strengthCentrality(adjacency),
    betweenness: betweenness?.raw ?? null,
    betweennessNormalized: betweenness?.normalised ?? null,
    closeness: totals && closenessFromTotals(adjacency, totals),
    harmonic: totals && harmonicFromTotals(adjacency, totals),
    eigenvector: attempt(['eigenvector'], () => eigenvectorCentrality(adjacency)),
    pagerank: attempt(['pagerank'], () => pageRank(adjacency)),
    clustering,
    core: coreNumber(adjacency),
    constraint: attempt(['constraint'], () => burtConstraint(adjacency)),
    effectiveSize: attempt(['effectiveSize'], () => effectiveSize(adjacency)),
    brokerage: attempt(['brokerage'], () => brokerageRoles(adjacency, options.sectors)),
    community,
  };
  const paths = totals && pathLengthsFromTotals(adjacency, totals);
  const largest = weak.sizes.reduce((maximum, size) => Math.max(maximum, size), 0);
  const network: NetworkMeasures = {
    actors: adjacency.order,
    ties: adjacency.size,
    density: density(adjacency),
    weakComponents: weak.count,
    strongComponents: strong.count,
    largestComponentShare: adjacency.order === 0 ? null : largest / adjacency.order,
    diameter: paths?.diameter ?? null,
    averagePathLength: paths?.averagePathLength ?? null,
    reciprocity: reciprocity(adjacency),
    transitivity: transitivity(adjacency),
    averageClustering: averageClustering(clustering),
    degreeCentralization: degreeCentralization(adjacency),
    betweennessCentralization: betweenness && betweennessCentralization(betweenness.normalised),
    degreeAssortativity: degreeAssortativity(adjacency),
    sectorAssortativity: attributeAssortativity(adjacency, options.sectors),
    modularity: attempt(['modularity'], () => modularity(adjacency, community)),
    communities: community.reduce((count, label) => Math.max(count, label + 1), 0),
  };
  return { nodes, network, definitions };
}
