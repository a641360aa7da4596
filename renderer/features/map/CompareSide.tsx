import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DatedMap } from '../../../shared/map/dated-map.ts';
import type { EdgeLook } from '../../../shared/map/map-elements.ts';
import type { TimeMarks } from '../../../shared/map/time-marks.ts';
import { MapCanvas } from './MapCanvas.tsx';
import type { MapView } from './map-view.ts';
import type { LayoutRequest } from './useMapDrawing.ts';
import type { MapModel } from './useMapModel.ts';
import type { MapState } from './useMapState.ts';
import { useTimeClasses } from './useTimeClasses.ts';

interface CompareSideProps {
  side: 'before' | 'after';
  state: MapState;
  model: MapModel;
  map: DatedMap;
  edges: readonly EdgeLook[];
  marks: TimeMarks;
  layout: LayoutRequest | null;
  onLayoutDone: (request: LayoutRequest) => void;
  onFirstDrawing: () => void;
  onView: (view: MapView | null) => void;
}

/** One of the two maps of before/after mode: its date, its counts, its canvas. */
export function CompareSide(props: CompareSideProps) {
  const { t } = useTranslation();
  const { state, model, map, onView } = props;
  const [view, setView] = useState<MapView | null>(null);
  useTimeClasses(
    view,
    map.absent,
    props.marks,
    { nodes: map.nodes, edges: props.edges },
    props.side === 'before' ? 'tie-ending' : 'tie-ended',
  );
  const handleView = useCallback(
    (next: MapView | null) => {
      setView(next);
      onView(next);
    },
    [onView],
  );
  const onDragged = useCallback(
    (id: string, position: { x: number; y: number }) => state.positions.set(id, position),
    [state.positions],
  );
  const when = map.date
    ? new Date(`${map.date}T12:00:00`).toLocaleDateString(model.language, { dateStyle: 'long' })
    : t('map.toolbar.allDates');
  return (
    <section className="map-compare__side" data-testid={`compare-${props.side}`}>
      <h2>{t(`map.compare.${props.side}`, { date: when })}</h2>
      <p className="map-counts" role="status" data-testid={`compare-${props.side}-counts`}>
        {t('map.filters.counts', map.visible.counts)}
      </p>
      <MapCanvas
        nodes={map.nodes}
        edges={props.edges}
        visible={map.drawn}
        selection={state.selection}
        positions={state.positions}
        layout={props.layout}
        layoutContext={model.layoutContext}
        onLayoutDone={props.onLayoutDone}
        onFirstDrawing={props.onFirstDrawing}
        stylesheet={model.stylesheet}
        projector={state.projector}
        labels={state.styling.labels}
        webgl={model.webgl}
        label={t('map.canvasLabel', map.visible.counts)}
        onView={handleView}
        onSelect={state.setSelection}
        onDragged={onDragged}
      />
    </section>
  );
}
