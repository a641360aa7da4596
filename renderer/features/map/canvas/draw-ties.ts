import { clipSegment } from '../../../../shared/map/clip-segment.ts';
import type { TieBucket } from '../../../../shared/map/tie-buckets.ts';
import { segmentOutside, type Frame } from './frame.ts';
import { TIE, TIE_MARKED, type Scene } from './scene.ts';

/** Plain ties include the highlighted ones (drawn again on top): a click redraws no layer. */
const SKIP_PLAIN = TIE.HIDDEN | TIE.ABSENT | TIE.NEW | TIE.ENDED | TIE.ENDING;
const NO_DASH: number[] = [];
/**
 * Dashes whose pattern repeats in fewer pixels than this are not told apart from a solid line
 * anyway: such ties are stroked solid at the dash's ink coverage instead (same look, and
 * dashing thousands of long ties into tiny pieces was the frame's costliest part).
 */
const MIN_DASH_PERIOD_PX = 4;
/** Arrowheads are drawn only once they would be at least this many pixels long. */
const MIN_ARROW_PX = 5;

/** Cytoscape's triangle arrowhead length for a tie `width` wide (model units). */
export function arrowLength(width: number): number {
  return Math.max(Math.pow(width * 13.37, 0.9), 29) * 0.3;
}

interface Stroke {
  colour: string;
  width: number;
  alpha: number;
  dash: readonly number[];
}

/** The visible part of the segment being added (reused: addSegments runs per frame). */
const clipped = new Float64Array(4);

/** Adds the parts in view of the segments of `ties` to the current path; returns how many. */
function addSegments(
  context: CanvasRenderingContext2D,
  scene: Scene,
  frame: Frame,
  ties: ArrayLike<number>,
  skip: number,
  range: readonly [number, number],
): number {
  const { xs, ys, sources, targets, tieFlags } = scene;
  const { box } = frame;
  let added = 0;
  for (let k = range[0]; k < range[1]; k += 1) {
    const t = ties[k]!;
    if ((tieFlags[t]! & skip) !== 0) continue;
    const s = sources[t]!;
    const e = targets[t]!;
    // Only the part in view: the canvas dashes and rasterises a path along its whole length.
    if (!clipSegment(box, xs[s]!, ys[s]!, xs[e]!, ys[e]!, clipped)) continue;
    context.moveTo(clipped[0]!, clipped[1]!);
    context.lineTo(clipped[2]!, clipped[3]!);
    added += 1;
  }
  return added;
}

/** Adds arrowheads of the directed ties among `ties` to the current path. */
function addArrows(
  context: CanvasRenderingContext2D,
  scene: Scene,
  frame: Frame,
  ties: ArrayLike<number>,
  skip: number,
  length: number,
  range: readonly [number, number],
): void {
  const { xs, ys, sources, targets, tieFlags, radii, directed } = scene;
  const half = length / 2;
  for (let k = range[0]; k < range[1]; k += 1) {
    const t = ties[k]!;
    if (directed[t] === 0 || (tieFlags[t]! & skip) !== 0) continue;
    const [s, e] = [sources[t]!, targets[t]!];
    const [x1, y1, x2, y2] = [xs[s]!, ys[s]!, xs[e]!, ys[e]!];
    if (segmentOutside(frame.box, x1, y1, x2, y2)) continue;
    const distance = Math.hypot(x2 - x1, y2 - y1);
    const reach = radii[e]!;
    if (distance <= reach + length) continue;
    const [ux, uy] = [(x2 - x1) / distance, (y2 - y1) / distance];
    const [tipX, tipY] = [x2 - ux * reach, y2 - uy * reach];
    const [baseX, baseY] = [tipX - ux * length, tipY - uy * length];
    context.moveTo(tipX, tipY);
    context.lineTo(baseX - uy * half, baseY + ux * half);
    context.lineTo(baseX + uy * half, baseY - ux * half);
    context.closePath();
  }
}

function strokeWith(context: CanvasRenderingContext2D, stroke: Stroke, zoom: number): void {
  const period = stroke.dash.reduce((sum, length) => sum + length, 0);
  const solid = period > 0 && period * zoom < MIN_DASH_PERIOD_PX;
  // Solid at the dash's coverage (ink / period) when the dashes would be too small to see.
  context.globalAlpha = solid ? (stroke.alpha * (stroke.dash[0] ?? period)) / period : stroke.alpha;
  context.strokeStyle = stroke.colour;
  context.lineWidth = stroke.width;
  context.setLineDash(solid ? NO_DASH : (stroke.dash as number[]));
  context.stroke();
}

/** One batch: every tie of `ties` in view as one path, one stroke, then its arrowheads. */
function drawBatch(
  context: CanvasRenderingContext2D,
  scene: Scene,
  frame: Frame,
  bucket: TieBucket,
  ties: ArrayLike<number>,
  skip: number,
  strokes: readonly Stroke[],
  range: readonly [number, number] = [0, ties.length],
): number {
  context.beginPath();
  const drawn = addSegments(context, scene, frame, ties, skip, range);
  if (drawn === 0) return 0;
  for (const stroke of strokes) strokeWith(context, stroke, frame.viewport.zoom);
  const length = arrowLength(bucket.width);
  if (bucket.directed > 0 && length * frame.viewport.zoom >= MIN_ARROW_PX) {
    context.beginPath();
    addArrows(context, scene, frame, ties, skip, length, range);
    const last = strokes[strokes.length - 1]!;
    context.globalAlpha = last.alpha;
    context.fillStyle = last.colour;
    context.fill();
  }
  return drawn;
}

/** Where the drawing of the plain ties stopped: bucket index and member index. */
export interface TieCursor {
  bucket: number;
  member: number;
}

/**
 * The plain ties (every tie shown, highlighted ones included, time-marked ones left to
 * drawMarkedTies) at full look, one path and one stroke per style bucket, from `cursor` on,
 * at most `budget` ties: a large map's ties are drawn over several frames rather than in one
 * long task. Moves the cursor; returns whether all are drawn.
 */
export function drawPlainTies(
  context: CanvasRenderingContext2D,
  scene: Scene,
  frame: Frame,
  cursor: TieCursor,
  budget: number,
): boolean {
  const { look } = frame;
  context.lineCap = 'butt';
  let left = budget;
  while (cursor.bucket < scene.buckets.length && left > 0) {
    const bucket = scene.buckets[cursor.bucket]!;
    const end = Math.min(cursor.member + left, bucket.members.length);
    const width = bucket.width * look.tie.widthScale;
    const dash = bucket.dashed ? look.tie.potentialDash : NO_DASH;
    drawBatch(
      context,
      scene,
      frame,
      bucket,
      bucket.members,
      SKIP_PLAIN,
      [{ colour: bucket.colour, width, alpha: look.tie.opacity, dash }],
      [cursor.member, end],
    );
    left -= end - cursor.member;
    if (end >= bucket.members.length) [cursor.bucket, cursor.member] = [cursor.bucket + 1, 0];
    else cursor.member = end;
  }
  context.setLineDash(NO_DASH);
  context.globalAlpha = 1;
  return cursor.bucket >= scene.buckets.length;
}

/** Plain ties in view (shown, not time-marked): the test hook's "drawn" count. */
export function countPlainTies(scene: Scene, frame: Frame): number {
  const { xs, ys, sources, targets, tieFlags } = scene;
  let count = 0;
  for (let t = 0; t < scene.tieCount; t += 1) {
    if ((tieFlags[t]! & SKIP_PLAIN) !== 0) continue;
    const [s, e] = [sources[t]!, targets[t]!];
    if (!segmentOutside(frame.box, xs[s]!, ys[s]!, xs[e]!, ys[e]!)) count += 1;
  }
  return count;
}

/** The mark that decides a tie's look, in the stylesheet's order of precedence. */
function markOf(flags: number): number {
  if (flags & TIE.ENDING) return TIE.ENDING;
  if (flags & TIE.ENDED) return TIE.ENDED;
  if (flags & TIE.NEW) return TIE.NEW;
  if (flags & TIE.SELECTED) return TIE.SELECTED;
  return TIE.HIGHLIGHT;
}

const MARK_ORDER = [TIE.ENDED, TIE.ENDING, TIE.HIGHLIGHT, TIE.NEW, TIE.SELECTED] as const;

/**
 * The marked ties (ended, ending, highlighted, new, selected), grouped by mark and bucket, over
 * the plain ones. Returns how many time-marked ties were drawn.
 */
export function drawMarkedTies(
  context: CanvasRenderingContext2D,
  scene: Scene,
  frame: Frame,
): number {
  const groups = new Map<number, number[]>();
  const { tieFlags } = scene;
  for (let t = 0; t < scene.tieCount; t += 1) {
    const flags = tieFlags[t]!;
    if ((flags & TIE_MARKED) === 0 || (flags & (TIE.HIDDEN | TIE.ABSENT)) !== 0) continue;
    const key = markOf(flags) * 65536 + scene.bucketOf[t]!;
    const list = groups.get(key);
    if (list) list.push(t);
    else groups.set(key, [t]);
  }
  const { look } = frame;
  let drawn = 0;
  for (const mark of MARK_ORDER)
    scene.buckets.forEach((bucket, index) => {
      const ties = groups.get(mark * 65536 + index);
      if (!ties) return;
      const width = bucket.width * look.tie.widthScale;
      const dash = bucket.dashed ? look.tie.potentialDash : NO_DASH;
      const line = { colour: bucket.colour, width, alpha: 1, dash };
      const strokes: Stroke[] =
        mark === TIE.ENDED
          ? [{ ...line, alpha: look.time.ended.opacity, dash: look.time.ended.dash }]
          : mark === TIE.ENDING
            ? [{ ...line, alpha: look.time.ending.opacity, dash: look.time.ending.dash }]
            : mark === TIE.NEW
              ? [
                  underlay(
                    width,
                    look.time.colour,
                    look.time.newUnderlayOpacity,
                    look.time.newUnderlayPadding,
                  ),
                  line,
                ]
              : mark === TIE.SELECTED
                ? [
                    underlay(
                      width,
                      look.selected.colour,
                      look.selected.underlayOpacity,
                      look.selected.underlayPadding,
                    ),
                    line,
                  ]
                : [line];
      const count = drawBatch(
        context,
        scene,
        frame,
        bucket,
        ties,
        TIE.HIDDEN | TIE.ABSENT,
        strokes,
      );
      // Highlighted ties are in the plain layer too: count only the time-marked ones here.
      if (mark !== TIE.HIGHLIGHT && mark !== TIE.SELECTED) drawn += count;
    });
  context.setLineDash(NO_DASH);
  context.globalAlpha = 1;
  return drawn;
}

function underlay(width: number, colour: string, alpha: number, padding: number): Stroke {
  return { colour, width: width + 2 * padding, alpha, dash: NO_DASH };
}
