/** Node diameters in model units (pixels at zoom 1). */
export const NODE_SIZE = { min: 16, max: 64 } as const;

/**
 * Maps a measure to a node diameter so that the node's AREA grows linearly with the value
 * (a square-root scale on the diameter): people compare areas, and a linear diameter makes
 * a hub look quadratically more important than it is. The smallest value gets `min`, the
 * largest `max`; when every value is equal (or there are none) every node gets the middle
 * size. Missing values (measure not computed for the actor) get `min`.
 */
export function sizeScale(
  values: Iterable<number>,
  range: { min: number; max: number } = NODE_SIZE,
): (value: number | null) => number {
  let low = Infinity;
  let high = -Infinity;
  for (const value of values) {
    if (!Number.isFinite(value)) continue;
    if (value < low) low = value;
    if (value > high) high = value;
  }
  if (!(high > low)) {
    const middle = (range.min + range.max) / 2;
    return (value) => (value === null ? range.min : middle);
  }
  const span = Math.sqrt(high - low);
  return (value) => {
    if (value === null || !Number.isFinite(value)) return range.min;
    const share = Math.sqrt(Math.min(Math.max(value - low, 0), high - low)) / span;
    return range.min + share * (range.max - range.min);
  };
}

/** Tie width in model units from its weight: 1 for weight ≤ 1, growing with log2, at most 8. */
export function tieWidth(weight: number): number {
  const magnitude = Math.abs(weight);
  if (!(magnitude > 1)) return 1.5;
  return Math.min(1.5 + 1.5 * Math.log2(magnitude), 8);
}
