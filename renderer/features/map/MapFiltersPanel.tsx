import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { NetworkSnapshot } from '../../../shared/api/network.ts';
import type { Group } from '../../../shared/domain/group.ts';
import { NO_FILTERS, type MapFilters, type MapMeasureKey } from '../../../shared/domain/view.ts';
import type { Language } from '../../../shared/i18n/catalogs.ts';
import { labelOf } from '../catalog/label-of.ts';
import { countByKey } from '../../../shared/map/filter-map.ts';
import { ChoiceFilter } from './ChoiceFilter.tsx';
import { EgoFilter } from './EgoFilter.tsx';

interface MapFiltersPanelProps {
  filters: MapFilters;
  snapshot: NetworkSnapshot;
  groups: readonly Group[];
  sizeBy: MapMeasureKey;
  language: Language;
  onChange: (filters: MapFilters) => void;
}

/**
 * Sector, tie type, status, group, region (each several values at once), minimum measure and
 * ego network filters.
 */
export const MapFiltersPanel = memo(function MapFiltersPanel({
  filters,
  snapshot,
  groups,
  sizeBy,
  language,
  onChange,
}: MapFiltersPanelProps) {
  const { t } = useTranslation();
  const set = (patch: Partial<MapFilters>) => onChange({ ...filters, ...patch });
  // Beside each choice: how many actors (or ties) at this date have it, before any filter.
  const bySector = countByKey(snapshot.actors, (actor) => actor.sector ?? '');
  const byRegion = countByKey(snapshot.actors, (actor) => actor.region ?? '');
  const byType = countByKey(snapshot.ties, (tie) => tie.type);
  const byStatus = countByKey(snapshot.ties, (tie) => tie.status);
  const regions = [
    ...new Set(snapshot.actors.flatMap((actor) => (actor.region ? [actor.region] : []))),
  ].sort();
  const sectorOptions = [
    ...snapshot.sectors.map((sector) => ({
      value: sector.key,
      label: labelOf(sector, language),
      count: bySector.get(sector.key) ?? 0,
    })),
    { value: '', label: t('map.filters.noSector'), count: bySector.get('') ?? 0 },
  ];
  return (
    <details className="map-panel" open data-testid="map-filters">
      <summary>{t('map.filters.title')}</summary>
      <ChoiceFilter
        id="map-filter-sector"
        label={t('map.filters.sector')}
        options={sectorOptions}
        value={filters.sectors}
        onChange={(sectors) => set({ sectors })}
      />
      <ChoiceFilter
        id="map-filter-type"
        label={t('map.filters.tieType')}
        options={snapshot.tieTypes.map((type) => ({
          value: type.key,
          label: labelOf(type, language),
          count: byType.get(type.key) ?? 0,
        }))}
        value={filters.tieTypes}
        onChange={(tieTypes) => set({ tieTypes })}
      />
      <ChoiceFilter
        id="map-filter-status"
        label={t('map.filters.status')}
        options={(['existing', 'potential'] as const).map((status) => ({
          value: status,
          label: t(`map.status.${status}`),
          count: byStatus.get(status) ?? 0,
        }))}
        value={filters.statuses}
        onChange={(statuses) =>
          set({
            statuses:
              statuses &&
              statuses.flatMap((s) => (s === 'existing' || s === 'potential' ? [s] : [])),
          })
        }
      />
      {groups.length > 0 && (
        <ChoiceFilter
          id="map-filter-group"
          label={t('map.filters.group')}
          options={groups.map((group) => ({ value: group.id, label: group.name }))}
          value={filters.groups}
          onChange={(chosen) =>
            set({
              groups:
                chosen &&
                groups.filter((group) => chosen.includes(group.id)).map((group) => group.id),
            })
          }
        />
      )}
      {regions.length > 0 && (
        <ChoiceFilter
          id="map-filter-region"
          label={t('map.filters.region')}
          options={regions.map((region) => ({
            value: region,
            label: region,
            count: byRegion.get(region) ?? 0,
          }))}
          value={filters.regions}
          onChange={(chosen) => set({ regions: chosen })}
        />
      )}
      <label className="map-control">
        <span>{t('map.filters.minMeasure', { measure: t(`map.measures.${sizeBy}`) })}</span>
        <input
          type="number"
          min="0"
          step="any"
          data-testid="map-filter-min"
          value={filters.minMeasure?.value ?? ''}
          onChange={(event) => {
            const value = Number.parseFloat(event.target.value);
            set({ minMeasure: Number.isFinite(value) ? { measure: sizeBy, value } : null });
          }}
        />
      </label>
      <EgoFilter
        actors={snapshot.actors}
        ego={filters.ego}
        language={language}
        onChange={(ego) => set({ ego })}
      />
      <button
        type="button"
        className="button button--small"
        data-testid="map-filters-clear"
        onClick={() => onChange(NO_FILTERS)}
      >
        {t('map.filters.clear')}
      </button>
    </details>
  );
});
