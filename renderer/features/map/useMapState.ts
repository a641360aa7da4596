import { useCallback, useRef, useState } from 'react';
import {
  NO_FILTERS,
  type MapFilters,
  type MapLayoutKind,
  type MapStyling,
  type Position,
  type SavedMapView,
} from '../../../shared/domain/view.ts';
import type { MapSelection } from './cy-elements.ts';
import type { LayoutRequest } from './useMapDrawing.ts';

export const DEFAULT_STYLING: MapStyling = { sizeBy: 'degree', layout: 'force', labels: 'auto' };

/**
 * The Map screen's UI state: date (undefined until the user picks one, so the latest wave is
 * the default), filters, styling, projector mode, selection, the position cache, and layout
 * requests. Nothing here is project data; saved views are.
 */
export function useMapState() {
  const [pickedDate, setDate] = useState<string | null | undefined>(undefined);
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
