import type { Core } from 'cytoscape';
import { useEffect, useRef, useState, type RefObject } from 'react';
import type { StyleRule } from '../../../shared/map/map-stylesheet.ts';
import type { MapSelection } from './cy-elements.ts';
import { createMapCore, toCytoscapeStyle } from './cytoscape-core.ts';
import { exposeForTests } from './test-hook.ts';

export interface CytoscapeEvents {
  onSelect: (selection: MapSelection) => void;
  onDragged: (id: string, position: { x: number; y: number }) => void;
}

/**
 * One Cytoscape instance for the container's lifetime (a new one when switching between the
 * canvas and WebGL renderers, or crossing VIEWPORT_TEXTURE_LIMIT), with the stylesheet kept current and taps and drags reported.
 */
export function useCytoscape(
  container: RefObject<HTMLDivElement | null>,
  webgl: boolean,
  /** A map above VIEWPORT_TEXTURE_LIMIT elements (changes the renderer's options). */
  big: boolean,
  stylesheet: StyleRule[],
  events: CytoscapeEvents,
): Core | null {
  const [cy, setCy] = useState<Core | null>(null);
  const latest = useRef({ events, stylesheet });
  useEffect(() => {
    latest.current = { events, stylesheet };
  });

  useEffect(() => {
    const element = container.current;
    if (!element) return;
    const core = createMapCore(element, webgl, latest.current.stylesheet, big);
    core.on('tap', 'node', (event) =>
      latest.current.events.onSelect({ kind: 'actor', id: event.target.id() }),
    );
    core.on('tap', 'edge', (event) =>
      latest.current.events.onSelect({ kind: 'tie', id: event.target.id() }),
    );
    core.on('tap', (event) => {
      if (event.target === core) latest.current.events.onSelect(null);
    });
    core.on('dragfree', 'node', (event) => {
      const { x, y } = event.target.position();
      latest.current.events.onDragged(event.target.id(), { x, y });
    });
    // Cytoscape sizes its canvas once; follow the container (window, projector, side panel).
    const resize = new ResizeObserver(() => core.resize());
    resize.observe(element);
    setCy(core);
    exposeForTests(core);
    return () => {
      resize.disconnect();
      exposeForTests(null);
      setCy(null);
      core.destroy();
    };
  }, [container, webgl, big]);

  useEffect(() => {
    cy?.style(toCytoscapeStyle(stylesheet));
  }, [cy, stylesheet]);

  return cy;
}
