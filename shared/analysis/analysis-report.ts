import type { Analysis, BrokerageCounts, NodeMeasures } from '../metrics/analyze.ts';
import type { NetworkMeasures } from '../metrics/measure-network.ts';
import type { WithoutActor } from '../metrics/without-actor.ts';
import type { GraphSelection } from './graph-selection.ts';

/**
 * The measures `tejido analyze` prints, by their snake_case names (issue 5), and where each
 * comes from in the engine's results. Node ids and labels always come first.
 */
export const REPORT_NODE_MEASURES = {
  degree: 'degree',
  in_degree: 'inDegree',
  out_degree: 'outDegree',
  strength: 'strength',
  betweenness: 'betweenness',
  betweenness_normalized: 'betweennessNormalized',
  closeness: 'closeness',
  harmonic: 'harmonic',
  eigenvector: 'eigenvector',
  pagerank: 'pagerank',
  clustering: 'clustering',
  core: 'core',
  constraint: 'constraint',
  effective_size: 'effectiveSize',
  community: 'community',
} as const satisfies Record<string, keyof NodeMeasures>;

/**
 * Gould–Fernandez brokerage roles by sector, one column each: how many times the actor sits
 * on a directed two-step path a → actor → c in that role. Null when the ties are undirected or
 * the actor has no sector (the definitions say which).
 */
export const REPORT_BROKERAGE_MEASURES = {
  brokerage_coordinator: 'coordinator',
  brokerage_itinerant: 'itinerant',
  brokerage_gatekeeper: 'gatekeeper',
  brokerage_representative: 'representative',
  brokerage_liaison: 'liaison',
  brokerage_total: 'total',
} as const satisfies Record<string, keyof BrokerageCounts>;

export const REPORT_NETWORK_MEASURES = {
  actors: 'actors',
  ties: 'ties',
  density: 'density',
  components: 'weakComponents',
  strong_components: 'strongComponents',
  largest_component_share: 'largestComponentShare',
  diameter: 'diameter',
  average_path_length: 'averagePathLength',
  reciprocity: 'reciprocity',
  transitivity: 'transitivity',
  average_clustering: 'averageClustering',
  degree_centralization: 'degreeCentralization',
  betweenness_centralization: 'betweennessCentralization',
  degree_assortativity: 'degreeAssortativity',
  sector_assortativity: 'sectorAssortativity',
  modularity: 'modularity',
  communities: 'communities',
} as const satisfies Record<string, keyof NetworkMeasures>;

export type ReportNodeMeasure =
  keyof typeof REPORT_NODE_MEASURES | keyof typeof REPORT_BROKERAGE_MEASURES;
export type ReportNetworkMeasure = keyof typeof REPORT_NETWORK_MEASURES;
export type ReportMeasure = ReportNodeMeasure | ReportNetworkMeasure;

export const REPORT_MEASURES: readonly ReportMeasure[] = [
  ...(Object.keys(REPORT_NODE_MEASURES) as ReportNodeMeasure[]),
  ...(Object.keys(REPORT_BROKERAGE_MEASURES) as ReportNodeMeasure[]),
  ...(Object.keys(REPORT_NETWORK_MEASURES) as ReportNetworkMeasure[]),
];

export function isReportMeasure(name: string): name is ReportMeasure {
  return (REPORT_MEASURES as readonly string[]).includes(name);
}

type Value = number | string | null;

export interface AnalysisReport {
  network: Record<string, number | null>;
  nodes: Record<string, Value>[];
  groups: Record<string, unknown>;
  definitions: Record<string, unknown>;
  /** With `--without ACTOR`: the network measures without that actor, and the change. */
  without_actor?: WithoutActorReport;
}

function snakeCase(key: string): string {
  return key.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);
}

/**
 * The JSON report of an analysis: network measures, one object per actor ({ id, label,
 * measures… }), group measures and the definitions (what was included, direction and why,
 * weights and distance, and each measure's conventions), all with snake_case keys.
 * `only` limits node and network measures to the names given; null = all.
 */
export function buildAnalysisReport(
  analysis: Analysis,
  selection: GraphSelection,
  labels: ReadonlyMap<string, string>,
  only: readonly ReportMeasure[] | null,
): AnalysisReport {
  const wanted = (name: ReportMeasure) => only === null || only.includes(name);
  const network: Record<string, number | null> = {};
  for (const [name, key] of Object.entries(REPORT_NETWORK_MEASURES)) {
    if (wanted(name as ReportNetworkMeasure)) network[name] = analysis.network[key];
  }
  const nodes = analysis.nodes.map((node) => {
    const row: Record<string, Value> = { id: node.id, label: labels.get(node.id) ?? node.id };
    for (const [name, key] of Object.entries(REPORT_NODE_MEASURES)) {
      if (wanted(name as ReportNodeMeasure)) row[name] = node[key];
    }
    for (const [name, role] of Object.entries(REPORT_BROKERAGE_MEASURES)) {
      if (wanted(name as ReportNodeMeasure)) row[name] = node.brokerage?.[role] ?? null;
    }
    return row;
  });
  const { sectorMixing, sectorEi, groupEi, groupDensity } = analysis.groups;
  const measures = Object.fromEntries(
    Object.entries(analysis.definitions.measures).map(([key, value]) => [snakeCase(key), value]),
  );
  return {
    network,
    nodes,
    groups: {
      sector_mixing: sectorMixing,
      sector_ei: { whole: sectorEi.whole, by_sector: sectorEi.bySector },
      group_ei: groupEi,
      group_density: groupDensity,
    },
    definitions: {
      directed: analysis.definitions.directed,
      direction_reason: selection.directionReason,
      weighted: analysis.definitions.weighted,
      weight: selection.weight,
      distance: analysis.definitions.distance,
      statuses: selection.statuses,
      tie_types: selection.tieTypes,
      at: selection.at,
      sector_attribute: analysis.definitions.sectorAttribute,
      measures,
    },
  };
}

/** The node rows of a report as a table: column names, then one row per actor. */
export function reportNodeTable(report: AnalysisReport): { columns: string[]; rows: Value[][] } {
  const columns = Object.keys(report.nodes[0] ?? { id: null, label: null });
  return {
    columns,
    rows: report.nodes.map((node) => columns.map((column) => node[column] ?? null)),
  };
}

/** `--without`'s part of the report: the network without the actor, and the change. */
export interface WithoutActorReport {
  id: string;
  label: string;
  network: Record<string, number | null>;
  difference: Record<string, number | null>;
}

/**
 * The network measures without one actor and their difference from the whole network (see
 * preparedWithoutActor), by the report's snake_case names; `only` as in buildAnalysisReport.
 */
export function buildWithoutReport(
  result: WithoutActor,
  label: string,
  only: readonly ReportMeasure[] | null,
): WithoutActorReport {
  const network: Record<string, number | null> = {};
  const difference: Record<string, number | null> = {};
  for (const [name, key] of Object.entries(REPORT_NETWORK_MEASURES)) {
    if (only !== null && !only.includes(name as ReportNetworkMeasure)) continue;
    network[name] = result.without[key];
    difference[name] = result.difference[key];
  }
  return { id: result.actor, label, network, difference };
}

/**
 * The comparison as a table: one row per network measure, the whole network (`whole`, the
 * report's `network`) beside the one without the actor, and the difference.
 */
export function withoutTable(
  whole: AnalysisReport['network'],
  without: WithoutActorReport,
): { columns: string[]; rows: Value[][] } {
  return {
    columns: ['measure', 'with', 'without', 'difference'],
    rows: Object.keys(without.network).map((name) => [
      name,
      whole[name] ?? null,
      without.network[name] ?? null,
      without.difference[name] ?? null,
    ]),
  };
}
