import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { edgeLooks, type PaletteMode } from '../../../shared/map/map-elements.ts';
import { mapStylesheet } from '../../../shared/map/map-stylesheet.ts';
import { useLanguage } from '../../i18n/useLanguage.ts';
import { useProjectInfo } from '../project/useProjectInfo.ts';
import { buildLegend } from './build-legend.ts';
import type { LayoutContext } from './run-layout.ts';
import { rendererOverride } from './test-hook.ts';
import { useDatedMap } from './useDatedMap.ts';
import { useMapData } from './useMapData.ts';
import type { MapState } from './useMapState.ts';

/** The latest wave, else no date (every tie). */
function defaultDate(waves: readonly { date: string }[] | undefined): string | null {
  if (!waves?.length) return null;
  const dates = waves.map((wave) => wave.date).sort();
  return dates[dates.length - 1]!;
}

/**
 * Everything the Map screen draws, derived from project data and UI state (no state here).
 * The canvas holds every actor and tie of the project (`nodes`, `edges`, `drawn`), the date
 * decides what is seen (`visible`, `absent`), so one layout serves every date.
 */
export function useMapModel(state: MapState) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const project = useProjectInfo();
  const data = useMapData();
  const { timeline } = data;
  const date = state.pickedDate === undefined ? defaultDate(data.waves) : state.pickedDate;
  const palette: PaletteMode = state.projector ? 'projector' : 'project';
  // Cytoscape's WebGL renderer only when the benchmark forces it: large maps are drawn by
  // Tejido's own canvas (docs/performance.md "Map performance").
  const webgl = rendererOverride() === 'webgl';
  const { sizeBy, labels } = state.styling;
  const looks = { filters: state.filters, sizeBy, palette } as const;
  const current = useDatedMap(timeline, date, looks);

  const edges = useMemo(
    () => (timeline ? edgeLooks(timeline.ties, timeline.tieTypes) : []),
    [timeline],
  );
  const stylesheet = useMemo(
    () => mapStylesheet({ projector: state.projector, webgl, labels }),
    [state.projector, webgl, labels],
  );
  const projectName = project.data?.name ?? 'Tejido';
  const snapshot = current?.snapshot;
  const visible = current?.visible;
  // The legend and the layouts follow the network drawn, which may be a task behind `date`.
  const drawnDate = current ? current.date : date;
  const legend = useMemo(() => {
    if (!snapshot || !visible) return null;
    const when = drawnDate
      ? new Date(`${drawnDate}T12:00:00`).toLocaleDateString(language, { dateStyle: 'long' })
      : t('map.toolbar.allDates');
    return buildLegend(
      {
        snapshot,
        actorIds: visible.actorIds,
        tieIds: visible.tieIds,
        sizeBy,
        palette,
        webgl,
        language,
        title: t('map.export.mapTitle', { project: projectName }),
        subtitle: t('map.export.subtitle', {
          date: when,
          actors: visible.counts.actors,
          ties: visible.counts.ties,
        }),
        source: t('map.export.source', { project: projectName }),
      },
      t,
    );
  }, [snapshot, visible, sizeBy, palette, webgl, language, t, drawnDate, projectName]);
  const measures = current?.measures;
  const layoutContext = useMemo<LayoutContext | null>(
    () =>
      timeline && measures
        ? {
            // Every actor of the project, present at this date or not: one layout for all dates.
            actors: timeline.actors,
            sectorOrder: [...timeline.sectors]
              .sort((a, b) => a.position - b.position)
              .map((s) => s.key),
            groupOrder: timeline.groups.map((group) => group.id),
            members: timeline.members,
            date: drawnDate,
            measures,
            sizeBy,
          }
        : null,
    [timeline, measures, drawnDate, sizeBy],
  );
  return {
    ...data,
    date,
    current,
    snapshot,
    measures,
    visible,
    nodes: current?.nodes ?? [],
    edges,
    stylesheet,
    webgl,
    legend,
    layoutContext,
    language,
    palette,
  };
}

export type MapModel = ReturnType<typeof useMapModel>;
