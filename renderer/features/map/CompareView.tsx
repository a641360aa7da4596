import { useCallback, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { shownDifference } from '../../../shared/map/compare-map.ts';
import { NO_MARKS, type TimeMarks } from '../../../shared/map/time-marks.ts';
import { exposeCompareForTests } from './compare-test-hook.ts';
import { CompareSide } from './CompareSide.tsx';
import { DifferenceList } from './DifferenceList.tsx';
import { firstLayout } from './first-layout.ts';
import { useDatedMap } from './useDatedMap.ts';
import { useLinkedViewports } from './useLinkedViewports.ts';
import type { MapView } from './map-view.ts';
import type { LayoutRequest } from './useMapDrawing.ts';
import type { MapModel } from './useMapModel.ts';
import type { ComparedDates, MapState } from './useMapState.ts';

interface CompareViewProps {
  state: MapState;
  model: MapModel;
  dates: ComparedDates;
}

const ids = (items: readonly { id: string }[]) => new Set(items.map((item) => item.id));

/**
 * Before / after: the maps of two dates side by side with the same positions (both canvases
 * read the screen's one position cache; the left one lays out, the right one copies), and the
 * differences listed under them. Ties that end are dashed on the earlier map; new ties and
 * new actors are marked on the later one.
 */
export function CompareView({ state, model, dates }: CompareViewProps) {
  const { t } = useTranslation();
  const [before, after] = dates;
  const looks = { filters: state.filters, sizeBy: state.styling.sizeBy, palette: model.palette };
  const left = useDatedMap(model.timeline, before, looks);
  const right = useDatedMap(model.timeline, after, looks);
  const { timeline } = model;
  const difference = useMemo(
    () =>
      timeline && left && right
        ? shownDifference(
            timeline,
            { before, after },
            { before: left.visible, after: right.visible },
          )
        : null,
    [timeline, left, right, before, after],
  );
  const marks = useMemo<{ before: TimeMarks; after: TimeMarks }>(
    () => ({
      before: { ...NO_MARKS, endedTies: ids(difference?.endedTies ?? []) },
      after: {
        ...NO_MARKS,
        newTies: ids(difference?.newTies ?? []),
        joinedActors: ids(difference?.newActors ?? []),
      },
    }),
    [difference],
  );
  const [copy, setCopy] = useState<LayoutRequest | null>(null);
  const copies = useRef(0);
  const { positions, layoutDone, requestLayout, styling } = state;
  // When the left map has laid itself out, the right one takes the very same positions.
  const leftDone = useCallback(
    (request: LayoutRequest) => {
      layoutDone(request);
      copies.current -= 1;
      setCopy({ id: copies.current, kind: 'manual', fresh: false, positions: new Map(positions) });
    },
    [layoutDone, positions],
  );
  const rightDone = useCallback(() => setCopy(null), []);
  const leftFirst = useCallback(
    () => requestLayout(firstLayout(styling.layout, model.nodes.length), true),
    [requestLayout, styling.layout, model.nodes.length],
  );
  const [beforeView, setBeforeView] = useState<MapView | null>(null);
  const [afterView, setAfterView] = useState<MapView | null>(null);
  useLinkedViewports(beforeView, afterView);
  const exposeBefore = useCallback((view: MapView | null) => {
    setBeforeView(view);
    exposeCompareForTests('before', view?.cytoscape() ?? null);
  }, []);
  const exposeAfter = useCallback((view: MapView | null) => {
    setAfterView(view);
    exposeCompareForTests('after', view?.cytoscape() ?? null);
  }, []);
  if (!left || !right || !timeline) return null;
  const common = { state, model, edges: model.edges };
  return (
    <div className="map-compare" data-testid="map-compare">
      <div className="map-compare__maps">
        <CompareSide
          {...common}
          side="before"
          map={left}
          marks={marks.before}
          layout={state.layout}
          onLayoutDone={leftDone}
          onFirstDrawing={leftFirst}
          onView={exposeBefore}
        />
        <CompareSide
          {...common}
          side="after"
          map={right}
          marks={marks.after}
          layout={copy}
          onLayoutDone={rightDone}
          onFirstDrawing={noop}
          onView={exposeAfter}
        />
      </div>
      <p className="muted">{t('map.compare.keyNote')}</p>
      {difference && (
        <DifferenceList difference={difference} project={timeline} language={model.language} />
      )}
    </div>
  );
}

function noop(): void {}
