import type { MapLook } from '../../../../shared/map/map-look.ts';
import type { Viewport } from '../../../../shared/map/viewport.ts';

/** One frame's drawing parameters. */
export interface Frame {
  viewport: Viewport;
  /** CSS pixels. */
  width: number;
  height: number;
  dpr: number;
  look: MapLook;
  /** A selection is highlighted: everything else is dimmed. */
  dim: boolean;
  /** ACTOR.QUIET or ACTOR.QUIET_PROJECTOR: which quiet set the look uses. */
  quietBit: number;
  /** Model-space rectangle in view (culling). */
  box: { left: number; top: number; right: number; bottom: number };
}

/** What the last frame drew (test hook, benchmark). */
export interface FrameStats {
  actors: number;
  ties: number;
  labels: number;
}

/** Is the segment's bounding box outside the view? (A cheap, conservative cull.) */
export function segmentOutside(
  box: Frame['box'],
  x1: number,
  y1: number,
  x2: number,
  y2: number,
): boolean {
  return (
    (x1 < box.left && x2 < box.left) ||
    (x1 > box.right && x2 > box.right) ||
    (y1 < box.top && y2 < box.top) ||
    (y1 > box.bottom && y2 > box.bottom)
  );
}
