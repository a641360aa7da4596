import cytoscape, { type Core, type StylesheetJson } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { fitViewport } from '../../../shared/map/map-scale.ts';
import { ZOOM_LIMITS } from '../../../shared/map/viewport.ts';
import type { StyleRule } from '../../../shared/map/map-stylesheet.ts';
import { NODE_SIZE } from '../../../shared/map/size-scale.ts';

const ZOOM = ZOOM_LIMITS;

/** Registers fcose once; Cytoscape's registry is global, so ask it rather than keep a flag. */
function ensureFcose(): void {
  if (!cytoscape('layout', 'fcose')) cytoscape.use(fcose);
}

/** Our plain style rules as Cytoscape's type: the rules are the same objects. */
export function toCytoscapeStyle(rules: readonly StyleRule[]): StylesheetJson {
  return rules as unknown as StylesheetJson;
}

/**
 * The stylesheet as drawn: on a large map ties are straight, because for bezier ties
 * Cytoscape looks up every tie's parallels on each redraw (a third of the draw time at 1,000
 * actors in the benchmark's profile). Parallel ties then overlap; exports are unaffected.
 */
export function drawnStyle(rules: readonly StyleRule[], large: boolean): StylesheetJson {
  return toCytoscapeStyle(
    large ? [...rules, { selector: 'edge', style: { 'curve-style': 'straight' } }] : rules,
  );
}

/**
 * `large` (see isLargeMap): the canvas renderer hides ties and draws a cached bitmap while the
 * user pans or zooms (Cytoscape's own options), then redraws everything when the gesture ends.
 */
export function createMapCore(
  container: HTMLElement,
  webgl: boolean,
  style: StyleRule[],
  large: boolean,
): Core {
  ensureFcose();
  return cytoscape({
    container,
    style: drawnStyle(style, large),
    layout: { name: 'preset' },
    minZoom: ZOOM.min,
    maxZoom: ZOOM.max,
    wheelSensitivity: 0.4,
    boxSelectionEnabled: false,
    selectionType: 'single',
    webgl,
    hideEdgesOnViewport: large && !webgl,
    textureOnViewport: large && !webgl,
  });
}

/**
 * Frames every actor (like `cy.fit(undefined, 30)`) from node positions alone: Cytoscape's
 * fit measures every label first, which took over a second at 1,000 actors.
 */
export function fitMap(cy: Core, padding = 30): void {
  const positions: { x: number; y: number }[] = [];
  cy.nodes(':visible').forEach((node) => {
    positions.push(node.position());
  });
  const viewport = fitViewport(
    positions,
    { width: cy.width(), height: cy.height() },
    { padding, margin: NODE_SIZE.max / 2 + 20, minZoom: ZOOM.min, maxZoom: ZOOM.max },
  );
  if (viewport) cy.viewport(viewport);
}
