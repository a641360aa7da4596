import type { MeasureErrorCode, MeasureErrorParams } from './measure-error.ts';

/** Node measures, by the key they have in results (the CLI prints them in snake_case). */
export const nodeMeasureKeys = [
  'degree',
  'inDegree',
  'outDegree',
  'strength',
  'betweenness',
  'betweennessNormalized',
  'closeness',
  'harmonic',
  'eigenvector',
  'pagerank',
  'clustering',
  'core',
  'constraint',
  'effectiveSize',
  'brokerage',
  'community',
] as const;
export type NodeMeasureKey = (typeof nodeMeasureKeys)[number];

/** Node measures that give each actor one number (not brokerage's role counts, not labels). */
export type NumericNodeMeasureKey = Exclude<NodeMeasureKey, 'brokerage' | 'community'>;
export const numericNodeMeasureKeys: readonly NumericNodeMeasureKey[] = nodeMeasureKeys.filter(
  (key): key is NumericNodeMeasureKey => key !== 'brokerage' && key !== 'community',
);

export const networkMeasureKeys = [
  'actors',
  'ties',
  'density',
  'weakComponents',
  'strongComponents',
  'largestComponentShare',
  'diameter',
  'averagePathLength',
  'reciprocity',
  'transitivity',
  'averageClustering',
  'degreeCentralization',
  'betweennessCentralization',
  'degreeAssortativity',
  'sectorAssortativity',
  'modularity',
  'communities',
] as const;
export type NetworkMeasureKey = (typeof networkMeasureKeys)[number];

export const groupMeasureKeys = ['sectorMixing', 'sectorEi', 'groupEi', 'groupDensity'] as const;
export type GroupMeasureKey = (typeof groupMeasureKeys)[number];

export type MeasureKey = NodeMeasureKey | NetworkMeasureKey | GroupMeasureKey;

/**
 * How a number was scaled, so a table can say it. Each code is explained in the measure's doc
 * comment and in the README's measures page.
 */
export type Normalization =
  | 'none'
  | 'pairs'
  | 'wasserman-faust'
  | 'other-actors'
  | 'unit-length'
  | 'sum-one'
  | 'share'
  | 'correlation'
  | 'freeman'
  | 'labels';

/** What one measure in a result used: direction, weights, scaling, or why it is missing. */
export interface MeasureDefinition {
  directed: boolean;
  weighted: boolean;
  normalization: Normalization;
  unavailable?: { code: MeasureErrorCode; params: MeasureErrorParams };
}

interface Convention {
  /** Whether the measure follows tie direction when the network is directed. */
  usesDirection: boolean;
  /** Whether the measure uses weights when the network is weighted. */
  usesWeight: boolean;
  normalization: Normalization;
}

const conventions: Record<MeasureKey, Convention> = {
  degree: { usesDirection: true, usesWeight: false, normalization: 'none' },
  inDegree: { usesDirection: true, usesWeight: false, normalization: 'none' },
  outDegree: { usesDirection: true, usesWeight: false, normalization: 'none' },
  strength: { usesDirection: true, usesWeight: true, normalization: 'none' },
  betweenness: { usesDirection: true, usesWeight: true, normalization: 'none' },
  betweennessNormalized: { usesDirection: true, usesWeight: true, normalization: 'pairs' },
  closeness: { usesDirection: true, usesWeight: true, normalization: 'wasserman-faust' },
  harmonic: { usesDirection: true, usesWeight: true, normalization: 'other-actors' },
  eigenvector: { usesDirection: true, usesWeight: true, normalization: 'unit-length' },
  pagerank: { usesDirection: true, usesWeight: true, normalization: 'sum-one' },
  clustering: { usesDirection: false, usesWeight: false, normalization: 'share' },
  core: { usesDirection: false, usesWeight: false, normalization: 'none' },
  constraint: { usesDirection: false, usesWeight: true, normalization: 'none' },
  effectiveSize: { usesDirection: false, usesWeight: true, normalization: 'none' },
  brokerage: { usesDirection: true, usesWeight: false, normalization: 'none' },
  community: { usesDirection: true, usesWeight: true, normalization: 'labels' },
  actors: { usesDirection: false, usesWeight: false, normalization: 'none' },
  ties: { usesDirection: true, usesWeight: false, normalization: 'none' },
  density: { usesDirection: true, usesWeight: false, normalization: 'share' },
  weakComponents: { usesDirection: false, usesWeight: false, normalization: 'none' },
  strongComponents: { usesDirection: true, usesWeight: false, normalization: 'none' },
  largestComponentShare: { usesDirection: false, usesWeight: false, normalization: 'share' },
  diameter: { usesDirection: true, usesWeight: true, normalization: 'none' },
  averagePathLength: { usesDirection: true, usesWeight: true, normalization: 'none' },
  reciprocity: { usesDirection: true, usesWeight: false, normalization: 'share' },
  transitivity: { usesDirection: false, usesWeight: false, normalization: 'share' },
  averageClustering: { usesDirection: false, usesWeight: false, normalization: 'share' },
  degreeCentralization: { usesDirection: false, usesWeight: false, normalization: 'freeman' },
  betweennessCentralization: { usesDirection: true, usesWeight: true, normalization: 'freeman' },
  degreeAssortativity: { usesDirection: true, usesWeight: false, normalization: 'correlation' },
  sectorAssortativity: { usesDirection: true, usesWeight: false, normalization: 'correlation' },
  modularity: { usesDirection: true, usesWeight: true, normalization: 'none' },
  communities: { usesDirection: true, usesWeight: true, normalization: 'none' },
  sectorMixing: { usesDirection: true, usesWeight: false, normalization: 'none' },
  sectorEi: { usesDirection: false, usesWeight: false, normalization: 'correlation' },
  groupEi: { usesDirection: false, usesWeight: false, normalization: 'correlation' },
  groupDensity: { usesDirection: true, usesWeight: false, normalization: 'share' },
};

export type Definitions = Record<MeasureKey, MeasureDefinition>;

/** The definitions of every measure for a network read as directed or not, weighted or not. */
export function describeMeasures(directed: boolean, weighted: boolean): Definitions {
  const entries = Object.entries(conventions).map(([key, convention]) => [
    key,
    {
      directed: directed && convention.usesDirection,
      weighted: weighted && convention.usesWeight,
      normalization: convention.normalization,
    },
  ]);
  return Object.fromEntries(entries) as Definitions;
}
