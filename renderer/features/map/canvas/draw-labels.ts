import type { Frame } from './frame.ts';
import { MARKED_MIN_RADIUS_PX } from './draw-actors.ts';
import { ACTOR, type Scene } from './scene.ts';

const FONT_FAMILY = 'system-ui, sans-serif';
/** A label smaller than this many pixels is unreadable: never drawn, whatever the mode. */
const MIN_READABLE_PX = 4;
/** At most this many labels per frame besides the highlighted ones ("all" on a huge map). */
const MAX_LABELS = 1500;
const MEASURE_PX = 100;
/**
 * The selection's and its neighbours' labels are always shown: at least this size (pixels),
 * so they can be read on a large map zoomed out (Cytoscape would draw them a pixel high).
 */
const MIN_MARKED_PX = 11;

/** Text widths at MEASURE_PX, by weight and text: width scales linearly with the font size. */
const widths = new Map<string, number>();

function widthAt(
  context: CanvasRenderingContext2D,
  text: string,
  weight: number,
  px: number,
): number {
  const key = `${weight}|${text}`;
  let width = widths.get(key);
  if (width === undefined) {
    context.font = `${weight} ${MEASURE_PX}px ${FONT_FAMILY}`;
    width = context.measureText(text).width;
    widths.set(key, width);
  }
  return (width * px) / MEASURE_PX;
}

/**
 * Cytoscape tests min-zoomed-font-size against the zoom rounded up to a power of two (its text
 * texture levels); the stylesheet's thresholds are tuned for that, so the canvas does the same.
 */
export function labelZoom(zoom: number): number {
  return Math.pow(2, Math.ceil(Math.log2(zoom)));
}

interface Label {
  actor: number;
  px: number;
  weight: number;
  /** Highlighted: drawn at least MARKED_MIN_RADIUS_PX in radius (see drawActors). */
  marked: boolean;
}

/**
 * Which actors get a label this frame: none with labels "none"; highlighted ones always;
 * others when their label would be at least the look's minimum size (three times that for
 * quiet labels), and never the dimmed ones. Biggest labels first when over the cap.
 */
export function chooseLabels(scene: Scene, frame: Frame): Label[] {
  const { look, viewport } = frame;
  if (look.labels === 'none') return [];
  const { xs, ys, radii, fontSizes, actorFlags } = scene;
  const levelZoom = labelZoom(viewport.zoom);
  const plain: Label[] = [];
  const marked: Label[] = [];
  for (let a = 0; a < scene.actorCount; a += 1) {
    const flags = actorFlags[a]!;
    if (flags & (ACTOR.HIDDEN | ACTOR.ABSENT)) continue;
    const highlighted = (flags & ACTOR.HIGHLIGHT) !== 0;
    if (frame.dim && !highlighted) continue;
    const [x, y, r] = [xs[a]!, ys[a]!, radii[a]!];
    const { box } = frame;
    if (x + r < box.left || x - r > box.right || y + r < box.top || y > box.bottom) continue;
    const size = fontSizes[a]! * look.labelScale;
    const px = size * viewport.zoom;
    if (highlighted) {
      marked.push({ actor: a, px: Math.max(px, MIN_MARKED_PX), weight: 700, marked: true });
      continue;
    }
    if (px < MIN_READABLE_PX) continue;
    const quiet = look.labels === 'auto' && (flags & frame.quietBit) !== 0;
    const threshold = look.minLabelPx * (quiet ? look.quietFactor : 1);
    if (size * levelZoom < threshold) continue;
    plain.push({ actor: a, px, weight: look.fontWeight, marked: false });
  }
  if (plain.length > MAX_LABELS) {
    plain.sort((p, q) => q.px - p.px);
    plain.length = MAX_LABELS;
  }
  return [...plain, ...marked];
}

/** The label cut with an ellipsis to `room` pixels, as Cytoscape's text-wrap: ellipsis does. */
function fitText(
  context: CanvasRenderingContext2D,
  text: string,
  label: Label,
  room: number,
): { text: string; width: number } {
  const width = widthAt(context, text, label.weight, label.px);
  if (width <= room) return { text, width };
  let keep = Math.max(Math.floor((text.length * room) / width) - 1, 1);
  let cut = `${text.slice(0, keep).trimEnd()}…`;
  while (keep > 1 && widthAt(context, cut, label.weight, label.px) > room) {
    keep -= 1;
    cut = `${text.slice(0, keep).trimEnd()}…`;
  }
  return { text: cut, width: widthAt(context, cut, label.weight, label.px) };
}

/**
 * Labels in screen space (crisp at any zoom), under their actor on a half-opaque white band:
 * bands first in one fill, then the text grouped by font. Returns how many were drawn.
 */
export function drawLabels(context: CanvasRenderingContext2D, scene: Scene, frame: Frame): number {
  const labels = chooseLabels(scene, frame);
  if (labels.length === 0) return 0;
  const { look, viewport } = frame;
  const placed = labels.map((label) => {
    const a = label.actor;
    // The width limit is relative to the font (Cytoscape's, in model units), so a label drawn
    // larger than the zoom gives (the selection's) keeps the same words.
    const room = (look.labelMaxWidth * label.px) / (scene.fontSizes[a]! * look.labelScale);
    const fitted = fitText(context, scene.labels[a]!, label, room);
    return {
      ...fitted,
      label,
      x: viewport.pan.x + scene.xs[a]! * viewport.zoom,
      y:
        viewport.pan.y +
        (scene.ys[a]! + look.labelMargin) * viewport.zoom +
        Math.max(scene.radii[a]! * viewport.zoom, label.marked ? MARKED_MIN_RADIUS_PX : 0),
    };
  });
  context.globalAlpha = look.labelBackgroundOpacity;
  context.fillStyle = '#ffffff';
  context.beginPath();
  for (const { x, y, width, label } of placed)
    context.rect(x - width / 2 - 1, y - 1, width + 2, label.px * 1.2 + 2);
  context.fill();
  context.globalAlpha = 1;
  context.fillStyle = look.ink;
  context.textAlign = 'center';
  context.textBaseline = 'top';
  let font = '';
  // Grouped by font: setting ctx.font parses the string each time.
  const byFont = placed
    .map((item) => ({
      ...item,
      font: `${item.label.weight} ${Math.round(item.label.px * 2) / 2}px ${FONT_FAMILY}`,
    }))
    .sort((p, q) => (p.font < q.font ? -1 : p.font > q.font ? 1 : 0));
  for (const item of byFont) {
    if (item.font !== font) {
      font = item.font;
      context.font = font;
    }
    context.fillText(item.text, item.x, item.y + item.label.px * 0.1);
  }
  return placed.length;
}
