import { useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { isLargeMap, tejidoRendererFor } from '../../../shared/map/map-scale.ts';
import type { StyleRule } from '../../../shared/map/map-stylesheet.ts';
import type { MapStyle, MapView, MapViewEvents } from './map-view.ts';
import { rendererOverride } from './test-hook.ts';
import { useMapDrawing, type DrawingInput } from './useMapDrawing.ts';
import { useMapView, type MapRenderer } from './useMapView.ts';

interface MapCanvasProps extends DrawingInput, MapViewEvents {
  stylesheet: StyleRule[];
  /** The look's options, for Tejido's canvas renderer (Cytoscape reads the stylesheet). */
  projector: boolean;
  labels: MapStyle['labels'];
  webgl: boolean;
  label: string;
  /** Hands the map view to the screen (export, search, keyboard). */
  onView: (view: MapView | null) => void;
}

/**
 * Cytoscape draws small maps (bezier ties, fcose); Tejido's own batched canvas draws large
 * ones (tejidoRendererFor: Cytoscape cannot keep up there, see docs/performance.md "Map performance").
 * Under the test flag sessionStorage `tejido:renderer` forces one.
 */
function chooseRenderer(actors: number, ties: number, webgl: boolean): MapRenderer {
  const forced = rendererOverride();
  if (forced === 'tejido') return 'tejido';
  if (forced === 'webgl') return 'cytoscape-webgl';
  if (forced === 'canvas') return 'cytoscape';
  if (tejidoRendererFor(actors, ties)) return 'tejido';
  return webgl ? 'cytoscape-webgl' : 'cytoscape';
}

/**
 * The drawing itself: a map view kept in line with the looks, filters, selection and layout
 * requests it is given, with the progress of a layout running in the worker. Knows no
 * screen: the time slider and the workshop reuse it.
 */
export function MapCanvas(props: MapCanvasProps) {
  const { t } = useTranslation();
  const container = useRef<HTMLDivElement>(null);
  const large = isLargeMap(props.nodes.length, props.edges.length);
  const renderer = chooseRenderer(props.nodes.length, props.edges.length, props.webgl);
  const style = useMemo<MapStyle>(
    () => ({ rules: props.stylesheet, projector: props.projector, labels: props.labels }),
    [props.stylesheet, props.projector, props.labels],
  );
  const view = useMapView(container, renderer, large, style, {
    onSelect: props.onSelect,
    onDragged: props.onDragged,
  });
  const progress = useMapDrawing(view, props);
  const { onView } = props;
  useEffect(() => onView(view), [view, onView]);
  return (
    <div className="map-canvas-frame">
      <div
        ref={container}
        className="map-canvas"
        role="img"
        aria-label={props.label}
        data-testid="map-canvas"
        data-actors={props.visible.counts.actors}
        data-ties={props.visible.counts.ties}
        data-renderer={
          renderer === 'tejido' ? 'tejido' : renderer === 'cytoscape-webgl' ? 'webgl' : 'canvas'
        }
        data-layout={props.layout ? 'running' : 'idle'}
      />
      {progress !== null && (
        <div className="map-layout-progress" role="status" data-testid="map-layout-progress">
          <span>{t('mapDrawing.arranging', { percent: Math.round(progress * 100) })}</span>
          <progress max={1} value={progress} />
        </div>
      )}
    </div>
  );
}
