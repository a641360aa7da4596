import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { filterMap } from '../../../shared/map/filter-map.ts';
import { edgeLooks, nodeLooks } from '../../../shared/map/map-elements.ts';
import { mapStylesheet } from '../../../shared/map/map-stylesheet.ts';
import { useLanguage } from '../../i18n/useLanguage.ts';
import { useProjectInfo } from '../project/useProjectInfo.ts';
import { buildLegend } from './build-legend.ts';
import { WEBGL_THRESHOLD } from './cytoscape-core.ts';
import { rendererOverride } from './test-hook.ts';
import { hasHardwareWebgl } from './webgl-support.ts';
import type { LayoutContext } from './run-layout.ts';
import { wavesQuery } from './queries.ts';
import { useMapData } from './useMapData.ts';
import type { MapState } from './useMapState.ts';

/** The latest wave on or before today, else the latest wave, else no date (every tie). */
function defaultDate(waves: readonly { date: string }[] | undefined): string | null {
  if (!waves?.length) return null;
  const dates = waves.map((wave) => wave.date).sort();
  return dates[dates.length - 1]!;
}

/** Everything the Map screen draws, derived from project data and UI state (no state here). */
export function useMapModel(state: MapState) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const project = useProjectInfo();
  const waves = useQuery(wavesQuery());
  const date = state.pickedDate === undefined ? defaultDate(waves.data) : state.pickedDate;
  // Wait for the waves before the first fetch, so the map opens at the default date directly.
  const data = useMapData(date, waves.isSuccess || waves.isError);
  const { snapshot, measures, groups } = data;
  const palette = state.projector ? 'projector' : 'project';
  const forced = rendererOverride();
  const large = (snapshot?.actors.length ?? 0) > WEBGL_THRESHOLD;
  const [gpu] = useState(hasHardwareWebgl);
  const webgl = forced ? forced === 'webgl' : large && gpu;
  const { sizeBy, labels } = state.styling;

  const nodes = useMemo(
    () =>
      snapshot && measures
        ? nodeLooks(snapshot.actors, snapshot.sectors, measures, { sizeBy, palette })
        : [],
    [snapshot, measures, sizeBy, palette],
  );
  const edges = useMemo(
    () => (snapshot ? edgeLooks(snapshot.ties, snapshot.tieTypes) : []),
    [snapshot],
  );
  const visible = useMemo(
    () =>
      snapshot && measures
        ? filterMap(
            {
              actors: snapshot.actors,
              ties: snapshot.ties,
              members: groups?.members ?? [],
              date,
              measures,
            },
            state.filters,
          )
        : null,
    [snapshot, measures, groups, date, state.filters],
  );
  const stylesheet = useMemo(
    () => mapStylesheet({ projector: state.projector, webgl, labels }),
    [state.projector, webgl, labels],
  );
  const projectName = project.data?.name ?? 'Tejido';
  const legend = useMemo(() => {
    if (!snapshot || !visible) return null;
    const when = date
      ? new Date(`${date}T12:00:00`).toLocaleDateString(language, { dateStyle: 'long' })
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
  }, [snapshot, visible, sizeBy, palette, webgl, language, t, date, projectName]);
  const layoutContext = useMemo<LayoutContext | null>(
    () =>
      snapshot && measures
        ? {
            actors: snapshot.actors,
            sectorOrder: [...snapshot.sectors]
              .sort((a, b) => a.position - b.position)
              .map((s) => s.key),
            groupOrder: (groups?.groups ?? []).map((group) => group.id),
            members: groups?.members ?? [],
            date,
            measures,
            sizeBy,
          }
        : null,
    [snapshot, measures, groups, date, sizeBy],
  );
  return {
    ...data,
    date,
    waves: waves.data,
    nodes,
    edges,
    visible,
    stylesheet,
    webgl,
    legend,
    layoutContext,
    language,
  };
}

export type MapModel = ReturnType<typeof useMapModel>;
