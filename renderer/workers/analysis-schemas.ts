import { z } from 'zod';
import type { GraphSelection } from '../../shared/analysis/graph-selection.ts';
import type { Analysis } from '../../shared/metrics/analyze.ts';
import {
  groupMeasureKeys,
  networkMeasureKeys,
  nodeMeasureKeys,
  type Normalization,
} from '../../shared/metrics/definitions.ts';
import type { MeasureErrorCode } from '../../shared/metrics/measure-error.ts';
import type { WithoutActor } from '../../shared/metrics/without-actor.ts';

/** Results cross the worker boundary as plain data: parsed here like any other edge. */
const Measure = z.number().nullable();

const Brokerage = z.object({
  coordinator: z.number(),
  itinerant: z.number(),
  gatekeeper: z.number(),
  representative: z.number(),
  liaison: z.number(),
  total: z.number(),
});

const NodeMeasures = z.object({
  id: z.string(),
  sector: z.string().nullable(),
  degree: z.number(),
  inDegree: z.number(),
  outDegree: z.number(),
  strength: z.number(),
  betweenness: Measure,
  betweennessNormalized: Measure,
  closeness: Measure,
  harmonic: Measure,
  eigenvector: Measure,
  pagerank: Measure,
  clustering: z.number(),
  core: z.number(),
  constraint: Measure,
  effectiveSize: Measure,
  brokerage: Brokerage.nullable(),
  community: z.number(),
});

export const NetworkMeasures = z.object({
  actors: z.number(),
  ties: z.number(),
  density: Measure,
  weakComponents: z.number(),
  strongComponents: z.number(),
  largestComponentShare: Measure,
  diameter: Measure,
  averagePathLength: Measure,
  reciprocity: Measure,
  transitivity: Measure,
  averageClustering: Measure,
  degreeCentralization: Measure,
  betweennessCentralization: Measure,
  degreeAssortativity: Measure,
  sectorAssortativity: Measure,
  modularity: Measure,
  communities: z.number(),
});

const normalizations = [
  'none',
  'pairs',
  'wasserman-faust',
  'other-actors',
  'unit-length',
  'sum-one',
  'share',
  'correlation',
  'freeman',
  'labels',
] as const satisfies readonly Normalization[];

export const ErrorDetails = z.object({
  code: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])),
});

const measureErrorCodes = [
  'measure.weightMissing',
  'measure.weightNotNumeric',
  'measure.weightNotPositive',
  'measure.needsDirected',
  'measure.noTies',
  'measure.notConverged',
  'measure.unknownActor',
] as const satisfies readonly MeasureErrorCode[];

const MeasureDefinition = z.object({
  directed: z.boolean(),
  weighted: z.boolean(),
  normalization: z.enum(normalizations),
  unavailable: z
    .object({ code: z.enum(measureErrorCodes), params: ErrorDetails.shape.params })
    .optional(),
});

const measureKeys = [...nodeMeasureKeys, ...networkMeasureKeys, ...groupMeasureKeys] as const;

export const AnalysisResult = z.object({
  nodes: z.array(NodeMeasures),
  network: NetworkMeasures,
  groups: z.object({
    sectorMixing: z.object({
      sectors: z.array(z.string()),
      ties: z.array(z.array(z.number())),
      unclassified: z.number(),
    }),
    sectorEi: z.object({ whole: Measure, bySector: z.record(z.string(), Measure) }),
    groupEi: z.record(z.string(), Measure),
    groupDensity: z.object({ groups: z.array(z.string()), density: z.array(z.array(Measure)) }),
  }),
  definitions: z.object({
    directed: z.boolean(),
    weighted: z.boolean(),
    weight: z.string().nullable(),
    distance: z.enum(['steps', 'inverse-weight']),
    sectorAttribute: z.string(),
    measures: z.record(z.enum(measureKeys), MeasureDefinition),
  }),
});

export const WithoutActorResult = z.object({
  actor: z.string(),
  with: NetworkMeasures,
  without: NetworkMeasures,
  difference: z.record(z.enum(networkMeasureKeys), Measure),
});

export const Selection = z.object({
  directed: z.boolean(),
  directionReason: z.enum([
    'all-directed',
    'none-directed',
    'mixed-directed',
    'mixed-undirected',
    'forced-directed',
    'forced-undirected',
  ]),
  statuses: z.array(z.enum(['existing', 'potential'])),
  tieTypes: z.array(z.string()).nullable(),
  weight: z.string().nullable(),
  at: z.string().nullable(),
  actors: z.number(),
  ties: z.number(),
});

// The schemas and the engine's types must describe the same data: a drift fails to compile.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const schemasMatchEngine: [
  Same<z.infer<typeof AnalysisResult>, Analysis>,
  Same<z.infer<typeof WithoutActorResult>, WithoutActor>,
  Same<z.infer<typeof Selection>, GraphSelection>,
] = [true, true, true];
void schemasMatchEngine;
