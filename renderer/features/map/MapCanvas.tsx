import type { Core } from 'cytoscape';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { isLargeMap } from '../../../shared/map/map-scale.ts';
import type { StyleRule } from '../../../shared/map/map-stylesheet.ts';
import { useCytoscape, type CytoscapeEvents } from './useCytoscape.ts';
import { useMapDrawing, type DrawingInput } from './useMapDrawing.ts';

interface MapCanvasProps extends DrawingInput, CytoscapeEvents {
  stylesheet: StyleRule[];
  webgl: boolean;
  label: string;
  /** Hands the Cytoscape instance to the screen (export, search, keyboard). */
  onCore: (cy: Core | null) => void;
}

/**
 * The drawing itself: a Cytoscape canvas kept in line with the looks, filters, selection and
 * layout requests it is given, with the progress of a layout running in the worker. Knows no
 * screen: the time slider and the workshop reuse it.
 */
export function MapCanvas(props: MapCanvasProps) {
  const { t } = useTranslation();
  const container = useRef<HTMLDivElement>(null);
  const large = isLargeMap(props.nodes.length, props.edges.length);
  const cy = useCytoscape(container, props.webgl, large, props.stylesheet, {
    onSelect: props.onSelect,
    onDragged: props.onDragged,
  });
  const progress = useMapDrawing(cy, props);
  const { onCore } = props;
  useEffect(() => onCore(cy), [cy, onCore]);
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
        data-renderer={props.webgl ? 'webgl' : 'canvas'}
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
