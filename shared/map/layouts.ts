import type { Position } from '../domain/view.ts';

export type Positions = ReadonlyMap<string, Position>;

/** Room each actor gets in the pure layouts, in model units (node diameters reach 64). */
const SPACING = 80;
const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

/**
 * A sunflower (Vogel's phyllotaxis): `count` points filling a disc evenly around `centre`,
 * the first at the centre. Used to pack a group of actors tightly and without overlap.
 */
export function sunflower(count: number, centre: Position, spacing = SPACING): Position[] {
  const points: Position[] = [];
  for (let index = 0; index < count; index += 1) {
    const radius = spacing * 0.62 * Math.sqrt(index);
    const angle = index * GOLDEN_ANGLE;
    points.push({ x: centre.x + radius * Math.cos(angle), y: centre.y + radius * Math.sin(angle) });
  }
  return points;
}

/** Radius of the disc a sunflower of `count` points fills. */
export function sunflowerRadius(count: number, spacing = SPACING): number {
  return spacing * 0.62 * Math.sqrt(Math.max(count - 1, 0)) + spacing / 2;
}

/**
 * Concentric by a measure: the highest values in the centre, then rings outwards, each ring
 * as full as its circumference allows. Ties in value are broken by id, so it repeats.
 */
export function concentricLayout(
  ids: readonly string[],
  valueOf: (id: string) => number | null,
): Map<string, Position> {
  const ranked = byValue(ids, valueOf);
  const positions = new Map<string, Position>();
  let ring = 0;
  let placed = 0;
  while (placed < ranked.length) {
    const radius = ring * SPACING * 1.1;
    const capacity = ring === 0 ? 1 : Math.floor((2 * Math.PI * radius) / SPACING);
    const members = ranked.slice(placed, placed + capacity);
    members.forEach((id, index) => {
      const angle = (2 * Math.PI * index) / members.length - Math.PI / 2 + ring * 0.37;
      positions.set(id, { x: radius * Math.cos(angle), y: radius * Math.sin(angle) });
    });
    placed += members.length;
    ring += 1;
  }
  return positions;
}

/**
 * `ids` by `valueOf`, highest first, ties in value by id. Each value is read once: read in the
 * comparison, 20,000 actors asked for over half a million values (a tenth of a second).
 */
function byValue(ids: readonly string[], valueOf: (id: string) => number | null): string[] {
  const values = ids.map((id) => valueOf(id) ?? -Infinity);
  const order = ids.map((_, index) => index);
  order.sort((a, b) => values[b]! - values[a]! || (ids[a]! < ids[b]! ? -1 : 1));
  return order.map((index) => ids[index]!);
}

/**
 * Grouped: each group (a sector, a learning community) packed as a sunflower, the groups laid
 * out in rows in the given order, biggest discs no closer than their radii allow. Within a
 * group, actors are ordered by `rank` (highest first), so the group's centre holds its hubs.
 * Actors whose group is null go in a last group of their own.
 */
export function groupedLayout(
  ids: readonly string[],
  groupOf: (id: string) => string | null,
  order: readonly string[],
  rank: (id: string) => number | null,
): Map<string, Position> {
  const buckets = new Map<string, string[]>(order.map((key) => [key, []]));
  const none: string[] = [];
  for (const id of ids) {
    const key = groupOf(id);
    const bucket = key === null ? undefined : buckets.get(key);
    if (bucket) bucket.push(id);
    else none.push(id);
  }
  const groups = [...buckets.values(), none].filter((members) => members.length > 0);
  const columns = Math.max(1, Math.ceil(Math.sqrt(groups.length)));
  const positions = new Map<string, Position>();
  let y = 0;
  for (let row = 0; row * columns < groups.length; row += 1) {
    const inRow = groups.slice(row * columns, (row + 1) * columns);
    const rowRadius = Math.max(...inRow.map((members) => sunflowerRadius(members.length)));
    let x = 0;
    for (const members of inRow) {
      const radius = sunflowerRadius(members.length);
      const sorted = byValue(members, rank);
      const points = sunflower(sorted.length, { x: x + radius, y: y + rowRadius });
      sorted.forEach((id, index) => positions.set(id, points[index]!));
      x += 2 * radius + SPACING;
    }
    y += 2 * rowRadius + SPACING;
  }
  return positions;
}

/**
 * Keeps known positions and places actors that have none: beside the average position of
 * their placed neighbours (a small, deterministic offset so two newcomers with the same
 * neighbours do not overlap), or, with no placed neighbour, on a ring just outside the
 * current picture. Positions never move for actors that already have one: this is what keeps
 * the map stable when the date or the filters change.
 */
export function placeNewActors(
  ids: readonly string[],
  known: Positions,
  ties: readonly { source: string; target: string }[],
): Map<string, Position> {
  const positions = new Map<string, Position>();
  const missing: string[] = [];
  for (const id of ids) {
    const position = known.get(id);
    if (position) positions.set(id, position);
    else missing.push(id);
  }
  if (missing.length === 0) return positions;
  // Nothing placed yet (a first drawing): no neighbour can give a place, all go on the ring.
  if (positions.size === 0) {
    placeOnOuterRing(missing, positions);
    return positions;
  }
  const neighbours = neighbourLists(ties);
  const orphans: string[] = [];
  missing.forEach((id, index) => {
    const placed = (neighbours.get(id) ?? []).flatMap((other) => {
      const position = positions.get(other);
      return position ? [position] : [];
    });
    if (placed.length === 0) {
      orphans.push(id);
      return;
    }
    const x = placed.reduce((sum, p) => sum + p.x, 0) / placed.length;
    const y = placed.reduce((sum, p) => sum + p.y, 0) / placed.length;
    const angle = index * GOLDEN_ANGLE;
    positions.set(id, { x: x + 40 * Math.cos(angle), y: y + 40 * Math.sin(angle) });
  });
  placeOnOuterRing(orphans, positions);
  return positions;
}

function placeOnOuterRing(ids: readonly string[], positions: Map<string, Position>): void {
  if (ids.length === 0) return;
  const all = [...positions.values()];
  const centre = all.length
    ? {
        x: all.reduce((sum, p) => sum + p.x, 0) / all.length,
        y: all.reduce((sum, p) => sum + p.y, 0) / all.length,
      }
    : { x: 0, y: 0 };
  const reach = Math.max(0, ...all.map((p) => Math.hypot(p.x - centre.x, p.y - centre.y)));
  const radius = Math.max(reach + SPACING, (ids.length * SPACING) / (2 * Math.PI));
  ids.forEach((id, index) => {
    const angle = (2 * Math.PI * index) / ids.length;
    positions.set(id, {
      x: centre.x + radius * Math.cos(angle),
      y: centre.y + radius * Math.sin(angle),
    });
  });
}

function neighbourLists(
  ties: readonly { source: string; target: string }[],
): Map<string, string[]> {
  // Plain pushes, no pair arrays per tie: at 100,000 ties those cost a quarter of a second.
  const neighbours = new Map<string, string[]>();
  const link = (from: string, to: string) => {
    const list = neighbours.get(from);
    if (list) list.push(to);
    else neighbours.set(from, [to]);
  };
  for (const { source, target } of ties) {
    if (source === target) continue;
    link(source, target);
    link(target, source);
  }
  return neighbours;
}
