import type { Position } from '../domain/view.ts';

/** Room each actor gets along a ring, in model units: a node (≤ 64) and its label. */
const SPACING = 150;
/** Radial distance between two rows of one influence ring. */
const ROW_STEP = 80;
/** Extra gap between influence rings, so the rings read as steps. */
const RING_GAP = 50;
/** Radius of the innermost ring: the most influential are near, not on, the centre. */
const INNER_RADIUS = 120;

export interface InfluenceActor {
  id: string;
  sector: string | null;
}

export interface InfluenceRing {
  /** 5 (decisive) to 0 (none); null for actors not rated in the session. */
  influence: number | null;
  /** Radii of the ring's first and last row. */
  inner: number;
  outer: number;
}

export interface InfluenceWedge {
  sector: string | null;
  /** Angles in radians, clockwise from the top (screen coordinates, y down). */
  start: number;
  end: number;
}

export interface InfluenceLayout {
  positions: Map<string, Position>;
  rings: InfluenceRing[];
  wedges: InfluenceWedge[];
}

/**
 * Net-Map's influence towers as a picture: actors in concentric rings by perceived influence
 * (5 innermost, then 4 … 0, unrated actors outermost) and in one wedge per sector (in the
 * project's order, actors without a sector last), each wedge as wide as its share of actors.
 * A ring gets as many rows as its most crowded wedge needs, and every row of a ring lies
 * inside every row of the next, so more influence is always strictly nearer the centre.
 * Within a wedge and row, actors are ordered by id, so the same input gives the same picture.
 */
export function influenceLayout(
  actors: readonly InfluenceActor[],
  influenceOf: (id: string) => number | null,
  sectorOrder: readonly string[],
): InfluenceLayout {
  const wedges = wedgesOf(actors, sectorOrder);
  const positions = new Map<string, Position>();
  const rings: InfluenceRing[] = [];
  const levels: (number | null)[] = [5, 4, 3, 2, 1, 0, null];
  let radius = INNER_RADIUS;
  for (const level of levels) {
    const members = actors.filter((actor) => ringOf(influenceOf(actor.id)) === level);
    if (members.length === 0) continue;
    const byWedge = wedges.map((wedge) =>
      members
        .filter((actor) => actor.sector === wedge.sector)
        .map((actor) => actor.id)
        .sort(),
    );
    const rows = Math.max(
      ...byWedge.map((ids, index) => rowsNeeded(ids.length, wedges[index]!, radius)),
    );
    byWedge.forEach((ids, index) => placeInWedge(ids, wedges[index]!, radius, rows, positions));
    const outer = radius + (rows - 1) * ROW_STEP;
    rings.push({ influence: level, inner: radius, outer });
    radius = outer + ROW_STEP + RING_GAP;
  }
  return { positions, rings, wedges };
}

/** Influence rounded into 0–5; anything else (null, NaN) counts as not rated. */
function ringOf(influence: number | null): number | null {
  if (influence === null || !Number.isFinite(influence)) return null;
  return Math.min(5, Math.max(0, Math.round(influence)));
}

function wedgesOf(actors: readonly InfluenceActor[], order: readonly string[]): InfluenceWedge[] {
  const counts = new Map<string | null, number>();
  for (const actor of actors) {
    const key = actor.sector !== null && order.includes(actor.sector) ? actor.sector : null;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  // Unknown sectors join the "no sector" wedge: the order names every sector of the project.
  const keys = [...order.filter((key) => counts.has(key)), ...(counts.has(null) ? [null] : [])];
  const total = actors.length;
  const wedges: InfluenceWedge[] = [];
  let start = -Math.PI / 2;
  for (const key of keys) {
    const end = start + (2 * Math.PI * counts.get(key)!) / total;
    wedges.push({ sector: key, start, end });
    start = end;
  }
  return wedges;
}

/** How many actors fit along one row of a wedge at a radius (a margin kept at both sides). */
function capacity(wedge: InfluenceWedge, radius: number): number {
  return Math.max(1, Math.floor(((wedge.end - wedge.start) * radius) / SPACING));
}

function rowsNeeded(count: number, wedge: InfluenceWedge, radius: number): number {
  let rows = 1;
  let fitted = capacity(wedge, radius);
  while (fitted < count) {
    fitted += capacity(wedge, radius + rows * ROW_STEP);
    rows += 1;
  }
  return rows;
}

function placeInWedge(
  ids: readonly string[],
  wedge: InfluenceWedge,
  radius: number,
  rows: number,
  positions: Map<string, Position>,
): void {
  let next = 0;
  for (let row = 0; row < rows && next < ids.length; row += 1) {
    const rowRadius = radius + row * ROW_STEP;
    const room = row === rows - 1 ? ids.length - next : capacity(wedge, rowRadius);
    const inRow = ids.slice(next, next + room);
    inRow.forEach((id, index) => {
      // Evenly spread, never on the wedge's edges (the neighbour wedge starts there).
      const angle = wedge.start + ((index + 0.5) / inRow.length) * (wedge.end - wedge.start);
      positions.set(id, { x: rowRadius * Math.cos(angle), y: rowRadius * Math.sin(angle) });
    });
    next += inRow.length;
  }
}
