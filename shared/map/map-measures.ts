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
 * closeness, harmonic) and Burt's constraint: they take seconds on the UI thread. The
 * Measures screen computes them in a worker.
 */
export const PATH_MEASURE_LIMIT = 3000;

/** The measures of one network, by actor id; a missing key = not computed or not applicable. */
export interface MapMeasures {
  readonly keys: readonly MapMeasureKey[];
  readonly values: ReadonlyMap<MapMeasureKey, ReadonlyMap<string, number>>;
}

/**
 * Measures the map shows and sizes by, from shared/metrics (Cytoscape computes nothing we
 * show). Conventions: existing ties only (a potential tie is not yet a relation), read as
 * undirected, unweighted except strength (sum of weights). Parallel ties between one pair
 * count once, self-loops not at all, as everywhere in shared/metrics.
 */
export function measureMap(actors: readonly Actor[], ties: readonly Tie[]): MapMeasures {
  const ids = actors.map((actor) => actor.id);
  const indexOf = new Map(ids.map((id, index) => [id, index]));
  const existing = ties.filter(
    (tie) => tie.status === 'existing' && indexOf.has(tie.source) && indexOf.has(tie.target),
  );
  const list = {
    sources: Int32Array.from(existing, (tie) => indexOf.get(tie.source)!),
    targets: Int32Array.from(existing, (tie) => indexOf.get(tie.target)!),
    weights: Float64Array.from(existing, (tie) => tie.weight),
    length: existing.length,
  };
  const plain = adjacencyFromTies(ids, dropLoops(list), false, false);
  const weighted = adjacencyFromTies(ids, dropLoops(list), false, true);
  const columns = new Map<MapMeasureKey, ArrayLike<number>>();
  columns.set('degree', degreeCentrality(plain).degree);
  columns.set('strength', strengthCentrality(weighted));
  columns.set('core', coreNumber(plain));
  attempt(columns, 'eigenvector', () => eigenvectorCentrality(plain));
  attempt(columns, 'pagerank', () => pageRank(plain));
  if (ids.length <= PATH_MEASURE_LIMIT) addPathMeasures(columns, plain);
  const values = new Map<MapMeasureKey, ReadonlyMap<string, number>>();
  for (const [key, column] of columns) {
    const byActor = new Map<string, number>();
    ids.forEach((id, index) => {
      const value = column[index]!;
      if (Number.isFinite(value)) byActor.set(id, value);
    });
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

interface TieList {
  sources: Int32Array;
  targets: Int32Array;
  weights: Float64Array;
  length: number;
}

function dropLoops(list: TieList): TieList {
  const keep: number[] = [];
  for (let index = 0; index < list.length; index += 1)
    if (list.sources[index] !== list.targets[index]) keep.push(index);
  return {
    sources: Int32Array.from(keep, (index) => list.sources[index]!),
    targets: Int32Array.from(keep, (index) => list.targets[index]!),
    weights: Float64Array.from(keep, (index) => list.weights[index]!),
    length: keep.length,
  };
}

/** One actor's value, or null when the measure was not computed for it. */
export function measureOf(
  measures: MapMeasures,
  key: MapMeasureKey,
  actorId: string,
): number | null {
  return measures.values.get(key)?.get(actorId) ?? null;
}
