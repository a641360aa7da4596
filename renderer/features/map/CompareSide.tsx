import type { Core } from 'cytoscape';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DatedMap } from '../../../shared/map/dated-map.ts';
import type { EdgeLook } from '../../../shared/map/map-elements.ts';
import type { TimeMarks } from '../../../shared/map/time-marks.ts';
import { MapCanvas } from './MapCanvas.tsx';
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
  onCore: (cy: Core | null) => void;
}

/** One of the two maps of before/after mode: its date, its counts, its canvas. */
export function CompareSide(props: CompareSideProps) {
  const { t } = useTranslation();
  const { state, model, map, onCore } = props;
  const [cy, setCy] = useState<Core | null>(null);
  useTimeClasses(
    cy,
    map.absent,
    props.marks,
    { nodes: map.nodes, edges: props.edges },
    props.side === 'before' ? 'tie-ending' : 'tie-ended',
  );
  const handleCore = useCallback(
    (core: Core | null) => {
      setCy(core);
      onCore(core);
    },
    [onCore],
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
        webgl={model.webgl}
        label={t('map.canvasLabel', map.visible.counts)}
        onCore={handleCore}
        onSelect={state.setSelection}
        onDragged={onDragged}
      />
    </section>
  );
}
