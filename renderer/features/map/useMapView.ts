import { useEffect, useRef, useState, type RefObject } from 'react';
import { createCanvasView } from './canvas/canvas-view.ts';
import { createCytoscapeView } from './cytoscape-view.ts';
import type { MapStyle, MapView, MapViewEvents } from './map-view.ts';

export type MapRenderer = 'cytoscape' | 'cytoscape-webgl' | 'tejido';

/**
 * One map view for the container's lifetime (a new one when the renderer changes, or when a
 * Cytoscape map becomes large or small), with its style kept current and taps and drags
 * reported.
 */
export function useMapView(
  container: RefObject<HTMLDivElement | null>,
  renderer: MapRenderer,
  /** A large map (isLargeMap: changes Cytoscape's options). */
  large: boolean,
  style: MapStyle,
  events: MapViewEvents,
): MapView | null {
  const [view, setView] = useState<MapView | null>(null);
  const latest = useRef({ events, style });
  useEffect(() => {
    latest.current = { events, style };
  });

  useEffect(() => {
    const element = container.current;
    if (!element) return;
    const current = () => latest.current.events;
    const created =
      renderer === 'tejido'
        ? createCanvasView(element, latest.current.style, current)
        : createCytoscapeView(
            element,
            { webgl: renderer === 'cytoscape-webgl', large, style: latest.current.style },
            current,
          );
    setView(created);
    return () => {
      setView(null);
      created.destroy();
    };
  }, [container, renderer, large]);

  useEffect(() => {
    view?.setStyle(style);
  }, [view, style]);

  return view;
}
