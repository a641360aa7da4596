import { useCallback, useRef, useState } from 'react';
import {
  NO_FILTERS,
  type MapFilters,
  type MapLayoutKind,
  type MapStyling,
  type Position,
  type SavedMapView,
} from '../../../shared/domain/view.ts';
import type { TimeStepKind } from '../../../shared/map/map-timeline.ts';
import type { MapSelection } from './cy-elements.ts';
import { readMapHash } from './map-hash.ts';
import type { LayoutRequest } from './useMapDrawing.ts';

export const DEFAULT_STYLING: MapStyling = { sizeBy: 'degree', layout: 'force', labels: 'auto' };

/** Two dates compared side by side, earlier first. */
export type ComparedDates = readonly [string, string];

/**
 * The Map screen's UI state: date (undefined until the user picks one, so the latest wave is
 * the default), the compared dates in before/after mode, what a time step moves by, filters,
 * styling, projector mode, selection, the position cache, and layout requests. The date and
 * the compared dates start from the address (see map-hash.ts). Nothing here is project data;
 * saved views are.
 */
export function useMapState() {
  const [initial] = useState(() => readMapHash(window.location.hash));
  const [pickedDate, setDate] = useState<string | null | undefined>(initial.date);
  const [compare, setCompare] = useState<ComparedDates | null>(initial.compare ?? null);
  const [stepKind, setStepKind] = useState<TimeStepKind>('wave');
  const [filters, setFilters] = useState<MapFilters>(NO_FILTERS);
  const [styling, setStyling] = useState<MapStyling>(DEFAULT_STYLING);
  const [projector, setProjector] = useState(false);
  const [selection, setSelection] = useState<MapSelection>(null);
  const [layout, setLayout] = useState<LayoutRequest | null>(null);
  // A mutable cache that lives as long as the screen; drawing code writes it, React never reads it.
  const [positions] = useState(() => new Map<string, Position>());
  const nextId = useRef(0);

  const requestLayout = useCallback(
    (kind: MapLayoutKind, fresh = false, saved?: ReadonlyMap<string, Position>) => {
      nextId.current += 1;
      setLayout({ id: nextId.current, kind, fresh, ...(saved ? { positions: saved } : {}) });
    },
    [],
  );

  const chooseLayout = useCallback(
    (kind: MapLayoutKind) => {
      setStyling((current) => ({ ...current, layout: kind }));
      requestLayout(kind, false);
    },
    [requestLayout],
  );

  const openView = useCallback(
    (view: SavedMapView) => {
      setDate(view.date);
      setFilters(view.filters);
      setStyling(view.styling);
      setSelection(null);
      requestLayout(view.styling.layout, false, new Map(Object.entries(view.positions)));
    },
    [requestLayout],
  );

  const layoutDone = useCallback((request: LayoutRequest) => {
    setLayout((current) => (current?.id === request.id ? null : current));
  }, []);

  return {
    pickedDate,
    setDate,
    compare,
    setCompare,
    stepKind,
    setStepKind,
    filters,
    setFilters,
    styling,
    setStyling,
    projector,
    setProjector,
    selection,
    setSelection,
    positions,
    layout,
    requestLayout,
    chooseLayout,
    openView,
    layoutDone,
  };
}

export type MapState = ReturnType<typeof useMapState>;
