import type { Core } from 'cytoscape';
import { useEffect, useRef, useState, type RefObject } from 'react';
import type { StyleRule } from '../../../shared/map/map-stylesheet.ts';
import type { MapSelection } from './cy-elements.ts';
import { createMapCore, drawnStyle } from './cytoscape-core.ts';
import { exposeForTests } from './test-hook.ts';

export interface CytoscapeEvents {
  onSelect: (selection: MapSelection) => void;
  onDragged: (id: string, position: { x: number; y: number }) => void;
}

/**
 * One Cytoscape instance for the container's lifetime (a new one when switching between the
 * canvas and WebGL renderers, or when the map becomes large or small), with the stylesheet kept current and taps and drags reported.
 */
export function useCytoscape(
  container: RefObject<HTMLDivElement | null>,
  webgl: boolean,
  /** A large map (isLargeMap: changes the renderer's options). */
  large: boolean,
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
    const core = createMapCore(element, webgl, latest.current.stylesheet, large);
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
  }, [container, webgl, large]);

  useEffect(() => {
    cy?.style(drawnStyle(stylesheet, large));
  }, [cy, stylesheet, large]);

  return cy;
}
