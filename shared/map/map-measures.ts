import type { Actor } from '../domain/actor.ts';
import type { Tie } from '../domain/tie.ts';
import type { MapMeasureKey } from '../domain/view.ts';
import { adjacencyFromTies, type Adjacency } from '../graph/adjacency.ts';
import { accumulatePathTotals } from '../graph/shortest-path-totals.ts';
import { burtConstraint } from '../metrics/brokerage/constraint.ts';
import { betweennessFromTotals } from '../metrics/centrality/betweenness.ts';
import { closenessFromTotals } from '../metrics/centrality/closeness.ts';
import { degreeCentrality } from '../metrics/centrality/degree.ts';
import { eigenvectorCentrality } from '../metrics/centrality/eigenvector.ts';
import { harmonicFromTotals } from '../metrics/centrality/harmonic.ts';
import { pageRank } from '../metrics/centrality/pagerank.ts';
import { strengthCentrality } from '../metrics/centrality/strength.ts';
import { coreNumber } from '../metrics/cohesion/k-core.ts';
import { MeasureError } from '../metrics/measure-error.ts';

/**
 * Above this many actors the map skips the all-pairs shortest-path measures (betweenness,
 * closeness, harmonic) and Burt's constraint: they grow with actors × ties (about 0.4 s at
 * 1,000 actors and 4,000 ties, 4 s at 3,000 / 12,000 on the development container). Large maps
 * compute them in a worker (renderer/workers/map-measures.worker.ts), so the page never waits;
 * this limit keeps the worker's answer within a few seconds.
 */
export const PATH_MEASURE_LIMIT = 3000;

/** The measures of one network, by actor id; a missing key = not computed or not applicable. */
export interface MapMeasures {
  readonly keys: readonly MapMeasureKey[];
  readonly values: ReadonlyMap<MapMeasureKey, ReadonlyMap<string, number>>;
}

/** No measures at all: what the filters get when no filter reads a measure. */
export const NO_MEASURES: MapMeasures = { keys: [], values: new Map() };

/**
 * A network as the measures read it: actors by index (`ids`), and the existing ties between
 * them as index pairs with their weights, self-loops left out. Typed arrays, so it crosses
 * into a worker without copying.
 */
export interface MeasureInput {
  ids: readonly string[];
  sources: Int32Array;
  targets: Int32Array;
  weights: Float64Array;
}

export interface MeasureOptions {
  /** Above this many actors, no shortest-path measures (PATH_MEASURE_LIMIT by default). */
  pathLimit?: number;
}

/** One column per measure, a value per actor index (NaN = not defined for that actor). */
export type MeasureColumns = ReadonlyMap<MapMeasureKey, ArrayLike<number>>;

/**
 * Measures the map shows and sizes by, from shared/metrics (Cytoscape computes nothing we
 * show). Conventions: existing ties only (a potential tie is not yet a relation), read as
 * undirected, unweighted except strength (sum of weights). Parallel ties between one pair
 * count once, self-loops not at all, as everywhere in shared/metrics.
 */
export function measureMap(actors: readonly Actor[], ties: readonly Tie[]): MapMeasures {
  const input = measureInput(actors, ties);
  return measuresFromColumns(input.ids, measureColumns(input, {}));
}

/**
 * Degree and strength only, as measureMap gives them, in a few milliseconds even at 20,000
 * actors and 100,000 ties (no adjacency is built): the map sizes its actors with these at once
 * while the worker computes the rest.
 */
export function quickMeasures(actors: readonly Actor[], ties: readonly Tie[]): MapMeasures {
  const input = measureInput(actors, ties);
  const { degree, strength } = degreeAndStrength(input);
  return measuresFromColumns(
    input.ids,
    new Map<MapMeasureKey, Float64Array>([
      ['degree', degree],
      ['strength', strength],
    ]),
  );
}

/**
 * Degree (distinct neighbours: parallel ties count once) and strength (every tie's weight,
 * parallel ones included), the conventions of shared/metrics' degree and strength on the
 * undirected adjacency. Distinct pairs are found by sorting one number per tie.
 */
function degreeAndStrength({ ids, sources, targets, weights }: MeasureInput) {
  const order = ids.length;
  const degree = new Float64Array(order);
  const strength = new Float64Array(order);
  const pairs = new Float64Array(sources.length);
  // Plain locals, no destructuring: this runs once per date, before V8 optimises it.
  for (let index = 0; index < sources.length; index += 1) {
    const source = sources[index]!;
    const target = targets[index]!;
    const weight = weights[index]!;
    strength[source] = strength[source]! + weight;
    strength[target] = strength[target]! + weight;
    pairs[index] = Math.min(source, target) * order + Math.max(source, target);
  }
  pairs.sort();
  for (let index = 0; index < pairs.length; index += 1) {
    const pair = pairs[index]!;
    if (index > 0 && pair === pairs[index - 1]) continue;
    const low = Math.floor(pair / order);
    const high = pair - low * order;
    degree[low] = degree[low]! + 1;
    degree[high] = degree[high]! + 1;
  }
  return { degree, strength };
}

/** The network as index arrays (see MeasureInput): existing ties between listed actors. */
export function measureInput(actors: readonly Actor[], ties: readonly Tie[]): MeasureInput {
  const ids = actors.map((actor) => actor.id);
  const indexOf = new Map<string, number>();
  ids.forEach((id, index) => indexOf.set(id, index));
  const sources = new Int32Array(ties.length);
  const targets = new Int32Array(ties.length);
  const weights = new Float64Array(ties.length);
  let length = 0;
  for (const tie of ties) {
    if (tie.status !== 'existing') continue;
    const source = indexOf.get(tie.source);
    const target = indexOf.get(tie.target);
    if (source === undefined || target === undefined || source === target) continue;
    sources[length] = source;
    targets[length] = target;
    weights[length] = tie.weight;
    length += 1;
  }
  return {
    ids,
    sources: sources.slice(0, length),
    targets: targets.slice(0, length),
    weights: weights.slice(0, length),
  };
}

/** The measures as columns by actor index: what the worker computes and sends back. */
export function measureColumns(
  input: MeasureInput,
  options: MeasureOptions = {},
): Map<MapMeasureKey, ArrayLike<number>> {
  const list = {
    sources: input.sources,
    targets: input.targets,
    weights: input.weights,
    length: input.sources.length,
  };
  const { ids } = input;
  const plain = adjacencyFromTies(ids, list, false, false);
  const weighted = adjacencyFromTies(ids, list, false, true);
  const columns = new Map<MapMeasureKey, ArrayLike<number>>();
  columns.set('degree', degreeCentrality(plain).degree);
  columns.set('strength', strengthCentrality(weighted));
  columns.set('core', coreNumber(plain));
  attempt(columns, 'eigenvector', () => eigenvectorCentrality(plain));
  attempt(columns, 'pagerank', () => pageRank(plain));
  if (ids.length <= (options.pathLimit ?? PATH_MEASURE_LIMIT)) addPathMeasures(columns, plain);
  return columns;
}

/** Columns by actor index → values by actor id, leaving out values that are not finite. */
export function measuresFromColumns(
  ids: readonly string[],
  columns: ReadonlyMap<MapMeasureKey, ArrayLike<number>>,
): MapMeasures {
  const values = new Map<MapMeasureKey, ReadonlyMap<string, number>>();
  for (const [key, column] of columns) {
    const byActor = new Map<string, number>();
    for (let index = 0; index < ids.length; index += 1) {
      const value = column[index]!;
      if (Number.isFinite(value)) byActor.set(ids[index]!, value);
    }
    values.set(key, byActor);
  }
  return { keys: [...columns.keys()], values };
}

/** Betweenness, closeness and harmonic from one shared shortest-path pass (unweighted). */
function addPathMeasures(columns: Map<MapMeasureKey, ArrayLike<number>>, plain: Adjacency): void {
  const totals = accumulatePathTotals(plain, { weighted: false, component: null });
  columns.set('betweenness', betweennessFromTotals(plain, totals).normalised);
  columns.set('closeness', closenessFromTotals(plain, totals));
  columns.set('harmonic', harmonicFromTotals(plain, totals));
  attempt(columns, 'constraint', () => burtConstraint(plain));
}

function attempt(
  columns: Map<MapMeasureKey, ArrayLike<number>>,
  key: MapMeasureKey,
  compute: () => ArrayLike<number>,
): void {
  try {
    columns.set(key, compute());
  } catch (error) {
    if (!(error instanceof MeasureError)) throw error;
  }
}

/** One actor's value, or null when the measure was not computed for it. */
export function measureOf(
  measures: MapMeasures,
  key: MapMeasureKey,
  actorId: string,
): number | null {
  return measures.values.get(key)?.get(actorId) ?? null;
}
