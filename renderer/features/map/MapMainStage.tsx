import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DatedMap } from '../../../shared/map/dated-map.ts';
import type { MapLegend } from '../../../shared/map/legend.ts';
import { timeSteps } from '../../../shared/map/map-timeline.ts';
import { firstLayout } from './first-layout.ts';
import { MapCanvas } from './MapCanvas.tsx';
import { MapLegendBox } from './MapLegendBox.tsx';
import type { MapView } from './map-view.ts';
import { TimeSlider } from './TimeSlider.tsx';
import type { MapModel } from './useMapModel.ts';
import type { MapState } from './useMapState.ts';
import { useStepMarks } from './useStepMarks.ts';
import { useTimeClasses } from './useTimeClasses.ts';

interface MapMainStageProps {
  state: MapState;
  model: MapModel;
  current: DatedMap;
  legend: MapLegend;
  onView: (view: MapView | null) => void;
}

/**
 * The map at one date: the time slider, the counts of what is shown, the canvas with the
 * time marks of the latest step, and the legend.
 */
export function MapMainStage({ state, model, current, legend, onView }: MapMainStageProps) {
  const { t } = useTranslation();
  const [view, setView] = useState<MapView | null>(null);
  const marks = useStepMarks(current.date, current.visible);
  useTimeClasses(view, current.absent, marks, { nodes: current.nodes, edges: model.edges });
  const { timeline, range } = model;
  const steps = useMemo(
    () =>
      timeline && range
        ? {
            wave: timeSteps(timeline, 'wave', range),
            event: timeSteps(timeline, 'event', range),
            month: timeSteps(timeline, 'month', range),
          }
        : null,
    [timeline, range],
  );
  useEffect(() => {
    // A new canvas (back from before/after mode) shows the known positions: frame them.
    if (view && !view.destroyed() && view.actorIds().length > 0) view.fit();
  }, [view]);
  const handleView = useCallback(
    (next: MapView | null) => {
      setView(next);
      onView(next);
    },
    [onView],
  );
  const { positions, requestLayout, styling, setDate, setStepKind } = state;
  const onDragged = useCallback(
    (id: string, position: { x: number; y: number }) => positions.set(id, position),
    [positions],
  );
  const onDate = useCallback((date: string) => setDate(date), [setDate]);
  const { visible } = current;
  return (
    <div className="map-stage" data-fading={marks.endedTies.size}>
      {range && steps && (
        <TimeSlider
          range={range}
          date={current.date}
          stepKind={state.stepKind}
          steps={steps}
          language={model.language}
          onDate={onDate}
          onStepKind={setStepKind}
        />
      )}
      <p className="map-counts" role="status" data-testid="map-counts">
        {t('map.filters.counts', visible.counts)}
      </p>
      {current.snapshot.actors.length === 0 && <p className="muted">{t('map.empty')}</p>}
      <MapCanvas
        nodes={current.nodes}
        edges={model.edges}
        visible={current.drawn}
        selection={state.selection}
        positions={positions}
        layout={state.layout}
        layoutContext={model.layoutContext}
        onLayoutDone={state.layoutDone}
        onFirstDrawing={() =>
          requestLayout(firstLayout(styling.layout, current.nodes.length), true)
        }
        stylesheet={model.stylesheet}
        projector={state.projector}
        labels={styling.labels}
        webgl={model.webgl}
        label={t('map.canvasLabel', visible.counts)}
        onView={handleView}
        onSelect={state.setSelection}
        onDragged={onDragged}
      />
      <MapLegendBox legend={legend} title={t('map.legend.title')} />
    </div>
  );
}
