import type { AbstractGraph } from 'graphology-types';
import { buildAdjacency, type Adjacency } from '../graph/adjacency.ts';
import type { PathTotals } from '../graph/shortest-path-totals.ts';
import type { Definitions } from './definitions.ts';
import { groupDensity, type GroupDensity } from './groups/group-density.ts';
import { groupEiIndex, sectorEiIndex, type SectorEiIndex } from './groups/ei-index.ts';
import { sectorMixingMatrix, type MixingMatrix } from './groups/mixing-matrix.ts';
import { measureNetwork, type NetworkMeasures, type NodeColumns } from './measure-network.ts';
import { createRandom } from './random.ts';

export interface AnalyzeOptions {
  /** Read ties as directed; by default, as the graph says (a mixed graph reads as directed). */
  directed?: boolean;
  /** Tie attribute holding the weight; null or absent = unweighted. Path measures use 1/weight. */
  weight?: string | null;
  /** Node attribute holding the actor's sector; "sector" by default. */
  sectorAttribute?: string;
  /** Learning communities (or any groups): name → member actor ids; may overlap. */
  groups?: Readonly<Record<string, readonly string[]>>;
  /** Seeded random numbers for Louvain; createRandom(1) by default, so results repeat. */
  random?: () => number;
  /** A shortest-path pass computed elsewhere (worker threads) for this same graph and options. */
  pathTotals?: PathTotals;
}

export interface BrokerageCounts {
  coordinator: number;
  itinerant: number;
  gatekeeper: number;
  representative: number;
  liaison: number;
  total: number;
}

/** One actor's measures; null = the measure does not apply (its definition says why). */
export interface NodeMeasures {
  id: string;
  sector: string | null;
  degree: number;
  inDegree: number;
  outDegree: number;
  strength: number;
  betweenness: number | null;
  betweennessNormalized: number | null;
  closeness: number | null;
  harmonic: number | null;
  eigenvector: number | null;
  pagerank: number | null;
  clustering: number;
  core: number;
  constraint: number | null;
  effectiveSize: number | null;
  brokerage: BrokerageCounts | null;
  community: number;
}

export interface GroupMeasures {
  sectorMixing: MixingMatrix;
  sectorEi: SectorEiIndex;
  groupEi: Record<string, number | null>;
  groupDensity: GroupDensity;
}

export interface Analysis {
  nodes: NodeMeasures[];
  network: NetworkMeasures;
  groups: GroupMeasures;
  definitions: AnalysisDefinitions;
}

export interface AnalysisDefinitions {
  directed: boolean;
  weighted: boolean;
  /** The tie attribute used as weight, or null. */
  weight: string | null;
  /** How path lengths were measured: every tie one step, or Σ 1 / weight. */
  distance: 'steps' | 'inverse-weight';
  sectorAttribute: string;
  measures: Definitions;
}

/** Everything analyze needs from a graph, read once: adjacency, sectors and group masks. */
export interface PreparedNetwork {
  adjacency: Adjacency;
  sectors: (string | null)[];
  groups: Map<string, Uint8Array>;
  sectorAttribute: string;
}

/** Reads a graphology graph into the compact form measures use, without touching the graph. */
export function prepareNetwork(
  graph: AbstractGraph,
  options: AnalyzeOptions = {},
): PreparedNetwork {
  const directed = options.directed ?? graph.type !== 'undirected';
  const adjacency = buildAdjacency(graph, { directed, weight: options.weight ?? null });
  const sectorAttribute = options.sectorAttribute ?? 'sector';
  const sectors = adjacency.ids.map((id) => sectorOf(graph.getNodeAttribute(id, sectorAttribute)));
  return { adjacency, sectors, groups: groupMasks(adjacency, options.groups), sectorAttribute };
}

/** One mask per group over the adjacency's actors (members not in the network are ignored). */
export function groupMasks(
  adjacency: Adjacency,
  groups: AnalyzeOptions['groups'],
): Map<string, Uint8Array> {
  const masks = new Map<string, Uint8Array>();
  if (!groups || Object.keys(groups).length === 0) return masks;
  const indexOf = new Map(adjacency.ids.map((id, index) => [id, index]));
  for (const [name, members] of Object.entries(groups ?? {})) {
    const mask = new Uint8Array(adjacency.order);
    for (const member of members) {
      const index = indexOf.get(member);
      if (index !== undefined) mask[index] = 1;
    }
    masks.set(name, mask);
  }
  return masks;
}

/** A sector attribute's value as a sector name; anything else (empty, missing) is none. */
export function sectorOf(value: unknown): string | null {
  if (typeof value === 'string' && value !== '') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return null;
}

/**
 * Node, network and group measures of a network, with the definitions used. Pure: reads the
 * graph, never changes it, uses no clock and no global randomness.
 * Throws MeasureError when weights cannot be read (missing or not numbers); measures that do
 * not apply to this network come back null with the reason in `definitions.measures`.
 */
export function analyze(graph: AbstractGraph, options: AnalyzeOptions = {}): Analysis {
  return analyzePrepared(prepareNetwork(graph, options), options);
}

/**
 * analyze() on a network already read into its compact form (prepareNetwork, or built
 * straight from the data without a graphology graph: prepareSnapshot). Only `weight`, `random`
 * and `pathTotals` of the options are read here.
 */
export function analyzePrepared(
  prepared: PreparedNetwork,
  options: Pick<AnalyzeOptions, 'weight' | 'random' | 'pathTotals'> = {},
): Analysis {
  const { adjacency, sectors, groups } = prepared;
  const measured = measureNetwork(adjacency, {
    sectors,
    random: options.random ?? createRandom(1),
    ...(options.pathTotals ? { pathTotals: options.pathTotals } : {}),
  });
  return {
    nodes: adjacency.ids.map((id, index) =>
      nodeRow(id, sectors[index] ?? null, index, measured.nodes),
    ),
    network: measured.network,
    groups: {
      sectorMixing: sectorMixingMatrix(adjacency, sectors),
      sectorEi: sectorEiIndex(adjacency, sectors),
      groupEi: groupEiIndex(adjacency, groups),
      groupDensity: groupDensity(adjacency, groups),
    },
    definitions: {
      directed: adjacency.directed,
      weighted: adjacency.weighted,
      weight: options.weight ?? null,
      distance: adjacency.weighted ? 'inverse-weight' : 'steps',
      sectorAttribute: prepared.sectorAttribute,
      measures: measured.definitions,
    },
  };
}

function valueAt(column: Float64Array | null, index: number): number | null {
  if (column === null) return null;
  const value = column[index]!;
  return Number.isNaN(value) ? null : value;
}

function nodeRow(
  id: string,
  sector: string | null,
  index: number,
  columns: NodeColumns,
): NodeMeasures {
  const roles = columns.brokerage;
  return {
    id,
    sector,
    degree: columns.degree[index]!,
    inDegree: columns.inDegree[index]!,
    outDegree: columns.outDegree[index]!,
    strength: columns.strength[index]!,
    betweenness: valueAt(columns.betweenness, index),
    betweennessNormalized: valueAt(columns.betweennessNormalized, index),
    closeness: valueAt(columns.closeness, index),
    harmonic: valueAt(columns.harmonic, index),
    eigenvector: valueAt(columns.eigenvector, index),
    pagerank: valueAt(columns.pagerank, index),
    clustering: columns.clustering[index]!,
    core: columns.core[index]!,
    constraint: valueAt(columns.constraint, index),
    effectiveSize: valueAt(columns.effectiveSize, index),
    brokerage: roles && {
      coordinator: roles.coordinator[index]!,
      itinerant: roles.itinerant[index]!,
      gatekeeper: roles.gatekeeper[index]!,
      representative: roles.representative[index]!,
      liaison: roles.liaison[index]!,
      total: roles.total[index]!,
    },
    community: columns.community[index]!,
  };
}
