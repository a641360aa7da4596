import type { Frame } from './frame.ts';
import { ACTOR, ACTOR_MARKED, type Scene } from './scene.ts';

const SKIP_PLAIN = ACTOR.HIDDEN | ACTOR.ABSENT | ACTOR_MARKED;
/** Below this radius on screen (pixels) an actor is a square dot: cheaper, and looks the same. */
const DOT_PX = 1.5;

/**
 * Highlighted actors are drawn at least this many pixels in radius, and the selection's ring
 * at least SELECTED_RING_PX wide: on a large map zoomed out the selection must stand out.
 */
export const MARKED_MIN_RADIUS_PX = 3;
const SELECTED_MIN_RADIUS_PX = 5;
const SELECTED_RING_PX = 2.5;

/** Cytoscape's round-rectangle corner radius for a node `size` wide. */
function cornerRadius(size: number): number {
  return Math.min(size / 4, 8);
}

function addShape(
  context: CanvasRenderingContext2D,
  x: number,
  y: number,
  r: number,
  square: boolean,
  dot: boolean,
): void {
  if (dot) context.rect(x - r, y - r, 2 * r, 2 * r);
  else if (square) context.roundRect(x - r, y - r, 2 * r, 2 * r, cornerRadius(2 * r));
  else {
    context.moveTo(x + r, y);
    context.arc(x, y, r, 0, 2 * Math.PI);
  }
}

function inView(frame: Frame, x: number, y: number, r: number): boolean {
  const { box } = frame;
  return x + r >= box.left && x - r <= box.right && y + r >= box.top && y - r <= box.bottom;
}

/**
 * Every actor: the plain ones batched by colour and shape (one path, one fill, one border
 * stroke per group; dimmed when a selection is highlighted), then the marked ones (left,
 * joined, highlighted, selected) one by one on top. Returns how many were drawn.
 */
export function drawActors(context: CanvasRenderingContext2D, scene: Scene, frame: Frame): number {
  const { xs, ys, radii, actorFlags } = scene;
  const { look, viewport } = frame;
  const borderShown = look.border.width * viewport.zoom >= 0.25;
  let drawn = 0;
  context.setLineDash([]);
  context.lineWidth = look.border.width;
  context.strokeStyle = look.border.colour;
  for (const group of scene.actorGroups) {
    context.beginPath();
    let added = 0;
    for (let k = 0; k < group.members.length; k += 1) {
      const a = group.members[k]!;
      if ((actorFlags[a]! & SKIP_PLAIN) !== 0) continue;
      const [x, y, r] = [xs[a]!, ys[a]!, radii[a]!];
      if (!inView(frame, x, y, r)) continue;
      addShape(context, x, y, r, group.square, r * viewport.zoom < DOT_PX);
      added += 1;
    }
    if (added === 0) continue;
    context.globalAlpha = frame.dim ? look.dimmed.actor : 1;
    context.fillStyle = group.colour;
    context.fill();
    if (borderShown) context.stroke();
    drawn += added;
  }
  drawn += drawMarkedActors(context, scene, frame);
  context.globalAlpha = 1;
  return drawn;
}

function drawMarkedActors(context: CanvasRenderingContext2D, scene: Scene, frame: Frame): number {
  const { look } = frame;
  const { xs, ys, radii, actorFlags } = scene;
  // Highlighted and selected last: on top of the others, as Cytoscape's z-index puts them.
  const order: number[] = [];
  const top: number[] = [];
  for (let a = 0; a < scene.actorCount; a += 1) {
    const flags = actorFlags[a]!;
    if ((flags & ACTOR_MARKED) === 0 || (flags & (ACTOR.HIDDEN | ACTOR.ABSENT)) !== 0) continue;
    if (!inView(frame, xs[a]!, ys[a]!, radii[a]! + look.selected.border)) continue;
    (flags & (ACTOR.HIGHLIGHT | ACTOR.SELECTED) ? top : order).push(a);
  }
  const zoom = frame.viewport.zoom;
  for (const a of [...order, ...top]) {
    const flags = actorFlags[a]!;
    const least =
      flags & ACTOR.SELECTED
        ? SELECTED_MIN_RADIUS_PX / zoom
        : flags & ACTOR.HIGHLIGHT
          ? MARKED_MIN_RADIUS_PX / zoom
          : 0;
    const [x, y, r] = [xs[a]!, ys[a]!, Math.max(radii[a]!, least)];
    context.beginPath();
    addShape(context, x, y, r, scene.square[a] === 1, false);
    const alpha =
      flags & ACTOR.HIGHLIGHT
        ? 1
        : flags & ACTOR.LEFT
          ? look.time.leftOpacity
          : frame.dim
            ? look.dimmed.actor
            : 1;
    context.globalAlpha = alpha;
    context.fillStyle = scene.colours[scene.colourIndex[a]!]!;
    context.fill();
    if (flags & ACTOR.SELECTED) {
      context.lineWidth = Math.max(look.selected.border, SELECTED_RING_PX / zoom);
      context.strokeStyle = look.selected.colour;
      context.stroke();
    } else if (flags & ACTOR.JOINED) {
      // Cytoscape's double border: two rings, each a third of the width, a gap between.
      context.lineWidth = look.time.joinedBorder;
      context.strokeStyle = look.time.colour;
      context.stroke();
      context.lineWidth = look.time.joinedBorder / 3;
      context.strokeStyle = '#ffffff';
      context.stroke();
    } else {
      context.lineWidth = look.border.width;
      context.strokeStyle = look.border.colour;
      context.stroke();
    }
  }
  return order.length + top.length;
}
