/**
 * Ties grouped by how they are stroked, so a canvas draws each group with one path and one
 * stroke instead of one per tie: Canvas 2D's cost is per stroke call and per state change,
 * not per segment.
 */

export interface TieStyleInput {
  colour: string;
  width: number;
  potential: boolean;
  directed: boolean;
}

export interface TieBucket {
  colour: string;
  /** Model units, rounded to WIDTH_STEP so near-equal widths share a stroke. */
  width: number;
  /** Potential ties: dashed. */
  dashed: boolean;
  /** Member tie indexes, in input order. */
  members: Int32Array;
  /** How many members are directed (arrowheads are drawn only for buckets that have some). */
  directed: number;
}

/** Widths closer than this (model units) are drawn with the same stroke. */
export const WIDTH_STEP = 0.5;

export function roundWidth(width: number): number {
  return Math.max(WIDTH_STEP, Math.round(width / WIDTH_STEP) * WIDTH_STEP);
}

/**
 * Groups ties by colour × rounded width × dashed. `bucketOf[i]` is tie i's bucket; buckets are
 * ordered solid before dashed, then by first appearance, so the drawing order is stable.
 */
export function bucketTies(ties: readonly TieStyleInput[]): {
  bucketOf: Uint16Array;
  buckets: TieBucket[];
} {
  // Colour, then width and dashing as one number: no key string per tie (100,000 of them
  // cost a canvas drawing tens of milliseconds).
  const keys = new Map<string, Map<number, number>>();
  const specs: {
    colour: string;
    width: number;
    dashed: boolean;
    count: number;
    directed: number;
  }[] = [];
  const firstPass = new Int32Array(ties.length);
  for (let index = 0; index < ties.length; index += 1) {
    const tie = ties[index]!;
    const width = roundWidth(tie.width);
    let byWidth = keys.get(tie.colour);
    if (!byWidth) keys.set(tie.colour, (byWidth = new Map()));
    const key = tie.potential ? -width : width;
    let bucket = byWidth.get(key);
    if (bucket === undefined) {
      bucket = specs.length;
      byWidth.set(key, bucket);
      specs.push({ colour: tie.colour, width, dashed: tie.potential, count: 0, directed: 0 });
    }
    const spec = specs[bucket]!;
    spec.count += 1;
    if (tie.directed) spec.directed += 1;
    firstPass[index] = bucket;
  }
  const order = specs
    .map((_, index) => index)
    .sort((a, b) => {
      const dashed = Number(specs[a]!.dashed) - Number(specs[b]!.dashed);
      return dashed !== 0 ? dashed : a - b;
    });
  const rank = new Int32Array(specs.length);
  order.forEach((bucket, position) => (rank[bucket] = position));
  const buckets: TieBucket[] = order.map((bucket) => ({
    colour: specs[bucket]!.colour,
    width: specs[bucket]!.width,
    dashed: specs[bucket]!.dashed,
    members: new Int32Array(specs[bucket]!.count),
    directed: specs[bucket]!.directed,
  }));
  const filled = new Int32Array(buckets.length);
  const bucketOf = new Uint16Array(ties.length);
  for (let index = 0; index < ties.length; index += 1) {
    const bucket = rank[firstPass[index]!]!;
    bucketOf[index] = bucket;
    buckets[bucket]!.members[filled[bucket]!] = index;
    filled[bucket]! += 1;
  }
  return { bucketOf, buckets };
}
