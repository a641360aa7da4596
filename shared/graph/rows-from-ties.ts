import type { TieList } from './adjacency.ts';

/** Rows of a compressed sparse row structure: row v is ends[offsets[v]..offsets[v+1]). */
export interface Rows {
  offsets: Int32Array;
  ends: Int32Array;
  weights: Float64Array;
}

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
  for (let index = 0; index < length; index += 1) {
    bucketStart[targets[index]! + 1]! += 1;
    rowStart[sources[index]! + 1]! += 1;
    if (both) {
      bucketStart[sources[index]! + 1]! += 1;
      rowStart[targets[index]! + 1]! += 1;
    }
  }
  for (let node = 0; node < order; node += 1) {
    bucketStart[node + 1]! += bucketStart[node]!;
    rowStart[node + 1]! += rowStart[node]!;
  }
  const bucketSource = new Int32Array(arcCount);
  const bucketWeight = new Float64Array(arcCount);
  const bucketFill = bucketStart.slice(0, order);
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
  const ends = new Int32Array(arcCount);
  const rowWeights = new Float64Array(arcCount);
  const rowFill = rowStart.slice(0, order);
  for (let target = 0; target < order; target += 1) {
    for (let slot = bucketStart[target]!; slot < bucketStart[target + 1]!; slot += 1) {
      const position = rowFill[bucketSource[slot]!]!++;
      ends[position] = target;
      rowWeights[position] = bucketWeight[slot]!;
    }
  }
  // Merge runs of the same neighbour, compacting the rows in place.
  const offsets = new Int32Array(order + 1);
  let written = 0;
  for (let node = 0; node < order; node += 1) {
    const first = written;
    for (let arc = rowStart[node]!; arc < rowStart[node + 1]!; arc += 1) {
      if (written > first && ends[written - 1] === ends[arc]) {
        rowWeights[written - 1]! += rowWeights[arc]!;
      } else {
        ends[written] = ends[arc]!;
        rowWeights[written] = rowWeights[arc]!;
        written += 1;
      }
    }
    offsets[node + 1] = written;
  }
  return { offsets, ends: ends.slice(0, written), weights: rowWeights.slice(0, written) };
}

/** The rows of the opposite direction (in-rows from out-rows), each sorted by neighbour. */
export function transposeRows(rows: Rows, order: number): Rows {
  const { offsets, ends, weights } = rows;
  const start = new Int32Array(order + 1);
  for (let arc = 0; arc < ends.length; arc += 1) start[ends[arc]! + 1]! += 1;
  for (let node = 0; node < order; node += 1) start[node + 1]! += start[node]!;
  const fill = start.slice(0, order);
  const transposedEnds = new Int32Array(ends.length);
  const transposedWeights = new Float64Array(ends.length);
  for (let node = 0; node < order; node += 1) {
    for (let arc = offsets[node]!; arc < offsets[node + 1]!; arc += 1) {
      const position = fill[ends[arc]!]!++;
      transposedEnds[position] = node;
      transposedWeights[position] = weights[arc]!;
    }
  }
  return { offsets: start, ends: transposedEnds, weights: transposedWeights };
}
