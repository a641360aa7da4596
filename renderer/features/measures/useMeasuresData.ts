import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { dateRange, isWithinDates, type DataDates } from '../../../shared/analysis/date-range.ts';
import { groupsAt } from '../../../shared/analysis/groups-at.ts';
import type { AnalysisSettings } from '../../workers/analysis-messages.ts';
import { groupsQuery, projectNetworkQuery } from './queries.ts';

/**
 * The project network and its learning communities, as the worker needs them for the chosen
 * settings, and whether the chosen day lies within the dates of the ties.
 */
export function useMeasuresData(settings: AnalysisSettings) {
  const network = useQuery(projectNetworkQuery());
  const groups = useQuery(groupsQuery());
  const dates: DataDates | null = useMemo(
    () => (network.data ? dateRange(network.data.ties.flatMap((tie) => tie.spells)) : null),
    [network.data],
  );
  const members = useMemo(
    () => (groups.data ? groupsAt(groups.data.groups, groups.data.members, settings.at) : null),
    [groups.data, settings.at],
  );
  const outside = settings.at !== null && (dates === null || !isWithinDates(settings.at, dates));
  return { network, groups, members, dates, outside };
}
