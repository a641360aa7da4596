import type { Position } from '../domain/view.ts';

/**
 * Choices that depend on how big the map is, measured in scripts/bench-map.ts (README "Map
 * performance"): which force layout runs, when the renderer takes its shortcuts, how many
 * labels are drawn.
 */

/**
 * Up to this many actors force-directed is fcose on the UI thread (its picture is the tidiest
 * for small maps and it takes well under a second); above it, ForceAtlas2 in a worker,
 * because fcose froze the page for about 30 s at 1,000 actors.
 */
export const FCOSE_LIMIT = 300;

export function forceEngine(actors: number): 'fcose' | 'forceAtlas2' {
  return actors > FCOSE_LIMIT ? 'forceAtlas2' : 'fcose';
}

/**
 * Above this many elements (actors + ties) a map is large: straight ties (bezier ties made
 * Cytoscape look up every tie's parallels on each redraw), ties hidden and a cached bitmap
 * panned during a gesture, and no dimming of the rest on selection.
 */
export const LARGE_MAP_ELEMENTS = 3000;

export function isLargeMap(actors: number, ties: number): boolean {
  return actors + ties > LARGE_MAP_ELEMENTS;
}

/**
 * Above this many elements (actors + ties) the map is drawn by Tejido's own batched canvas
 * renderer instead of Cytoscape (renderer/features/map/canvas/): at 1,000 actors and 4,000 ties
 * Cytoscape took seconds to draw and highlight on the benchmark machine, the canvas tens of
 * milliseconds. Smaller maps keep Cytoscape's bezier ties and fcose.
 */
export const CANVAS_MAP_ELEMENTS = LARGE_MAP_ELEMENTS;

export function tejidoRendererFor(actors: number, ties: number): boolean {
  return actors + ties > CANVAS_MAP_ELEMENTS;
}

/**
 * How many labels the map shows at once before smaller actors' go quiet (see quietLabels):
 * fewer in projector mode, where labels are larger.
 */
export const LABEL_BUDGET = { normal: 80, projector: 30 } as const;

/**
 * The actors whose labels stay quiet (shown only when zoomed well in, or when selected or
 * next to the selection): all but the `budget` biggest. Equal sizes at the cut keep their
 * labels, so the choice does not depend on the order of the list.
 */
export function quietLabels(
  nodes: readonly { id: string; size: number }[],
  budget: number,
): Set<string> {
  if (nodes.length <= budget) return new Set();
  const sizes = nodes.map((node) => node.size).sort((a, b) => b - a);
  const cut = sizes[budget - 1]!;
  return new Set(nodes.filter((node) => node.size < cut).map((node) => node.id));
}

/**
 * The zoom and pan that fit every position (with room for the biggest node, `margin`) in a
 * canvas of `width` × `height` less `padding` on each side; zoom kept within `limits`.
 * Cytoscape's fit measures every element's label box, which took over a second at 1,000
 * actors; positions alone are enough to frame the map.
 */
export function fitViewport(
  positions: Iterable<Position>,
  canvas: { width: number; height: number },
  options: { padding: number; margin: number; minZoom: number; maxZoom: number },
): { zoom: number; pan: Position } | null {
  let [left, top, right, bottom] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const { x, y } of positions) {
    left = Math.min(left, x);
    right = Math.max(right, x);
    top = Math.min(top, y);
    bottom = Math.max(bottom, y);
  }
  if (!Number.isFinite(left) || canvas.width <= 0 || canvas.height <= 0) return null;
  left -= options.margin;
  top -= options.margin;
  right += options.margin;
  bottom += options.margin;
  const room = {
    width: Math.max(canvas.width - 2 * options.padding, 1),
    height: Math.max(canvas.height - 2 * options.padding, 1),
  };
  const fitted = Math.min(room.width / (right - left), room.height / (bottom - top));
  const zoom = Math.min(Math.max(fitted, options.minZoom), options.maxZoom);
  return {
    zoom,
    pan: {
      x: canvas.width / 2 - zoom * ((left + right) / 2),
      y: canvas.height / 2 - zoom * ((top + bottom) / 2),
    },
  };
}
