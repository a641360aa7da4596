import type { Position } from '../../../../shared/domain/view.ts';
import {
  actorAt,
  buildHitGrid,
  segmentDistance,
  type HitGrid,
} from '../../../../shared/map/hit-grid.ts';
import { toModel, type Viewport } from '../../../../shared/map/viewport.ts';
import { ACTOR, type Scene } from './scene.ts';
import { actorShown, tieShown } from './scene-state.ts';

/** How close (pixels) a click must be to a tie to select it, or to a small actor's edge. */
const TOLERANCE_PX = 4;

export function buildActorGrid(scene: Scene): HitGrid {
  return buildHitGrid(
    { xs: scene.xs, ys: scene.ys, radii: scene.radii, count: scene.actorCount },
    (a) => actorShown(scene, a),
  );
}

/** The shown actor under a screen point (highlighted ones first, as drawn on top), or -1. */
export function actorUnder(scene: Scene, grid: HitGrid, viewport: Viewport, at: Position): number {
  const model = toModel(viewport, at);
  return actorAt(
    grid,
    { xs: scene.xs, ys: scene.ys, radii: scene.radii, count: scene.actorCount },
    model.x,
    model.y,
    1 / viewport.zoom,
    (a) => (scene.actorFlags[a]! & ACTOR.HIGHLIGHT) !== 0,
  );
}

/**
 * The shown tie nearest a screen point within a few pixels (or within its own half-width), or
 * -1. A linear scan: it runs once per click, and 100,000 ties take about a millisecond.
 */
export function tieNear(scene: Scene, viewport: Viewport, at: Position): number {
  const model = toModel(viewport, at);
  const reach = TOLERANCE_PX / viewport.zoom;
  const { xs, ys, sources, targets } = scene;
  let best = -1;
  let bestDistance = Infinity;
  for (let t = 0; t < scene.tieCount; t += 1) {
    if (!tieShown(scene, t)) continue;
    const [s, e] = [sources[t]!, targets[t]!];
    const distance = segmentDistance(model.x, model.y, xs[s]!, ys[s]!, xs[e]!, ys[e]!);
    const limit = Math.max(reach, scene.buckets[scene.bucketOf[t]!]!.width / 2);
    if (distance <= limit && distance < bestDistance) [best, bestDistance] = [t, distance];
  }
  return best;
}
