import type { TieList } from './adjacency.ts';

/** Rows of a compressed sparse row structure: row v is ends[offsets[v]..offsets[v+1]). */
export interface Rows {
  offsets: Int32Array;
  ends: Int32Array;
  weights: Float64Array;
}

// Why every pass below is its own small function: V8 optimises a hot loop on the spot
// ("on-stack replacement") and throws that code away as soon as execution reaches code that
// has never run, such as the next loop. A function with five loops was compiled five or six
// times per call while it warmed up, costing more CPU than the work itself on a 10,000-actor
// network. One loop per function is compiled once, small and fast.

/**
 * Out-rows of a tie list: each tie s→t (and t→s as well when `both`), every row sorted by
 * neighbour, parallel arcs merged into one whose weight is their sum (added in list order).
 * Two counting passes — arcs into buckets by target, then buckets emptied in increasing target
 * into their source's row — so rows come out sorted without a comparison sort or copies of
 * the list in both directions.
 */
export function outRows(ties: TieList, order: number, both: boolean): Rows {
  const { sources, targets, weights, length } = ties;
  const arcCount = both ? 2 * length : length;
  const bucketStart = new Int32Array(order + 1);
  const rowStart = new Int32Array(order + 1);
  countEnds(sources, targets, length, bucketStart, rowStart);
  if (both) countEnds(targets, sources, length, bucketStart, rowStart);
  prefixSum(bucketStart, order);
  prefixSum(rowStart, order);
  const bucketSource = new Int32Array(arcCount);
  const bucketFill = bucketStart.slice(0, order);
  const ends = new Int32Array(arcCount);
  const rowWeights = new Float64Array(arcCount);
  const rowFill = rowStart.slice(0, order);
  const offsets = new Int32Array(order + 1);
  let written: number;
  if (allOnes(weights, length)) {
    // Every tie weighs 1 (unweighted readings, most networks): a merged arc weighs the
    // number of arcs merged, so the buckets move neighbours only, a third of the bytes
    // (a 4-byte number where there were 12 with the weight), and the weights are counted.
    fillUnitBuckets(sources, targets, length, both, bucketFill, bucketSource);
    emptyUnitBuckets(order, bucketStart, bucketSource, rowFill, ends);
    written = mergeUnitRuns(order, rowStart, ends, rowWeights, offsets);
  } else {
    const bucketWeight = new Float64Array(arcCount);
    fillBuckets(sources, targets, weights, length, both, bucketFill, bucketSource, bucketWeight);
    emptyBuckets(order, bucketStart, bucketSource, bucketWeight, rowFill, ends, rowWeights);
    written = mergeRuns(order, rowStart, ends, rowWeights, offsets);
  }
  return {
    offsets,
    ends: written === arcCount ? ends : ends.slice(0, written),
    weights: written === arcCount ? rowWeights : rowWeights.slice(0, written),
  };
}

/** Counts arcs by their target (buckets) and by their source (rows), shifted by one. */
function countEnds(
  sources: Int32Array,
  targets: Int32Array,
  length: number,
  bucketStart: Int32Array,
  rowStart: Int32Array,
): void {
  for (let index = 0; index < length; index += 1) {
    bucketStart[targets[index]! + 1]! += 1;
    rowStart[sources[index]! + 1]! += 1;
  }
}

/** Turns counts shifted by one into start positions, in place. */
export function prefixSum(start: Int32Array, order: number): void {
  let total = 0;
  for (let node = 0; node <= order; node += 1) {
    total += start[node]!;
    start[node] = total;
  }
}

function fillBuckets(
  sources: Int32Array,
  targets: Int32Array,
  weights: Float64Array,
  length: number,
  both: boolean,
  bucketFill: Int32Array,
  bucketSource: Int32Array,
  bucketWeight: Float64Array,
): void {
  for (let index = 0; index < length; index += 1) {
    const source = sources[index]!;
    const target = targets[index]!;
    const weight = weights[index]!;
    let slot = bucketFill[target]!++;
    bucketSource[slot] = source;
    bucketWeight[slot] = weight;
    if (both) {
      slot = bucketFill[source]!++;
      bucketSource[slot] = target;
      bucketWeight[slot] = weight;
    }
  }
}

function emptyBuckets(
  order: number,
  bucketStart: Int32Array,
  bucketSource: Int32Array,
  bucketWeight: Float64Array,
  rowFill: Int32Array,
  ends: Int32Array,
  rowWeights: Float64Array,
): void {
  let slot = 0;
  for (let target = 0; target < order; target += 1) {
    const end = bucketStart[target + 1]!;
    for (; slot < end; slot += 1) {
      const position = rowFill[bucketSource[slot]!]!++;
      ends[position] = target;
      rowWeights[position] = bucketWeight[slot]!;
    }
  }
}

/** Merges runs of the same neighbour, compacting the rows in place; returns the arc count. */
function mergeRuns(
  order: number,
  rowStart: Int32Array,
  ends: Int32Array,
  rowWeights: Float64Array,
  offsets: Int32Array,
): number {
  let written = 0;
  for (let node = 0; node < order; node += 1) {
    const first = written;
    const end = rowStart[node + 1]!;
    for (let arc = rowStart[node]!; arc < end; arc += 1) {
      const neighbour = ends[arc]!;
      if (written > first && ends[written - 1] === neighbour) {
        rowWeights[written - 1]! += rowWeights[arc]!;
      } else {
        ends[written] = neighbour;
        rowWeights[written] = rowWeights[arc]!;
        written += 1;
      }
    }
    offsets[node + 1] = written;
  }
  return written;
}

/** Whether the first `length` weights (all by default) are all 1. */
export function allOnes(weights: Float64Array, length = weights.length): boolean {
  for (let index = 0; index < length; index += 1) if (weights[index] !== 1) return false;
  return true;
}

/** fillBuckets without weights. */
function fillUnitBuckets(
  sources: Int32Array,
  targets: Int32Array,
  length: number,
  both: boolean,
  bucketFill: Int32Array,
  bucketSource: Int32Array,
): void {
  for (let index = 0; index < length; index += 1) {
    const source = sources[index]!;
    const target = targets[index]!;
    bucketSource[bucketFill[target]!++] = source;
    if (both) bucketSource[bucketFill[source]!++] = target;
  }
}

/** emptyBuckets without weights. */
function emptyUnitBuckets(
  order: number,
  bucketStart: Int32Array,
  bucketSource: Int32Array,
  rowFill: Int32Array,
  ends: Int32Array,
): void {
  let slot = 0;
  for (let target = 0; target < order; target += 1) {
    const end = bucketStart[target + 1]!;
    for (; slot < end; slot += 1) ends[rowFill[bucketSource[slot]!]!++] = target;
  }
}

/** mergeRuns where every arc weighs 1: a merged arc's weight is the length of its run. */
function mergeUnitRuns(
  order: number,
  rowStart: Int32Array,
  ends: Int32Array,
  rowWeights: Float64Array,
  offsets: Int32Array,
): number {
  let written = 0;
  for (let node = 0; node < order; node += 1) {
    const first = written;
    const end = rowStart[node + 1]!;
    for (let arc = rowStart[node]!; arc < end; arc += 1) {
      const neighbour = ends[arc]!;
      if (written > first && ends[written - 1] === neighbour) {
        rowWeights[written - 1]! += 1;
      } else {
        ends[written] = neighbour;
        rowWeights[written] = 1;
        written += 1;
      }
    }
    offsets[node + 1] = written;
  }
  return written;
}

/** The rows of the opposite direction (in-rows from out-rows), each sorted by neighbour. */
export function transposeRows(rows: Rows, order: number): Rows {
  const { offsets, ends, weights } = rows;
  const start = new Int32Array(order + 1);
  countTargets(ends, start);
  prefixSum(start, order);
  const fill = start.slice(0, order);
  const transposedEnds = new Int32Array(ends.length);
  const transposedWeights = new Float64Array(ends.length);
  scatterTransposed(order, offsets, ends, weights, fill, transposedEnds, transposedWeights);
  return { offsets: start, ends: transposedEnds, weights: transposedWeights };
}

function countTargets(ends: Int32Array, start: Int32Array): void {
  for (let arc = 0; arc < ends.length; arc += 1) start[ends[arc]! + 1]! += 1;
}

function scatterTransposed(
  order: number,
  offsets: Int32Array,
  ends: Int32Array,
  weights: Float64Array,
  fill: Int32Array,
  transposedEnds: Int32Array,
  transposedWeights: Float64Array,
): void {
  let arc = 0;
  for (let node = 0; node < order; node += 1) {
    const end = offsets[node + 1]!;
    for (; arc < end; arc += 1) {
      const position = fill[ends[arc]!]!++;
      transposedEnds[position] = node;
      transposedWeights[position] = weights[arc]!;
    }
  }
}
