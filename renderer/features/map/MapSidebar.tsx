import { useMemo, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { NetworkSnapshot } from '../../../shared/api/network.ts';
import type { Group } from '../../../shared/domain/group.ts';
import type { FilterResult } from '../../../shared/map/filter-map.ts';
import type { MapLegend } from '../../../shared/map/legend.ts';
import type { MapMeasures } from '../../../shared/map/map-measures.ts';
import { mapToSvg } from '../../../shared/map/svg-export.ts';
import { ExportPanel } from './ExportPanel.tsx';
import type { MapView } from './map-view.ts';
import { MapFiltersPanel } from './MapFiltersPanel.tsx';
import { MapSearch } from './MapSearch.tsx';
import type { MapModel } from './useMapModel.ts';
import type { MapState } from './useMapState.ts';
import { ViewsPanel } from './ViewsPanel.tsx';

interface MapSidebarProps {
  state: MapState;
  model: MapModel & {
    snapshot: NetworkSnapshot;
    measures: MapMeasures;
    visible: FilterResult;
    legend: MapLegend;
  };
  view: MapView | null;
  searchRef: RefObject<HTMLInputElement | null>;
  onFound: (actorId: string) => void;
}

/** One empty list, so the memoised filters panel is not redrawn for a new `[]` each time. */
const NO_GROUPS: readonly Group[] = [];

/** Search, filters, saved views and export, beside the map. */
export function MapSidebar({ state, model, view, searchRef, onFound }: MapSidebarProps) {
  const { t } = useTranslation();
  const { snapshot, visible, legend } = model;
  const searchable = useMemo(
    () => snapshot.actors.filter((actor) => visible.actorIds.has(actor.id)),
    [snapshot, visible],
  );
  const renderSvg = (background: 'white' | 'transparent') => {
    if (!view) return null;
    // From whichever renderer draws the map: its positions are the ones on screen.
    const positions = view.positions();
    const nodes = model.nodes
      .filter((node) => visible.actorIds.has(node.id))
      .map((node) => ({ ...node, ...(positions.get(node.id) ?? { x: 0, y: 0 }) }));
    const edges = model.edges.filter((edge) => visible.tieIds.has(edge.id));
    return mapToSvg({ nodes, edges, legend, background, labels: state.styling.labels });
  };
  return (
    <aside className="map-sidebar">
      <MapSearch actors={searchable} inputRef={searchRef} onFound={onFound} />
      <MapFiltersPanel
        filters={state.filters}
        snapshot={snapshot}
        groups={model.groups?.groups ?? NO_GROUPS}
        sizeBy={state.styling.sizeBy}
        language={model.language}
        onChange={state.setFilters}
      />
      <ViewsPanel
        defaultName={t('map.views.defaultName', { date: model.date ?? t('map.toolbar.allDates') })}
        current={(name) => ({
          name,
          positions: Object.fromEntries(view ? view.positions() : state.positions),
          filters: state.filters,
          styling: state.styling,
          date: model.date,
        })}
        onOpen={state.openView}
      />
      <ExportPanel title={legend.title} date={model.date} render={renderSvg} />
    </aside>
  );
}
