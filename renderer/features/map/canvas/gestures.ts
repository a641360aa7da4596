import type { Position } from '../../../../shared/domain/view.ts';

export interface GestureHandlers {
  /** The actor under a screen point (CSS pixels in the canvas), or -1. */
  actorAt: (at: Position) => number;
  panBy: (dx: number, dy: number) => void;
  zoomAt: (factor: number, at: Position) => void;
  moveActor: (actor: number, at: Position) => void;
  dropActor: (actor: number) => void;
  /** A click that did not move: select what is there, or clear the selection. */
  tap: (at: Position) => void;
  /** A pan or zoom starts or ends (the canvas may draw a cached picture meanwhile). */
  gesture: (active: boolean) => void;
}

/** A press that moves less than this (pixels) is a tap, as in Cytoscape. */
const TAP_SLOP = 4;
/** The wheel gesture ends when no wheel event came for this long (ms). */
const WHEEL_END_MS = 150;
/** Cytoscape's wheel zoom: 10^(−deltaY / 250 × sensitivity), with the map's sensitivity 0.4. */
const WHEEL_SENSITIVITY = 0.4;

export function wheelFactor(deltaY: number, deltaMode: number): number {
  const pixels = deltaMode === 1 ? deltaY * 33 : deltaMode === 2 ? deltaY * 400 : deltaY;
  return Math.pow(10, (-pixels / 250) * WHEEL_SENSITIVITY);
}

/**
 * Mouse, pen and touch on the canvas: drag the background to pan, drag an actor to move it,
 * wheel to zoom around the pointer, tap to select. Returns the unbind function.
 */
export function bindGestures(canvas: HTMLCanvasElement, handlers: GestureHandlers): () => void {
  const local = (event: MouseEvent): Position => {
    const rect = canvas.getBoundingClientRect();
    return { x: event.clientX - rect.left, y: event.clientY - rect.top };
  };
  let press: { id: number; start: Position; last: Position; actor: number; moved: boolean } | null =
    null;
  let wheelTimer = 0;

  const onDown = (event: PointerEvent) => {
    if (event.button !== 0 || press) return;
    const at = local(event);
    press = { id: event.pointerId, start: at, last: at, actor: handlers.actorAt(at), moved: false };
    // Synthetic events (the benchmark's taps) have no active pointer to capture.
    if (event.isTrusted) canvas.setPointerCapture(event.pointerId);
  };
  const onMove = (event: PointerEvent) => {
    if (!press || event.pointerId !== press.id) return;
    const at = local(event);
    if (!press.moved && Math.hypot(at.x - press.start.x, at.y - press.start.y) < TAP_SLOP) return;
    if (!press.moved) {
      press.moved = true;
      if (press.actor < 0) handlers.gesture(true);
    }
    if (press.actor >= 0) handlers.moveActor(press.actor, at);
    else handlers.panBy(at.x - press.last.x, at.y - press.last.y);
    press.last = at;
  };
  const onUp = (event: PointerEvent) => {
    if (!press || event.pointerId !== press.id) return;
    const done = press;
    press = null;
    if (canvas.hasPointerCapture(event.pointerId)) canvas.releasePointerCapture(event.pointerId);
    if (!done.moved) handlers.tap(local(event));
    else if (done.actor >= 0) handlers.dropActor(done.actor);
    else handlers.gesture(false);
  };
  const onCancel = (event: PointerEvent) => {
    if (!press || event.pointerId !== press.id) return;
    if (press.moved && press.actor < 0) handlers.gesture(false);
    if (press.moved && press.actor >= 0) handlers.dropActor(press.actor);
    press = null;
  };
  const onWheel = (event: WheelEvent) => {
    event.preventDefault();
    if (wheelTimer === 0) handlers.gesture(true);
    else window.clearTimeout(wheelTimer);
    handlers.zoomAt(wheelFactor(event.deltaY, event.deltaMode), local(event));
    wheelTimer = window.setTimeout(() => {
      wheelTimer = 0;
      handlers.gesture(false);
    }, WHEEL_END_MS);
  };
  canvas.addEventListener('pointerdown', onDown);
  canvas.addEventListener('pointermove', onMove);
  canvas.addEventListener('pointerup', onUp);
  canvas.addEventListener('pointercancel', onCancel);
  canvas.addEventListener('wheel', onWheel, { passive: false });
  return () => {
    window.clearTimeout(wheelTimer);
    canvas.removeEventListener('pointerdown', onDown);
    canvas.removeEventListener('pointermove', onMove);
    canvas.removeEventListener('pointerup', onUp);
    canvas.removeEventListener('pointercancel', onCancel);
    canvas.removeEventListener('wheel', onWheel);
  };
}
