/** An axis-aligned rectangle in model coordinates. */
export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/**
 * Clips the segment (x1, y1)–(x2, y2) to `box` (Liang–Barsky) and writes the visible part into
 * `out` as [x1, y1, x2, y2]; false when nothing of it is inside. The map strokes only what is in
 * view: a dashed tie tens of thousands of pixels long, zoomed in, was dashed along its whole
 * length by the canvas (seconds for a few hundred ties), clipped or not.
 */
export function clipSegment(
  box: Box,
  x1: number,
  y1: number,
  x2: number,
  y2: number,
  out: Float64Array,
): boolean {
  const dx = x2 - x1;
  const dy = y2 - y1;
  let enter = 0;
  let leave = 1;
  // For each edge: p = direction towards the outside, q = distance to the edge.
  const edges = [
    [-dx, x1 - box.left],
    [dx, box.right - x1],
    [-dy, y1 - box.top],
    [dy, box.bottom - y1],
  ] as const;
  for (const [p, q] of edges) {
    if (p === 0) {
      if (q < 0) return false;
      continue;
    }
    const t = q / p;
    if (p < 0) {
      if (t > leave) return false;
      if (t > enter) enter = t;
    } else {
      if (t < enter) return false;
      if (t < leave) leave = t;
    }
  }
  out[0] = x1 + enter * dx;
  out[1] = y1 + enter * dy;
  out[2] = x1 + leave * dx;
  out[3] = y1 + leave * dy;
  return true;
}
