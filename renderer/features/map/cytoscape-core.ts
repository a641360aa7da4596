import cytoscape, { type Core, type StylesheetJson } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import type { StyleRule } from '../../../shared/map/map-stylesheet.ts';

/** Above this many actors the map uses Cytoscape's WebGL renderer (see README "Map performance"). */
export const WEBGL_THRESHOLD = 2000;

/** Registers fcose once; Cytoscape's registry is global, so ask it rather than keep a flag. */
function ensureFcose(): void {
  if (!cytoscape('layout', 'fcose')) cytoscape.use(fcose);
}

/** Our plain style rules as Cytoscape's type: the rules are the same objects. */
export function toCytoscapeStyle(rules: readonly StyleRule[]): StylesheetJson {
  return rules as unknown as StylesheetJson;
}

/**
 * Above this many elements the canvas renderer hides ties and draws a cached bitmap while the
 * user pans or zooms (Cytoscape's own options), then redraws everything when the gesture ends.
 */
export const VIEWPORT_TEXTURE_LIMIT = 3000;

export function createMapCore(
  container: HTMLElement,
  webgl: boolean,
  style: StyleRule[],
  big: boolean,
): Core {
  ensureFcose();
  return cytoscape({
    container,
    style: toCytoscapeStyle(style),
    layout: { name: 'preset' },
    minZoom: 0.02,
    maxZoom: 6,
    wheelSensitivity: 0.4,
    boxSelectionEnabled: false,
    selectionType: 'single',
    webgl,
    hideEdgesOnViewport: big && !webgl,
    textureOnViewport: big && !webgl,
  });
}
