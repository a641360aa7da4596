/**
 * A uniform grid over actor positions for "what is under the pointer": each cell lists the
 * actors whose disc overlaps it, so a query looks at a handful of actors instead of all.
 * Rows are packed (cell start offsets + one index array), built in two counting passes.
 */
export interface HitGrid {
  left: number;
  top: number;
  cell: number;
  columns: number;
  rows: number;
  /** Actors of cell c are items[starts[c] … starts[c + 1]). */
  starts: Int32Array;
  items: Int32Array;
}

export interface Discs {
  xs: Float64Array;
  ys: Float64Array;
  radii: Float32Array;
  count: number;
}

/** Keeps the grid at most this many cells wide or high (a far-flung outlier cannot blow it up). */
const MAX_SIDE = 1024;

export function buildHitGrid(
  discs: Discs,
  include: (index: number) => boolean,
  cellSize = 64,
): HitGrid {
  let [left, top, right, bottom] = [Infinity, Infinity, -Infinity, -Infinity];
  for (let i = 0; i < discs.count; i += 1) {
    if (!include(i)) continue;
    const r = discs.radii[i]!;
    left = Math.min(left, discs.xs[i]! - r);
    right = Math.max(right, discs.xs[i]! + r);
    top = Math.min(top, discs.ys[i]! - r);
    bottom = Math.max(bottom, discs.ys[i]! + r);
  }
  if (!Number.isFinite(left)) {
    return {
      left: 0,
      top: 0,
      cell: 1,
      columns: 0,
      rows: 0,
      starts: new Int32Array(1),
      items: new Int32Array(0),
    };
  }
  const cell = Math.max(cellSize, (right - left) / MAX_SIDE, (bottom - top) / MAX_SIDE);
  const columns = Math.floor((right - left) / cell) + 1;
  const rows = Math.floor((bottom - top) / cell) + 1;
  const grid = { left, top, cell, columns, rows };
  const counts = new Int32Array(columns * rows + 1);
  const visit = (i: number, each: (c: number) => void) => {
    const r = discs.radii[i]!;
    const [c0, r0] = cellOf(grid, discs.xs[i]! - r, discs.ys[i]! - r);
    const [c1, r1] = cellOf(grid, discs.xs[i]! + r, discs.ys[i]! + r);
    for (let row = r0; row <= r1; row += 1)
      for (let column = c0; column <= c1; column += 1) each(row * columns + column);
  };
  for (let i = 0; i < discs.count; i += 1) if (include(i)) visit(i, (c) => (counts[c + 1]! += 1));
  for (let c = 1; c < counts.length; c += 1) counts[c]! += counts[c - 1]!;
  const starts = counts;
  const items = new Int32Array(starts[starts.length - 1]!);
  const filled = starts.slice(0, -1);
  for (let i = 0; i < discs.count; i += 1)
    if (include(i)) visit(i, (c) => (items[filled[c]!++] = i));
  return { ...grid, starts, items };
}

function cellOf(
  grid: { left: number; top: number; cell: number; columns: number; rows: number },
  x: number,
  y: number,
): [number, number] {
  const column = Math.min(Math.max(Math.floor((x - grid.left) / grid.cell), 0), grid.columns - 1);
  const row = Math.min(Math.max(Math.floor((y - grid.top) / grid.cell), 0), grid.rows - 1);
  return [column, row];
}

/**
 * The actor whose disc (grown by `tolerance` model units) holds (x, y), the one whose centre
 * is nearest when several do; -1 when none. `prefer` wins over the others (the highlighted
 * actors, drawn on top).
 */
export function actorAt(
  grid: HitGrid,
  discs: Discs,
  x: number,
  y: number,
  tolerance = 0,
  prefer: (index: number) => boolean = () => false,
): number {
  if (grid.columns === 0) return -1;
  if (x < grid.left - tolerance || y < grid.top - tolerance) return -1;
  if (x > grid.left + grid.columns * grid.cell + tolerance) return -1;
  if (y > grid.top + grid.rows * grid.cell + tolerance) return -1;
  const [c0, r0] = cellOf(grid, x - tolerance, y - tolerance);
  const [c1, r1] = cellOf(grid, x + tolerance, y + tolerance);
  let best = -1;
  let bestScore = Infinity;
  for (let row = r0; row <= r1; row += 1)
    for (let column = c0; column <= c1; column += 1) {
      const c = row * grid.columns + column;
      for (let k = grid.starts[c]!; k < grid.starts[c + 1]!; k += 1) {
        const i = grid.items[k]!;
        const distance = Math.hypot(discs.xs[i]! - x, discs.ys[i]! - y);
        if (distance > discs.radii[i]! + tolerance) continue;
        const score = distance - (prefer(i) ? 1e9 : 0);
        if (score < bestScore) [best, bestScore] = [i, score];
      }
    }
  return best;
}

/** Distance from point (px, py) to the segment (ax, ay)–(bx, by). */
export function segmentDistance(
  px: number,
  py: number,
  ax: number,
  ay: number,
  bx: number,
  by: number,
): number {
  const [dx, dy] = [bx - ax, by - ay];
  const length2 = dx * dx + dy * dy;
  const t =
    length2 === 0 ? 0 : Math.min(Math.max(((px - ax) * dx + (py - ay) * dy) / length2, 0), 1);
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}
