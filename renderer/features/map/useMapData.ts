import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { timeRange } from '../../../shared/map/map-timeline.ts';
import type { TimelineData } from '../../../shared/temporal/timeline-data.ts';
import { groupsQuery, networkAtQuery, wavesQuery } from './queries.ts';
import { mapEventsQuery } from './timeline-queries.ts';

/**
 * The whole project as time data (every actor and tie with its spells, dated memberships,
 * events, waves), fetched once: the map at any date, the time slider and the before/after
 * comparison are computed from it locally, so moving the date asks the backend nothing.
 */
export function useMapData() {
  const network = useQuery(networkAtQuery(null));
  const groups = useQuery(groupsQuery());
  const events = useQuery(mapEventsQuery());
  const waves = useQuery(wavesQuery());
  const timeline = useMemo<TimelineData | null>(
    () =>
      network.data && groups.data && events.data && waves.data
        ? {
            ...network.data,
            members: groups.data.members,
            groups: groups.data.groups,
            events: events.data.events,
            participation: events.data.participation,
            waves: waves.data,
          }
        : null,
    [network.data, groups.data, events.data, waves.data],
  );
  const range = useMemo(() => (timeline ? timeRange(timeline) : null), [timeline]);
  const queries = [network, groups, events, waves];
  return {
    timeline,
    range,
    groups: groups.data,
    waves: waves.data,
    error: queries.find((query) => query.isError)?.error ?? null,
    retry: () => queries.forEach((query) => void query.refetch()),
  };
}
