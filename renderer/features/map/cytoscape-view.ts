import type { Core } from 'cytoscape';
import { clampZoom, centreOn } from '../../../shared/map/viewport.ts';
import {
  applyPositions,
  applyQuietLabels,
  applyTimeClasses,
  applyVisibility,
  highlight,
  readPositions,
  syncElements,
} from './cy-elements.ts';
import { createMapCore, drawnStyle, fitMap } from './cytoscape-core.ts';
import { runFcose } from './fcose-layout.ts';
import type { MapStyle, MapView, MapViewEvents } from './map-view.ts';
import { exposeForTests } from './test-hook.ts';

/**
 * MapView on Cytoscape (small maps: bezier ties, fcose). A thin adapter over cy-elements.ts;
 * `events` is read at call time, so the caller may swap its handlers.
 */
export function createCytoscapeView(
  container: HTMLElement,
  options: { webgl: boolean; large: boolean; style: MapStyle },
  events: () => MapViewEvents,
): MapView {
  const { large } = options;
  const cy = createMapCore(container, options.webgl, options.style.rules, large);
  cy.on('tap', 'node', (event) => events().onSelect({ kind: 'actor', id: event.target.id() }));
  cy.on('tap', 'edge', (event) => events().onSelect({ kind: 'tie', id: event.target.id() }));
  cy.on('tap', (event) => {
    if (event.target === cy) events().onSelect(null);
  });
  cy.on('dragfree', 'node', (event) => {
    const { x, y } = event.target.position();
    events().onDragged(event.target.id(), { x, y });
  });
  // Cytoscape sizes its canvas once; follow the container (window, projector, side panel).
  const observer = new ResizeObserver(() => cy.resize());
  observer.observe(container);
  exposeForTests(cy);
  const size = () => ({ width: cy.width(), height: cy.height() });
  return {
    renderer: 'cytoscape',
    setElements: (nodes, edges, positionOf) => syncElements(cy, nodes, edges, positionOf),
    setStyle: (style) => {
      cy.style(drawnStyle(style.rules, large));
    },
    setVisibility: (actorIds, tieIds) => applyVisibility(cy, actorIds, tieIds),
    setQuietLabels: (normal, projector) => applyQuietLabels(cy, normal, projector),
    setTimeClasses: (classes) => applyTimeClasses(cy, classes),
    highlight: (selection) => highlight(cy, selection),
    actorIds: () => cy.nodes().map((node) => node.id()),
    ties: () =>
      cy.edges().map((edge) => {
        const { source, target } = edge.data() as { source: string; target: string };
        return { source, target };
      }),
    tieEnds: () => tieEndsOf(cy),
    positions: () => readPositions(cy),
    setPositions: (positions) => applyPositions(cy, positions),
    size,
    viewport: () => ({ zoom: cy.zoom(), pan: { ...cy.pan() } }),
    setViewport: (viewport) => {
      cy.viewport({ zoom: viewport.zoom, pan: { ...viewport.pan } });
    },
    onViewport: (listener) => {
      cy.on('viewport', listener);
      return () => {
        cy.removeListener('viewport', listener);
      };
    },
    fit: (fit = {}) => {
      const padding = fit.padding ?? 30;
      if (fit.labels) cy.fit(undefined, padding);
      else fitMap(cy, padding);
      if (fit.maxZoom !== undefined && cy.zoom() > fit.maxZoom) {
        cy.zoom(fit.maxZoom);
        cy.center();
      }
    },
    zoomBy: (factor) => {
      const { width, height } = size();
      cy.zoom({
        level: clampZoom(cy.zoom() * factor),
        renderedPosition: { x: width / 2, y: height / 2 },
      });
    },
    panBy: (dx, dy) => {
      cy.panBy({ x: dx, y: dy });
    },
    centerOn: (id, minZoom = 0) => {
      const node = cy.getElementById(id);
      if (node.empty()) return false;
      const target = centreOn(node.position(), Math.max(cy.zoom(), minZoom), size());
      cy.animate({ zoom: target.zoom, pan: target.pan }, { duration: 300 });
      return true;
    },
    resize: () => {
      cy.resize();
    },
    destroyed: () => cy.destroyed(),
    destroy: () => {
      observer.disconnect();
      exposeForTests(null);
      cy.destroy();
    },
    fcose: (fresh) => runFcose(cy, fresh),
    cytoscape: () => cy,
  };
}

function tieEndsOf(cy: Core): { sources: Int32Array; targets: Int32Array } {
  const indexOf = new Map(cy.nodes().map((node, index) => [node.id(), index]));
  const edges = cy.edges();
  const sources = new Int32Array(edges.length);
  const targets = new Int32Array(edges.length);
  edges.forEach((edge, index) => {
    sources[index] = indexOf.get(edge.source().id())!;
    targets[index] = indexOf.get(edge.target().id())!;
  });
  return { sources, targets };
}
